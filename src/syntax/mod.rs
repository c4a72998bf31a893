//! Reading Python source: tokens and logical lines, then an AST whose every node
//! carries a span.

mod async_placement;
pub mod ast;
pub mod dump;
pub mod error;
mod escapes;
mod identifiers;
mod lexer;
#[cfg(test)]
mod lexer_tests;
mod parser;
pub mod pattern_parts;
mod placement;
mod render;
pub mod repr;
mod scan;
pub mod span;
pub mod token;

pub use dump::{dump, dump_with_positions};
pub use error::{SyntaxError, SyntaxErrorKind};
pub use lexer::tokenize;
pub use span::{LineCol, LineIndex, Span};

/// Reads a module: tokens, then the grammar, then the checks CPython's compiler makes
/// before any code runs (`return` outside a function and the like).
pub fn parse(source: &str) -> Result<ast::Module, SyntaxError> {
    let (tokens, tokenizer_failure) = lexer::tokenize_lazily(source);
    let parsed = parser::parse_tokens(source, &tokens);
    if let Some(failure) = tokenizer_failure {
        return Err(match parsed {
            Err(rejection) if parser_error_stands(source, &rejection, &failure) => rejection.error,
            _ => failure.error,
        });
    }
    let module = parsed.map_err(|rejection| rejection.error)?;
    placement::check_placement(&module)?;
    async_placement::check_async_placement(&module)?;
    Ok(module)
}

/// CPython tokenizes the rest of the source after a parse error: a tokenizer error
/// there replaces the parse error, except that an unclosed bracket does so only when
/// the parser had looked past the bracket's line (CPython compares the line of the
/// last token it fetched).
fn parser_error_stands(
    source: &str,
    rejection: &parser::Rejection,
    failure: &lexer::TokenizerFailure,
) -> bool {
    if rejection.reached_last_token {
        return false;
    }
    if !failure.raised_at_once {
        return true;
    }
    let Some(bracket) = failure.unclosed_bracket else { return false };
    let index = LineIndex::new(source);
    let reached = rejection.last_fetched.max(rejection.error.span.end as usize);
    index.line_of(reached) <= index.line_of(bracket)
}
