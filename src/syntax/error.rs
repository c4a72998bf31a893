//! Syntax errors as values: a kind, a message and a span, rendered the way CPython
//! renders them.

use super::span::{LineCol, LineIndex, Span};
use serde::Serialize;

/// The three exception classes CPython's compiler raises before any code runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// An error found while reading or resolving a program, before it runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub message: String,
    pub span: Span,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, message: impl Into<String>, span: Span) -> Self {
        SyntaxError { kind, message: message.into(), span }
    }

    pub fn syntax(message: impl Into<String>, span: Span) -> Self {
        Self::new(SyntaxErrorKind::SyntaxError, message, span)
    }

    pub fn indentation(message: impl Into<String>, span: Span) -> Self {
        Self::new(SyntaxErrorKind::IndentationError, message, span)
    }
}

impl SyntaxError {
    /// 1-based line and character column where the error starts.
    pub fn start(&self, index: &LineIndex) -> LineCol {
        index.line_col(self.span.start as usize)
    }

    /// 1-based line and character column where the error ends (exclusive).
    pub fn end(&self, index: &LineIndex) -> LineCol {
        index.line_col(self.span.end as usize)
    }

    /// The text CPython prints for an uncaught compile error of `python3 FILE`: the
    /// location, the line without its indentation, carets under the span, and the
    /// exception line.
    pub fn render(&self, source: &str, filename: &str) -> String {
        let index = LineIndex::new(source);
        let start = self.start(&index);
        let end = self.end(&index);
        let mut out = format!("  File \"{filename}\", line {}\n", start.line);
        let text = index.line_text(start.line);
        let caret_shown = self.kind == SyntaxErrorKind::SyntaxError || (self.kind == SyntaxErrorKind::IndentationError && self.message != "unexpected indent");
        if !text.trim().is_empty() && !caret_shown {
            out.push_str(&format!("    {}\n", text.trim()));
        } else if !text.trim().is_empty() {
            let stripped = text.trim_start();
            let indent = text.chars().count() - stripped.chars().count();
            let length = stripped.trim_end().chars().count();
            let first = (start.column as usize).saturating_sub(1).saturating_sub(indent).min(length);
            let last = if end.line == start.line { (end.column as usize).saturating_sub(1).saturating_sub(indent) } else { length };
            // CPython underlines only the first character of an IndentationError.
            let carets = if self.kind == SyntaxErrorKind::SyntaxError { last.saturating_sub(first).max(1) } else { 1 };
            out.push_str(&format!("    {}\n    {}{}\n", stripped.trim_end(), " ".repeat(first), "^".repeat(carets)));
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.message));
        out
    }
}
