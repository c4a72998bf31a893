//! SyntaxError objects as CPython 3.11 keeps them: `SyntaxError(msg, (filename, lineno,
//! offset, text, end_lineno, end_offset))` gives the attributes of those names, `str()`
//! reads `msg (filename, line N)`, and an uncaught one prints its line and carets
//! after the traceback instead of a `File ... in` entry of its own.

use super::object::Object;
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;

/// The attributes CPython unpacks from the second argument, in its order.
const DETAIL_NAMES: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

impl Vm {
    /// `e.msg`, `e.lineno` and the rest, for an exception of a SyntaxError type: None
    /// where the arguments did not give one.
    pub(crate) fn syntax_error_attr(
        &self,
        ty: TypeId,
        args: &[Value],
        name: &str,
    ) -> Option<Value> {
        if !ty.is_subtype_of(TypeId::SyntaxError) {
            return None;
        }
        if name == "msg" {
            return Some(args.first().copied().unwrap_or(Value::None));
        }
        if name == "print_file_and_line" {
            return Some(Value::None);
        }
        let position = DETAIL_NAMES.iter().position(|&detail| detail == name)?;
        Some(
            self.syntax_error_details(args)
                .get(position)
                .copied()
                .unwrap_or(Value::None),
        )
    }

    /// The items of the details tuple, when the exception was made with exactly two
    /// arguments and the second is a tuple (CPython's `SyntaxError_init`).
    fn syntax_error_details(&self, args: &[Value]) -> Vec<Value> {
        match args {
            [_, Value::Obj(details)] => match self.heap.get(*details) {
                Object::Tuple(items) => items.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// `str(e)`: `msg (file, line N)` with the file's base name, or as much of that as
    /// the exception knows; `None` for an exception with other arguments.
    pub(crate) fn syntax_error_str(&mut self, args: &[Value]) -> Option<String> {
        let details = self.syntax_error_details(args);
        let (Some(&message), Some(&filename), Some(&line)) =
            (args.first(), details.first(), details.get(1))
        else {
            return None;
        };
        let message = self.to_str(message).ok()?;
        let file = self.str_text(filename);
        let base = file
            .as_deref()
            .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        Some(match (base, line) {
            (Some(base), Value::Int(line)) => format!("{message} ({base}, line {line})"),
            (Some(base), _) => format!("{message} ({base})"),
            (None, Value::Int(line)) => format!("{message} (line {line})"),
            (None, _) => message,
        })
    }

    /// What follows the traceback for an uncaught SyntaxError, as Python's
    /// `traceback` module formats it: the file and line, the line's text without its
    /// indentation, carets from `offset` to `end_offset`, then `Type: msg`.
    pub(crate) fn format_syntax_error(
        &mut self,
        type_name: &str,
        args: &[Value],
    ) -> Option<String> {
        let details = self.syntax_error_details(args);
        if details.len() < 4 {
            return None;
        }
        let number = |index: usize| match details.get(index) {
            Some(Value::Int(n)) => Some(*n),
            _ => None,
        };
        let mut out = String::new();
        if let Some(line) = number(1) {
            let filename = details.first().and_then(|f| self.str_text(*f));
            let filename = filename.as_deref().unwrap_or("<string>").to_string();
            out.push_str(&format!("  File \"{filename}\", line {line}\n"));
        }
        if let Some(text) = details.get(3).and_then(|t| self.str_text(*t)) {
            push_text_and_carets(&mut out, &text, number(2), number(5));
        }
        let message = args.first().map(|&m| self.to_str(m).unwrap_or_default());
        let message = message.filter(|m| !m.is_empty());
        let message = message.unwrap_or_else(|| "<no detail available>".to_string());
        out.push_str(&format!("{type_name}: {message}\n"));
        Some(out)
    }
}

/// `TracebackException._format_syntax_error`'s text and caret lines.
fn push_text_and_carets(out: &mut String, text: &str, offset: Option<i64>, end: Option<i64>) {
    let rtext = text.trim_end_matches('\n');
    let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
    let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
    out.push_str(&format!("    {ltext}\n"));
    let Some(offset) = offset else {
        return;
    };
    let mut end = end.filter(|&e| e != 0).unwrap_or(offset);
    if offset == end || end == -1 {
        end = offset + 1;
    }
    let column = offset - 1 - spaces;
    let end_column = end - 1 - spaces;
    if column < 0 {
        return;
    }
    let indent: String = ltext
        .chars()
        .take(column as usize)
        .map(|c| if c.is_whitespace() { c } else { ' ' })
        .collect();
    let width = (end_column - column).max(0) as usize;
    out.push_str(&format!("    {indent}{}\n", "^".repeat(width)));
}
