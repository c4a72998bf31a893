//! Rendering an uncaught exception the way CPython 3.11 prints it: the chain of causes
//! and contexts, each with its traceback, source lines and caret lines.

use super::code::{CodeObject, Instr, Position};
use super::exception::TracebackEntry;
use super::heap::ObjRef;
use super::library::exception_group::group_parts;
use super::object::Object;
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;
use crate::syntax::LineIndex;

/// Where the printing of an exception stands (CPython's `exception_print_context`):
/// how deep in exception groups, whether a group's closing line is still owed, and
/// the exceptions already printed.
#[derive(Default)]
struct PrintContext {
    group_depth: usize,
    need_close: bool,
    seen: Vec<ObjRef>,
}

/// CPython 3.11 prints at most this many sub-exceptions of a group, and groups this
/// deep (`max_group_width`, `max_group_depth`).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// `_Py_WriteIndentedMargin`: the indent, and "| " inside a group.
    fn margin(&self) -> String {
        let bar = if self.group_depth > 0 { "| " } else { "" };
        format!("{}{bar}", self.indent())
    }
}

impl Vm {
    /// The full text CPython writes to stderr for an uncaught exception.
    pub fn format_uncaught(&mut self, exception: ObjRef) -> String {
        let lines = LineIndex::new(&self.source.clone());
        let mut out = String::new();
        let mut context = PrintContext::default();
        self.format_recursive(exception, &lines, &mut out, &mut context);
        out
    }

    /// CPython's `print_exception_recursive`: the chained exceptions first, then the
    /// exception itself (a group with its sub-exceptions).
    fn format_recursive(
        &mut self,
        exception: ObjRef,
        lines: &LineIndex,
        out: &mut String,
        context: &mut PrintContext,
    ) {
        // Each nesting costs Rust stack; a program can chain or nest without bound.
        if context.seen.len() > MAX_PRINTED {
            return;
        }
        context.seen.push(exception);
        let Object::Exception(e) = self.heap.get(exception).clone() else {
            return;
        };
        let earlier = match (e.cause, e.context) {
            (Some(Value::Obj(cause)), _) => Some((
                cause,
                "The above exception was the direct cause of the following exception:",
            )),
            (None, Some(Value::Obj(context))) if !e.suppress_context => Some((
                context,
                "During handling of the above exception, another exception occurred:",
            )),
            _ => None,
        };
        if let Some((earlier, message)) = earlier {
            if !context.seen.contains(&earlier) {
                let need_close = context.need_close;
                self.format_recursive(earlier, lines, out, context);
                context.need_close = need_close;
                let margin = context.margin();
                out.push_str(&format!("{margin}\n{margin}{message}\n{margin}\n"));
            }
        }
        if e.group.is_some() {
            self.format_group(exception, lines, out, context);
        } else {
            self.format_one(exception, lines, out, context);
        }
    }

    /// CPython's `print_exception`: the traceback, the summary line and the notes.
    fn format_one(
        &mut self,
        exception: ObjRef,
        lines: &LineIndex,
        out: &mut String,
        context: &PrintContext,
    ) {
        let Object::Exception(e) = self.heap.get(exception).clone() else {
            return;
        };
        let margin = context.margin();
        if !e.traceback.is_empty() {
            let (header, header_margin) = match e.group {
                Some(_) if context.group_depth == 1 => (
                    "Exception Group Traceback",
                    format!("{}+ ", context.indent()),
                ),
                Some(_) => ("Exception Group Traceback", margin.clone()),
                None => ("Traceback", margin.clone()),
            };
            out.push_str(&format!(
                "{header_margin}{header} (most recent call last):\n"
            ));
        }
        let mut entries = String::new();
        format_entries(&e.traceback, lines, &mut entries);
        push_with_margin(out, &entries, &margin);
        let type_name = self.exception_class_display(Value::Obj(exception));
        match self.format_syntax_error(&type_name, &e.args) {
            Some(text) => push_with_margin(out, &text, &margin),
            None => {
                out.push_str(&margin);
                out.push_str(&self.exception_summary(exception));
                out.push('\n');
            }
        }
        self.format_notes(exception, out, &margin);
    }

    /// CPython's `print_exception_notes`: each note's lines behind the margin.
    fn format_notes(&mut self, exception: ObjRef, out: &mut String, margin: &str) {
        let Ok(notes) = self.get_attr(Value::Obj(exception), "__notes__") else {
            return;
        };
        let listed = matches!(
            self.type_of(self.builtin_view(notes)),
            TypeId::List | TypeId::Tuple | TypeId::Str
        );
        let items = if listed {
            self.collect_iterable(notes).ok()
        } else {
            None
        };
        let Some(items) = items else {
            let text = self
                .repr(notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            out.push_str(&format!("{margin}{text}\n"));
            return;
        };
        for note in items {
            match self.to_str(note) {
                Ok(text) => {
                    for line in text.split_inclusive('\n') {
                        out.push_str(margin);
                        out.push_str(line);
                    }
                }
                Err(_) => out.push_str("<note str() failed>"),
            }
            out.push('\n');
        }
    }

    /// CPython's `print_exception_group`: the group, then each sub-exception in a box
    /// numbered from 1, at most `MAX_GROUP_WIDTH` of them and `MAX_GROUP_DEPTH` deep.
    fn format_group(
        &mut self,
        exception: ObjRef,
        lines: &LineIndex,
        out: &mut String,
        context: &mut PrintContext,
    ) {
        if context.group_depth > MAX_GROUP_DEPTH {
            let margin = context.margin();
            out.push_str(&format!(
                "{margin}... (max_group_depth is {MAX_GROUP_DEPTH})\n"
            ));
            return;
        }
        if context.group_depth == 0 {
            context.group_depth += 1;
        }
        self.format_one(exception, lines, out, context);
        let members = group_parts(self, Value::Obj(exception)).map_or(Vec::new(), |(_, m)| m);
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        context.need_close = false;
        for (index, member) in members.iter().take(shown).enumerate() {
            let last = index + 1 == shown;
            if last {
                // The closing line may be written by a nested group instead.
                context.need_close = true;
            }
            let corner = if index == 0 { "+-" } else { "  " };
            let truncated = index >= MAX_GROUP_WIDTH;
            let label = if truncated {
                "...".to_string()
            } else {
                (index + 1).to_string()
            };
            out.push_str(&format!(
                "{}{corner}+---------------- {label} ----------------\n",
                context.indent()
            ));
            context.group_depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                out.push_str(&format!(
                    "{}and {remaining} more exception{plural}\n",
                    context.margin()
                ));
            } else if let Value::Obj(member) = member {
                self.format_recursive(*member, lines, out, context);
            }
            if last && context.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    context.indent()
                ));
                context.need_close = false;
            }
            context.group_depth -= 1;
        }
        if context.group_depth == 1 {
            context.group_depth -= 1;
        }
    }

    /// A user exception class prints as its qualname, prefixed by its module unless
    /// that is `__main__` (CPython's traceback rule).
    fn exception_class_display(&self, exception: Value) -> String {
        let class = self.class_of(exception);
        match class.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(c)) => match self.str_text(c.module) {
                Some(module) if &*module != "__main__" && &*module != "builtins" => {
                    format!("{module}.{}", c.qualname)
                }
                _ => c.qualname.to_string(),
            },
            _ => self.type_name(exception).to_string(),
        }
    }

    /// `TypeName: message`, or just `TypeName` when the message is empty.
    pub fn exception_summary(&mut self, exception: ObjRef) -> String {
        let name = self.exception_class_display(Value::Obj(exception));
        let message = self.to_str(Value::Obj(exception)).unwrap_or_default();
        let hint = match self.heap.get(exception) {
            Object::Exception(e) => e
                .suggestion
                .as_ref()
                .map(|s| format!(". Did you mean: '{s}'?")),
            _ => None,
        };
        let message = message + &hint.unwrap_or_default();
        if message.is_empty() {
            name
        } else {
            format!("{name}: {message}")
        }
    }
}

impl Vm {
    /// One traceback entry as the traceback module formats it (a `FrameSummary`): its
    /// line number, function name, stripped source line, and its lines, carets included.
    pub(crate) fn traceback_entry_text(&self, entry: &TracebackEntry) -> (u32, String, String) {
        let lines = LineIndex::new(&self.source);
        let instruction = entry.instruction as usize;
        let line = entry.code.line_of(instruction);
        // Code exec compiled has no source file to read the line from, as in CPython.
        let source_line = if entry.code.flags.compiled_at_run_time {
            String::new()
        } else {
            lines.line_text(line).trim().to_string()
        };
        let mut text = String::new();
        format_entry(&entry.code, instruction, &lines, &mut text);
        (line, source_line, text)
    }
}

/// Entries outermost first; after three identical ones in a row (same line of the
/// same function), the rest are summarised as CPython does for deep recursion.
fn format_entries(entries: &[TracebackEntry], lines: &LineIndex, out: &mut String) {
    const RECURSIVE_CUTOFF: usize = 3;
    let mut last: Option<(u32, &str)> = None;
    let mut count = 0;
    // Library code is left out: the learner sees only their own program's frames.
    for entry in entries.iter().rev().filter(|e| !e.code.flags.library) {
        let key = (
            entry.code.line_of(entry.instruction as usize),
            &*entry.code.name,
        );
        if last != Some(key) {
            push_repeated(out, count, RECURSIVE_CUTOFF);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            format_entry(&entry.code, entry.instruction as usize, lines, out);
        }
    }
    push_repeated(out, count, RECURSIVE_CUTOFF);
}

fn push_repeated(out: &mut String, count: usize, cutoff: usize) {
    if count > cutoff {
        let more = count - cutoff;
        out.push_str(&format!(
            "  [Previous line repeated {more} more time{}]\n",
            if more > 1 { "s" } else { "" }
        ));
    }
}

/// One `File "…", line N, in name` entry; the source line and carets follow for the
/// program's own code only (CPython finds no source for code exec compiled).
fn format_entry(code: &CodeObject, instruction: usize, lines: &LineIndex, out: &mut String) {
    let line = code.line_of(instruction);
    out.push_str(&format!(
        "  File \"{}\", line {line}, in {}\n",
        code.filename, code.name
    ));
    if code.flags.compiled_at_run_time {
        return;
    }
    let text = lines.line_text(line);
    let stripped = text.trim();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    let position = code.positions.get(instruction).copied().unwrap_or_default();
    if position.line == line && position.end > position.start {
        let anchored = match code.instructions.get(instruction) {
            Some(Instr::BinaryOp(_)) => Some(false),
            Some(Instr::BinarySubscr | Instr::StoreSubscr | Instr::DeleteSubscr) => Some(true),
            _ => None,
        };
        if let Some(carets) = caret_line(position, anchored, lines, text) {
            out.push_str(&carets);
        }
    }
}

/// CPython 3.11's indicator line under the source line: `^` over the failing
/// instruction's span, `~` and `^` for a binary operation or subscript, omitted when
/// the span covers the whole stripped line.
fn caret_line(
    position: Position,
    anchored: Option<bool>,
    lines: &LineIndex,
    text: &str,
) -> Option<String> {
    let column = |offset: u32| lines.line_col(offset as usize).column as usize - 1;
    let start_line = lines.line_of(position.start as usize);
    let end_line = lines.line_of(position.end as usize);
    let leading = text.chars().take_while(|c| c.is_whitespace()).count();
    let stripped_len = text.trim().chars().count();
    let start = column(position.start);
    let single_line = start_line == end_line;
    let end = if single_line {
        column(position.end)
    } else {
        leading + stripped_len
    };
    let anchors = match anchored {
        Some(is_subscript) if single_line => anchors(position, text, start, is_subscript, &column),
        _ => None,
    };
    let has_secondary = anchors.is_some_and(|(left, right)| right > left);
    if end.saturating_sub(start) >= stripped_len && !has_secondary {
        return None;
    }
    let mut carets = String::from("    ");
    carets.push_str(&" ".repeat(start.saturating_sub(leading)));
    let width = end.saturating_sub(start);
    match anchors {
        Some((left, right)) => {
            carets.push_str(&"~".repeat(left));
            carets.push_str(&"^".repeat(right.saturating_sub(left)));
            carets.push_str(&"~".repeat(width.saturating_sub(right)));
        }
        None => carets.push_str(&"^".repeat(width)),
    }
    carets.push('\n');
    Some(carets)
}

/// Where the operator (or the `[...]`) sits, relative to the span's start, in
/// characters: CPython's `_extract_caret_anchors_from_line_segment`.
fn anchors(
    position: Position,
    text: &str,
    start: usize,
    is_subscript: bool,
    column: &dyn Fn(u32) -> usize,
) -> Option<(usize, usize)> {
    let left_end = column(position.left_end);
    let right = column(position.right_start);
    if is_subscript {
        return Some((
            left_end.checked_sub(start)?,
            (right + 1).checked_sub(start)?,
        ));
    }
    let chars: Vec<char> = text.chars().collect();
    // CPython 3.11's `extract_anchors_from_expr` (traceback.c): the first character
    // after the left operand that is neither whitespace nor a closing parenthesis of
    // it is the operator; a second non-space character makes it two wide (`//`).
    let mut found = None;
    for index in left_end..right {
        let ch = *chars.get(index)?;
        if ch.is_whitespace() {
            continue;
        }
        let two_wide = index + 1 < right && chars.get(index + 1).is_some_and(|c| !c.is_whitespace());
        found = Some((index, index + 1 + usize::from(two_wide)));
        if index + 1 < right && ch == ')' {
            continue;
        }
        break;
    }
    let (left, right_anchor) = found?;
    Some((left.checked_sub(start)?, right_anchor.checked_sub(start)?))
}

/// How many exceptions one traceback prints at most: chains and groups nest.
const MAX_PRINTED: usize = 2_000;

/// Each line of `text` behind the margin.
fn push_with_margin(out: &mut String, text: &str, margin: &str) {
    for line in text.split_inclusive('\n') {
        out.push_str(margin);
        out.push_str(line);
    }
}
