//! Simple statements: the ones that fit on a line and may be joined with `;`.

use super::super::ast::{Alias, Expr, ExprContext, Identifier, Stmt, StmtKind};
use super::super::token::TokenKind;
use super::assignment::expression_statement;
use super::expressions::{expression, star_expressions};
use super::targets::into_target;
use super::terminals::{name, newline};
use super::{mismatch, PResult, Tokens};
use nom::combinator::cut;
use nom::Parser;

/// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
pub fn simple_stmts(input: Tokens<'_>) -> PResult<'_, Vec<Stmt>> {
    let mut statements = Vec::new();
    let mut rest = input;
    loop {
        let (next, statement) = simple_stmt(rest)?;
        statements.push(statement);
        rest = next;
        if !rest.is_operator(";") {
            break;
        }
        rest = rest.advance(1);
        if rest.kind() == TokenKind::Newline {
            break;
        }
    }
    let (rest, _) = newline(rest)?;
    Ok((rest, statements))
}

/// simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt |
///              'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' |
///              global_stmt | nonlocal_stmt
fn simple_stmt(input: Tokens<'_>) -> PResult<'_, Stmt> {
    let word =
        if input.kind() == TokenKind::Keyword { input.first().map_or("", |t| t.text) } else { "" };
    let (rest, kind) = match word {
        "pass" => (input.advance(1), StmtKind::Pass),
        "break" => (input.advance(1), StmtKind::Break),
        "continue" => (input.advance(1), StmtKind::Continue),
        "return" => return_stmt(input)?,
        "raise" => raise_stmt(input)?,
        "global" => {
            let (r, names) = name_list(input.advance(1))?;
            (r, StmtKind::Global(names))
        }
        "nonlocal" => {
            let (r, names) = name_list(input.advance(1))?;
            (r, StmtKind::Nonlocal(names))
        }
        "del" => del_stmt(input)?,
        "assert" => assert_stmt(input)?,
        "import" => import_name(input)?,
        "from" => super::imports::import_from(input)?,
        _ => return expression_statement(input),
    };
    Ok((rest, Stmt::new(kind, input.span_to(rest))))
}

fn optional<'a>(
    input: Tokens<'a>,
    rule: fn(Tokens<'a>) -> PResult<'a, Expr>,
) -> PResult<'a, Option<Expr>> {
    match rule(input) {
        Ok((rest, value)) => Ok((rest, Some(value))),
        Err(nom::Err::Error(_)) => Ok((input, None)),
        Err(failure) => Err(failure),
    }
}

/// return_stmt: 'return' [star_expressions]
fn return_stmt(input: Tokens<'_>) -> PResult<'_, StmtKind> {
    let (rest, value) = optional(input.advance(1), star_expressions)?;
    Ok((rest, StmtKind::Return(value)))
}

/// raise_stmt: 'raise' expression ['from' expression] | 'raise'
fn raise_stmt(input: Tokens<'_>) -> PResult<'_, StmtKind> {
    let (rest, exc) = optional(input.advance(1), expression)?;
    if exc.is_none() || !rest.is_keyword("from") {
        return Ok((rest, StmtKind::Raise { exc, cause: None }));
    }
    let (rest, cause) = cut(expression).parse(rest.advance(1))?;
    Ok((rest, StmtKind::Raise { exc, cause: Some(cause) }))
}

/// global_stmt: 'global' ','.NAME+ ; nonlocal_stmt: 'nonlocal' ','.NAME+
fn name_list(input: Tokens<'_>) -> PResult<'_, Vec<Identifier>> {
    let (mut rest, first) = name(input)?;
    let mut names = vec![first];
    while rest.is_operator(",") {
        let (next, another) = name(rest.advance(1))?;
        names.push(another);
        rest = next;
    }
    Ok((rest, names))
}

/// del_stmt: 'del' ','.del_target+ [','] &(';' | NEWLINE)
fn del_stmt(input: Tokens<'_>) -> PResult<'_, StmtKind> {
    let mut rest = input.advance(1);
    let mut targets = Vec::new();
    loop {
        let (next, item) = expression(rest)?;
        let (next, target) = into_target(next, item, ExprContext::Del)?;
        targets.push(target);
        rest = next;
        if !rest.is_operator(",") {
            break;
        }
        rest = rest.advance(1);
        if rest.is_operator(";") || rest.kind() == TokenKind::Newline {
            break;
        }
    }
    if !(rest.is_operator(";") || rest.kind() == TokenKind::Newline) {
        return mismatch(rest);
    }
    Ok((rest, StmtKind::Delete(targets)))
}

/// assert_stmt: 'assert' expression [',' expression]
fn assert_stmt(input: Tokens<'_>) -> PResult<'_, StmtKind> {
    let (rest, test) = expression(input.advance(1))?;
    if !rest.is_operator(",") {
        return Ok((rest, StmtKind::Assert { test, msg: None }));
    }
    let (rest, msg) = expression(rest.advance(1))?;
    Ok((rest, StmtKind::Assert { test, msg: Some(msg) }))
}

/// import_name: 'import' ','.dotted_as_name+
fn import_name(input: Tokens<'_>) -> PResult<'_, StmtKind> {
    let (mut rest, first) = dotted_as_name(input.advance(1))?;
    let mut names = vec![first];
    while rest.is_operator(",") {
        let (next, another) = dotted_as_name(rest.advance(1))?;
        names.push(another);
        rest = next;
    }
    Ok((rest, StmtKind::Import(names)))
}

/// dotted_as_name: dotted_name ['as' NAME]
fn dotted_as_name(input: Tokens<'_>) -> PResult<'_, Alias> {
    let (rest, dotted) = super::imports::dotted_name(input)?;
    let (rest, asname) = super::imports::as_name(rest)?;
    Ok((rest, Alias { name: dotted, asname, span: input.span_to(rest) }))
}
