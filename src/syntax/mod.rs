//! Reading Python source: tokens and logical lines, then an AST whose every node
//! carries a span.

pub mod ast;
pub mod error;
pub mod span;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use span::{LineCol, LineIndex, Span};
