//! Reading Python source: tokens and logical lines, then an AST whose every node
//! carries a span.

pub mod ast;
pub mod error;
pub mod dump;
mod escapes;
mod lexer;
mod parser;
mod placement;
mod render;
mod repr;
mod scan;
pub mod span;
pub mod token;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use dump::dump;
pub use lexer::tokenize;
pub use span::{LineCol, LineIndex, Span};

/// Reads a module: tokens, then the grammar, then the checks CPython's compiler makes
/// before any code runs (`return` outside a function and the like).
pub fn parse(source: &str) -> Result<ast::Module, SyntaxError> {
    let tokens = lexer::tokenize(source)?;
    let module = parser::parse_tokens(source, &tokens)?;
    placement::check_placement(&module)?;
    Ok(module)
}
