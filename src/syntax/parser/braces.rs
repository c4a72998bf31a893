//! Displays in braces: dict, set, and their comprehensions.

use super::super::ast::{Expr, ExprKind};
use super::super::span::Span;
use super::atoms::{display_items, for_if_clauses, missing_comma, unpacking_in_comprehension};
use super::expressions::{bitwise_or, expression, star_named_expression};
use super::terminals::op;
use super::{fail, PResult, Tokens};

/// dict: '{' [double_starred_kvpairs] '}' | set: '{' star_named_expressions '}' |
/// dictcomp | setcomp
#[inline(never)]
pub fn braces(input: Tokens<'_>) -> PResult<'_, Expr> {
    let inner = input.advance(1);
    if inner.is_operator("}") {
        let rest = inner.advance(1);
        return Ok((
            rest,
            Expr::new(ExprKind::Dict { keys: vec![], values: vec![] }, input.span_to(rest)),
        ));
    }
    if inner.is_operator("**") {
        return dict(input, inner);
    }
    let (rest, first) = star_named_expression(inner)?;
    if rest.is_operator(":") {
        return dict(input, inner);
    }
    if rest.starts_for_clause() {
        unpacking_in_comprehension(rest, &first)?;
        let (rest, generators) = for_if_clauses(rest)?;
        let (rest, _) = op("}")(rest)?;
        let kind = ExprKind::SetComp { elt: Box::new(first), generators };
        return Ok((rest, Expr::new(kind, input.span_to(rest))));
    }
    let (rest, elts) = display_items(rest, vec![first], "}")?;
    Ok((rest, Expr::new(ExprKind::Set(elts), input.span_to(rest))))
}

/// One entry of a dict display: `key: value` or `**mapping` (key `None`).
/// double_starred_kvpair: '**' bitwise_or | expression ':' expression
fn double_starred_kvpair(input: Tokens<'_>) -> PResult<'_, (Option<Expr>, Expr)> {
    if input.is_operator("**") {
        let (rest, mapping) = bitwise_or(input.advance(1))?;
        return Ok((rest, (None, mapping)));
    }
    let (rest, key) = expression(input)?;
    let entry_ends = |at: Tokens<'_>| at.is_operator(",") || at.is_operator("}");
    if !rest.is_operator(":") {
        // invalid_kvpair: CPython points at the key's last character.
        let last = key.span.end.saturating_sub(1).max(key.span.start);
        return fail(rest, "':' expected after dictionary key", Span { start: last, end: last });
    }
    let (rest, colon) = op(":")(rest)?;
    if entry_ends(rest) {
        return fail(rest, "expression expected after dictionary key and ':'", colon.span);
    }
    let (rest, value) = expression(rest)?;
    Ok((rest, (Some(key), value)))
}

/// dict: '{' double_starred_kvpairs '}' | dictcomp: '{' kvpair for_if_clauses '}'
fn dict<'a>(open: Tokens<'a>, inner: Tokens<'a>) -> PResult<'a, Expr> {
    let (mut rest, (key, value)) = double_starred_kvpair(inner)?;
    if rest.starts_for_clause() {
        if let Some(key) = key {
            let (rest, generators) = for_if_clauses(rest)?;
            let (rest, _) = op("}")(rest)?;
            let kind =
                ExprKind::DictComp { key: Box::new(key), value: Box::new(value), generators };
            return Ok((rest, Expr::new(kind, open.span_to(rest))));
        }
    }
    let mut keys = vec![key];
    let mut values = vec![value];
    loop {
        if rest.is_operator("}") {
            rest = rest.advance(1);
            break;
        }
        if !rest.is_operator(",") {
            return missing_comma(rest, values.last());
        }
        rest = rest.advance(1);
        if rest.is_operator("}") {
            continue;
        }
        let (next, (key, value)) = double_starred_kvpair(rest)?;
        keys.push(key);
        values.push(value);
        rest = next;
    }
    Ok((rest, Expr::new(ExprKind::Dict { keys, values }, open.span_to(rest))))
}
