//! `compile()`, and what `exec()` and `eval()` share with it: reading the source
//! argument, compiling it as `<string>`, and turning a compile error into the
//! SyntaxError object CPython raises, with its `msg`, `filename`, `lineno`, `offset`,
//! `text`, `end_lineno` and `end_offset`.

use super::compiler::{compile_dynamic, CompileMode};
use super::exception::Exception;
use super::library::args;
use super::native::{KwArgs, Registry};
use super::object::Object;
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;
use crate::syntax::{LineIndex, SyntaxError, SyntaxErrorKind};
use std::rc::Rc;

/// The filename CPython gives code that `exec` and `eval` compile from a string.
pub const STRING_FILENAME: &str = "<string>";

pub fn register(registry: &mut Registry) {
    registry.builtin("compile", builtin_compile);
    registry.builtin("exec", builtin_exec);
    registry.builtin("eval", builtin_eval);
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
/// The flags select `__future__` features and AST output, which a program's own
/// `from __future__` lines give instead here; they are read and left unused.
fn builtin_compile(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    let params = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    if args.len() > params.len() {
        let given = args.len();
        let message = format!("compile() takes at most 6 positional arguments ({given} given)");
        return Err(vm.type_error(message));
    }
    let bound = args::bind(vm, "compile", args, kwargs, &params, 3)?;
    let argument = |index: usize| bound.get(index).copied().flatten().unwrap_or_default();
    let source = vm.source_text(
        argument(0),
        "compile() arg 1 must be a string, bytes or AST object",
    )?;
    let filename = args::str_arg(vm, argument(1), |type_name| {
        format!("expected str, bytes or os.PathLike object, not {type_name}")
    })?;
    let mode = vm
        .str_text(argument(2))
        .and_then(|mode| CompileMode::from_name(&mode));
    let Some(mode) = mode else {
        return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
    };
    let code = vm.compile_string(&source, &filename, mode)?;
    Ok(vm.alloc(Object::Code(code)))
}

fn builtin_exec(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    vm.run_exec_or_eval(CompileMode::Exec, args, kwargs)
}

fn builtin_eval(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    vm.run_exec_or_eval(CompileMode::Eval, args, kwargs)
}

/// `eval` ignores the spaces and tabs a string starts with (CPython strips them
/// before parsing, so `eval("  1")` is not an indentation error).
pub fn strip_eval_indent(source: &str) -> &str {
    source.trim_start_matches([' ', '\t'])
}

impl Vm {
    /// A str's text, or a bytes object's decoded as UTF-8; any other value is the
    /// TypeError `message`.
    pub(crate) fn source_text(
        &mut self,
        value: Value,
        message: &str,
    ) -> Result<Rc<str>, Exception> {
        if let Some(text) = self.str_text(value) {
            return Ok(text);
        }
        let bytes = match value.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Bytes(bytes)) => bytes.clone(),
            _ => return Err(self.type_error(message)),
        };
        match std::str::from_utf8(&bytes) {
            Ok(text) => Ok(text.into()),
            Err(error) => Err(self.undecodable_source(&bytes, error.valid_up_to())),
        }
    }

    /// CPython's SyntaxError for bytes source that is not UTF-8, at the first bad byte.
    fn undecodable_source(&mut self, bytes: &[u8], position: usize) -> Exception {
        let byte = bytes.get(position).copied().unwrap_or_default();
        let reason = match byte {
            0x80..=0xc1 | 0xf5..=0xff => "invalid start byte",
            _ => "unexpected end of data",
        };
        let message = format!(
            "(unicode error) 'utf-8' codec can't decode byte {byte:#04x} in position {position}: {reason}"
        );
        let before = bytes.get(..position).unwrap_or_default();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |at| at + 1);
        let line = before.iter().filter(|&&b| b == b'\n').count() as i64 + 1;
        let line_end = bytes[line_start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |at| line_start + at);
        let text = String::from_utf8_lossy(&bytes[line_start..line_end]).into_owned();
        let details = vec![
            self.new_str(STRING_FILENAME),
            Value::Int(line),
            Value::Int((position - line_start) as i64 + 1),
            self.new_str(&text),
            Value::Int(line),
            Value::Int(-1),
        ];
        let (message, details) = (self.new_str(&message), self.new_tuple(details));
        self.exception_with_args(TypeId::SyntaxError, vec![message, details])
    }

    /// Compiles `source` as code of `filename`; a compile error is raised as the
    /// SyntaxError (or IndentationError) object CPython makes of it. Code compiled from
    /// the interpreter's own library is library code too.
    pub(crate) fn compile_string(
        &mut self,
        source: &str,
        filename: &str,
        mode: CompileMode,
    ) -> Result<Rc<super::code::CodeObject>, Exception> {
        let library = self.frames.last().is_some_and(|f| f.code.flags.library);
        if source.contains('\0') {
            let message = "source code string cannot contain null bytes";
            return Err(self.error(TypeId::SyntaxError, message));
        }
        compile_dynamic(source, filename, mode, &mut self.heap, library)
            .map_err(|error| self.syntax_error_object(&error, source, filename, mode))
    }

    /// `SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))`,
    /// the arguments CPython's compiler raises it with; columns count characters from 1.
    /// Outside `eval`, CPython's tokenizer ends the last line with a line break.
    fn syntax_error_object(
        &mut self,
        error: &SyntaxError,
        source: &str,
        filename: &str,
        mode: CompileMode,
    ) -> Exception {
        let ty = match error.kind {
            SyntaxErrorKind::SyntaxError => TypeId::SyntaxError,
            SyntaxErrorKind::IndentationError => TypeId::IndentationError,
            SyntaxErrorKind::TabError => TypeId::TabError,
            SyntaxErrorKind::RecursionError => {
                return self.error(TypeId::RecursionError, &error.message)
            }
        };
        let index = LineIndex::new(source);
        let (start, end) = error_columns(error, &index, source, mode);
        let line = error.start(&index).line;
        let mut text = line_with_break(source, line).to_string();
        let unterminated = error.message.starts_with("unterminated");
        if mode != CompileMode::Eval && !unterminated && !text.ends_with('\n') {
            text.push('\n');
        }
        let details = vec![
            self.new_str(filename),
            Value::Int(i64::from(line)),
            Value::Int(start),
            self.new_str(&text),
            Value::Int(i64::from(error.end(&index).line)),
            Value::Int(end),
        ];
        let message = self.new_str(&error.message);
        let details = self.new_tuple(details);
        self.exception_with_args(ty, vec![message, details])
    }
}

/// A SyntaxError's `offset` and `end_offset`, as CPython's tokenizer and parser set
/// them: an error at the very end of an `eval` string, which has no line break to
/// point at, has no columns; an unterminated string ends where it starts, an unclosed
/// bracket has no end (0) and an unexpected indent an end of -1.
fn error_columns(
    error: &SyntaxError,
    index: &LineIndex,
    source: &str,
    mode: CompileMode,
) -> (i64, i64) {
    let at_end = error.span.start as usize >= source.trim_end().len();
    if mode == CompileMode::Eval && at_end && !source.ends_with('\n') && !error.from_tokenizer {
        return (0, 0);
    }
    let start = i64::from(error.start(index).column);
    let end = if error.message == "unexpected indent" {
        -1
    } else if error.message.starts_with("unterminated") {
        start
    } else if error.from_tokenizer {
        0
    } else {
        i64::from(error.end(index).column)
    };
    (start, end)
}

/// Line `line` of `source` with its line break, as a SyntaxError's `text` holds it.
fn line_with_break(source: &str, line: u32) -> &str {
    let index = (line as usize).saturating_sub(1);
    source.split_inclusive('\n').nth(index).unwrap_or("")
}
