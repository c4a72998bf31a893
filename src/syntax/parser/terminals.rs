//! The grammar's terminals: an operator, a keyword, a NAME, NEWLINE, INDENT, DEDENT.

use super::super::ast::Identifier;
use super::super::token::{Token, TokenKind};
use super::{mismatch, PResult, Tokens};

/// The operator or delimiter `symbol`.
pub fn op<'a>(symbol: &'static str) -> impl Fn(Tokens<'a>) -> PResult<'a, Token<'a>> {
    move |input: Tokens<'a>| match input.first() {
        Some(token) if token.is_operator(symbol) => Ok((input.advance(1), *token)),
        _ => mismatch(input),
    }
}

/// The keyword `word`.
pub fn kw<'a>(word: &'static str) -> impl Fn(Tokens<'a>) -> PResult<'a, Token<'a>> {
    move |input: Tokens<'a>| match input.first() {
        Some(token) if token.is_keyword(word) => Ok((input.advance(1), *token)),
        _ => mismatch(input),
    }
}

fn kind<'a>(wanted: TokenKind) -> impl Fn(Tokens<'a>) -> PResult<'a, Token<'a>> {
    move |input: Tokens<'a>| match input.first() {
        Some(token) if token.kind == wanted => Ok((input.advance(1), *token)),
        _ => mismatch(input),
    }
}

/// NAME
pub fn name(input: Tokens<'_>) -> PResult<'_, Identifier> {
    let (rest, token) = kind(TokenKind::Name)(input)?;
    Ok((rest, Identifier { name: crate::syntax::identifiers::identifier_text(token.text), span: token.span }))
}

/// NEWLINE
pub fn newline(input: Tokens<'_>) -> PResult<'_, Token<'_>> {
    kind(TokenKind::Newline)(input)
}

/// INDENT
pub fn indent(input: Tokens<'_>) -> PResult<'_, Token<'_>> {
    kind(TokenKind::Indent)(input)
}

/// DEDENT
pub fn dedent(input: Tokens<'_>) -> PResult<'_, Token<'_>> {
    kind(TokenKind::Dedent)(input)
}

/// ENDMARKER
pub fn end_marker(input: Tokens<'_>) -> PResult<'_, Token<'_>> {
    kind(TokenKind::EndMarker)(input)
}
