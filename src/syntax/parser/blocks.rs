//! The layout rules: a module is statements; a block is an indented run of statements
//! or simple statements on the header's line.

use super::super::ast::{Module, Stmt};
use super::super::span::Span;
use super::super::token::TokenKind;
use super::terminals::{dedent, end_marker, indent, newline};
use super::{fail_indentation, PResult, Tokens};

/// file_input: [statements] ENDMARKER
pub fn file_input(input: Tokens<'_>) -> PResult<'_, Module> {
    let mut rest = input;
    let mut body = Vec::new();
    while rest.kind() != TokenKind::EndMarker {
        if rest.kind() == TokenKind::Newline {
            rest = rest.advance(1);
            continue;
        }
        let (next, statements) = statement(rest)?;
        body.extend(statements);
        rest = next;
    }
    let (rest, _) = end_marker(rest)?;
    Ok((rest, Module { body }))
}

/// statement: compound_stmt | simple_stmts
pub fn statement(input: Tokens<'_>) -> PResult<'_, Vec<Stmt>> {
    if let Some(result) = super::compound::compound_stmt(input) {
        return result.map(|(rest, stmt)| (rest, vec![stmt]));
    }
    super::simple::simple_stmts(input)
}

/// block: NEWLINE INDENT statements DEDENT | simple_stmts
/// `what` names the statement that opened the block, for CPython's message when the
/// indented block is missing.
pub fn block<'a>(input: Tokens<'a>, what: &str, header: Span) -> PResult<'a, Vec<Stmt>> {
    if input.kind() != TokenKind::Newline {
        return super::simple::simple_stmts(input);
    }
    let (after_newline, newline_token) = newline(input)?;
    let Ok((mut rest, _)) = indent(after_newline) else {
        let at = if after_newline.kind() == TokenKind::EndMarker {
            newline_token.span
        } else {
            after_newline.span()
        };
        let message = format!("expected an indented block after {what}");
        return fail_indentation(after_newline, message, at, header);
    };
    let mut body = Vec::new();
    loop {
        let (next, statements) = statement(rest)?;
        body.extend(statements);
        rest = next;
        if let Ok((after, _)) = dedent(rest) {
            return Ok((after, body));
        }
    }
}
