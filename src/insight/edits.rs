//! Concrete edits for fixes: a new first statement in a body, a new parameter.

use super::diagnostic::Edit;
use super::events::ParamInsert;
use crate::syntax::Span;

/// Inserts `statement` before the statement at `before`, on lines of its own with the
/// same indentation (`statement` may hold an indented block after a `\n`). On a
/// one-line body (`def f(): x += 1`) a simple statement goes before the other,
/// followed by `; `, and a compound one cannot go at all.
pub fn insert_statement(source: &str, before: Span, statement: &str) -> Option<Edit> {
    let start = before.start as usize;
    let line_start = source
        .get(..start)
        .and_then(|text| text.rfind('\n'))
        .map_or(0, |newline| newline + 1);
    let indent = source.get(line_start..start).unwrap_or("");
    let replacement = if indent.chars().all(|c| c == ' ' || c == '\t') {
        let indented = statement.replace('\n', &format!("\n{indent}"));
        format!("{indented}\n{indent}")
    } else if statement.contains('\n') {
        return None;
    } else {
        format!("{statement}; ")
    };
    Some(Edit {
        span: Span::new(start, start),
        replacement,
    })
}

/// Adds `parameter` (such as `i=i`) to a parameter list.
pub fn add_parameter(at: ParamInsert, parameter: &str, is_lambda: bool) -> Edit {
    let replacement = match (at.after_others, is_lambda) {
        (true, _) => format!(", {parameter}"),
        (false, true) => format!(" {parameter}"),
        (false, false) => parameter.to_string(),
    };
    let offset = at.offset as usize;
    Edit {
        span: Span::new(offset, offset),
        replacement,
    }
}
