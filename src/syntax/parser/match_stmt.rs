//! The `match` statement (PEP 634). `match` and `case` are soft keywords: a line is a
//! match statement only when `match subject:` ends it, so `match = 1` and `match(x)`
//! stay ordinary statements.

use super::super::ast::{ExprKind, MatchCase, Stmt, StmtKind};
use super::super::token::{Token, TokenKind};
use super::blocks::block;
use super::expressions::{named_expression, sequence_or_single, star_named_expression};
use super::terminals::{dedent, indent, newline};
use super::{fail, fail_indentation, mismatch, probe, PResult, Tokens};

fn is_soft_keyword(token: Option<&Token<'_>>, word: &str) -> bool {
    token.is_some_and(|t| t.kind == TokenKind::Name && t.text == word)
}

/// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT — `None`
/// when the line is not a match statement.
pub fn match_stmt(input: Tokens<'_>) -> Option<PResult<'_, Stmt>> {
    if !is_soft_keyword(input.first(), "match") {
        return None;
    }
    let (after, subject) = probe(input.advance(1), subject_expr)?;
    if after.kind() == TokenKind::Newline {
        return Some(missing_colon(input, after));
    }
    if !after.is_operator(":") || after.advance(1).kind() != TokenKind::Newline {
        return None;
    }
    let keyword = input.span();
    Some(match_block(after.advance(1), keyword).map(|(rest, cases)| {
        let end = cases.last().and_then(|c| c.body.last()).map_or(keyword, |s| s.span);
        (rest, Stmt::new(StmtKind::Match { subject, cases }, keyword.cover(end)))
    }))
}

/// invalid_match_stmt: "match" subject_expr NEWLINE — unless the line is an ordinary
/// statement after all, as `match(x)` is.
fn missing_colon<'a>(input: Tokens<'a>, after: Tokens<'a>) -> PResult<'a, Stmt> {
    match super::simple::simple_stmts(input) {
        Ok((rest, mut statements)) if statements.len() == 1 => {
            Ok((rest, statements.remove(0)))
        }
        _ => {
            let before = input.tokens.len() - after.tokens.len();
            let last = input.peek(before.saturating_sub(1)).map_or(after.span(), |t| t.span);
            let at = super::super::span::Span::new(last.end as usize, last.end as usize);
            fail(after, "expected ':'", at)
        }
    }
}

/// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
fn subject_expr(input: Tokens<'_>) -> PResult<'_, super::super::ast::Expr> {
    if !input.is_operator("*") {
        let (rest, first) = named_expression(input)?;
        if !rest.is_operator(",") {
            return Ok((rest, first));
        }
    }
    let (rest, subject) = sequence_or_single(input, star_named_expression)?;
    if matches!(subject.kind, ExprKind::Starred { .. }) {
        return mismatch(rest);
    }
    Ok((rest, subject))
}

/// NEWLINE INDENT case_block+ DEDENT
fn match_block(input: Tokens<'_>, keyword: super::super::span::Span) -> PResult<'_, Vec<MatchCase>> {
    let (after_newline, _) = newline(input)?;
    let Ok((mut rest, _)) = indent(after_newline) else {
        let message = "expected an indented block after 'match' statement";
        return fail_indentation(after_newline, message, after_newline.span(), keyword);
    };
    let mut cases = Vec::new();
    loop {
        let (next, case) = case_block(rest)?;
        cases.push(case);
        rest = next;
        if let Ok((after, _)) = dedent(rest) {
            return Ok((after, cases));
        }
    }
}

/// case_block: "case" patterns guard? ':' block
/// guard: 'if' named_expression
fn case_block(input: Tokens<'_>) -> PResult<'_, MatchCase> {
    if !is_soft_keyword(input.first(), "case") {
        return mismatch(input);
    }
    let keyword = input.span();
    let (rest, pattern) = super::patterns::patterns(input.advance(1))?;
    let (rest, guard) = if rest.is_keyword("if") {
        let (rest, guard) = named_expression(rest.advance(1))?;
        (rest, Some(guard))
    } else {
        (rest, None)
    };
    if !rest.is_operator(":") {
        if rest.kind() == TokenKind::Newline {
            let at = super::super::span::Span::new(rest.span().start as usize, rest.span().start as usize);
            return fail(rest, "expected ':'", at);
        }
        return mismatch(rest);
    }
    let (rest, body) = block(rest.advance(1), "'case' statement", keyword)?;
    Ok((rest, MatchCase { pattern, guard, body }))
}
