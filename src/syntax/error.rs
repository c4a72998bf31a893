//! Syntax errors as values: a kind, a message and a span, rendered the way CPython
//! renders them.

use super::span::{LineCol, LineIndex, Span};
use serde::Serialize;

/// The exception classes CPython's compiler raises before any code runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// A program nested deeper than the compiler's recursion limit.
    RecursionError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// CPython's message for a file with a NUL byte in it; it shows the line up to the
/// byte, with no caret.
pub const NULL_BYTE_MESSAGE: &str = "source code cannot contain null bytes";

/// What CPython says when the compiler recurses past three times the recursion limit.
pub const TOO_DEEP_MESSAGE: &str = "maximum recursion depth exceeded during compilation";

/// An error found while reading or resolving a program, before it runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub message: String,
    pub span: Span,
    /// Raised by the tokenizer rather than the parser. CPython draws the caret of a
    /// tokenizer error at a character column and any other at a byte column.
    pub from_tokenizer: bool,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, message: impl Into<String>, span: Span) -> Self {
        SyntaxError { kind, message: message.into(), span, from_tokenizer: false }
    }

    pub fn syntax(message: impl Into<String>, span: Span) -> Self {
        Self::new(SyntaxErrorKind::SyntaxError, message, span)
    }

    pub fn indentation(message: impl Into<String>, span: Span) -> Self {
        Self::new(SyntaxErrorKind::IndentationError, message, span)
    }

    /// CPython's RecursionError for a program nested too deeply to compile.
    pub fn too_deep(span: Span) -> Self {
        Self::new(SyntaxErrorKind::RecursionError, TOO_DEEP_MESSAGE, span)
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
}
