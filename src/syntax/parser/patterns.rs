//! The patterns of a `case` (PEP 634), one function per rule of CPython 3.11's grammar.

use super::super::ast::{Constant, Expr, ExprContext, ExprKind, Identifier, Pattern, PatternKind};
use super::super::span::Span;
use super::super::token::TokenKind;
use super::terminals::{name, op};
use super::{fail, mismatch, nested_by, PResult, Tokens, BRACKET_COST};

/// patterns: open_sequence_pattern | pattern
pub fn patterns(input: Tokens<'_>) -> PResult<'_, Pattern> {
    let (rest, first) = maybe_star_pattern(input)?;
    if !rest.is_operator(",") {
        if matches!(first.kind, PatternKind::MatchStar(_)) {
            return mismatch(rest);
        }
        return Ok((rest, first));
    }
    let (rest, items) = sequence_items(rest, vec![first], &[":", "if"])?;
    Ok((rest, Pattern::new(PatternKind::MatchSequence(items), input.span_to(rest))))
}

/// The rest of `','.maybe_star_pattern+ ','?` after the first item, up to a token in
/// `closers` (a bracket, or the `:` or `if` after an open sequence).
fn sequence_items<'a>(
    mut rest: Tokens<'a>,
    mut items: Vec<Pattern>,
    closers: &[&str],
) -> PResult<'a, Vec<Pattern>> {
    let closes = |r: &Tokens<'_>| closers.iter().any(|c| r.is_operator(c) || r.is_keyword(c));
    while rest.is_operator(",") {
        rest = rest.advance(1);
        if closes(&rest) {
            break;
        }
        let (next, item) = maybe_star_pattern(rest)?;
        items.push(item);
        rest = next;
    }
    Ok((rest, items))
}

/// pattern: as_pattern | or_pattern
/// as_pattern: or_pattern 'as' pattern_capture_target
pub fn pattern(input: Tokens<'_>) -> PResult<'_, Pattern> {
    let (rest, alternatives) = or_pattern(input)?;
    if !rest.is_keyword("as") {
        return Ok((rest, alternatives));
    }
    let after = rest.advance(1);
    let target = after.first().filter(|t| t.kind == TokenKind::Name);
    match target {
        Some(token) if token.text == "_" => {
            fail(after, "cannot use '_' as a target", token.span)
        }
        Some(_) if !is_capture_follower(after.advance(1)) => mismatch(after.advance(1)),
        Some(_) => {
            let (rest, target) = name(after)?;
            let span = input.span_to(rest);
            let kind = PatternKind::MatchAs { pattern: Some(Box::new(alternatives)), name: Some(target) };
            Ok((rest, Pattern::new(kind, span)))
        }
        None => invalid_pattern_target(after),
    }
}

/// invalid_as_pattern: or_pattern 'as' !NAME expression — CPython names the expression.
fn invalid_pattern_target(after: Tokens<'_>) -> PResult<'_, Pattern> {
    match super::expressions::expression(after) {
        Ok((_, target)) => fail(after, "invalid pattern target", target.span),
        Err(_) => mismatch(after),
    }
}

/// or_pattern: '|'.closed_pattern+
fn or_pattern(input: Tokens<'_>) -> PResult<'_, Pattern> {
    let (mut rest, first) = closed_pattern(input)?;
    if !rest.is_operator("|") {
        return Ok((rest, first));
    }
    let mut alternatives = vec![first];
    while rest.is_operator("|") {
        let (next, alternative) = closed_pattern(rest.advance(1))?;
        alternatives.push(alternative);
        rest = next;
    }
    Ok((rest, Pattern::new(PatternKind::MatchOr(alternatives), input.span_to(rest))))
}

/// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern |
///                 group_pattern | sequence_pattern | mapping_pattern | class_pattern
fn closed_pattern(input: Tokens<'_>) -> PResult<'_, Pattern> {
    let Some(token) = input.first() else { return mismatch(input) };
    match (token.kind, token.text) {
        (TokenKind::Operator, "(") => nested_by(input, BRACKET_COST, parenthesised_pattern),
        (TokenKind::Operator, "[") => nested_by(input, BRACKET_COST, list_pattern),
        (TokenKind::Operator, "{") => {
            nested_by(input, BRACKET_COST, super::mapping_pattern::mapping_pattern)
        }
        (TokenKind::Name, _) => name_pattern(input),
        _ => literal_pattern(input),
    }
}

/// Whether what follows a NAME leaves it a capture: `!('.' | '(' | '=')`.
fn is_capture_follower(rest: Tokens<'_>) -> bool {
    !(rest.is_operator(".") || rest.is_operator("(") || rest.is_operator("="))
}

/// capture_pattern | wildcard_pattern | value_pattern | class_pattern — the patterns
/// that open with a NAME.
fn name_pattern(input: Tokens<'_>) -> PResult<'_, Pattern> {
    let (rest, first) = name(input)?;
    if is_capture_follower(rest) {
        let span = first.span;
        let name = (first.name != "_").then_some(first);
        return Ok((rest, Pattern::new(PatternKind::MatchAs { pattern: None, name }, span)));
    }
    let (rest, dotted) = name_or_attr(input, rest, first)?;
    if rest.is_operator("(") {
        return nested_by(rest, BRACKET_COST, |r| super::class_pattern::class_pattern(input, r, dotted));
    }
    if !matches!(dotted.kind, ExprKind::Attribute { .. }) {
        return mismatch(rest);
    }
    let span = dotted.span;
    Ok((rest, Pattern::new(PatternKind::MatchValue(dotted), span)))
}

/// name_or_attr: attr | NAME; attr: name_or_attr '.' NAME
pub fn name_or_attr<'a>(
    start: Tokens<'a>,
    mut rest: Tokens<'a>,
    first: Identifier,
) -> PResult<'a, Expr> {
    let mut value = Expr::new(ExprKind::Name { id: first.name, ctx: ExprContext::Load }, first.span);
    while rest.is_operator(".") {
        let (next, attr) = name(rest.advance(1))?;
        let kind = ExprKind::Attribute { value: Box::new(value), attr, ctx: ExprContext::Load };
        value = Expr::new(kind, start.span_to(next));
        rest = next;
    }
    Ok((rest, value))
}

/// group_pattern: '(' pattern ')'; sequence_pattern: '(' open_sequence_pattern? ')'
fn parenthesised_pattern(input: Tokens<'_>) -> PResult<'_, Pattern> {
    let inner = input.advance(1);
    if inner.is_operator(")") {
        let rest = inner.advance(1);
        return Ok((rest, Pattern::new(PatternKind::MatchSequence(vec![]), input.span_to(rest))));
    }
    let (rest, first) = maybe_star_pattern(inner)?;
    if rest.is_operator(")") && !matches!(first.kind, PatternKind::MatchStar(_)) {
        return Ok((rest.advance(1), first));
    }
    if !rest.is_operator(",") {
        return mismatch(rest);
    }
    let (rest, items) = sequence_items(rest, vec![first], &[")"])?;
    let (rest, _) = op(")")(rest)?;
    Ok((rest, Pattern::new(PatternKind::MatchSequence(items), input.span_to(rest))))
}

/// sequence_pattern: '[' maybe_sequence_pattern? ']'
fn list_pattern(input: Tokens<'_>) -> PResult<'_, Pattern> {
    let inner = input.advance(1);
    let (rest, items) = if inner.is_operator("]") {
        (inner, Vec::new())
    } else {
        let (rest, first) = maybe_star_pattern(inner)?;
        sequence_items(rest, vec![first], &["]"])?
    };
    let (rest, _) = op("]")(rest)?;
    Ok((rest, Pattern::new(PatternKind::MatchSequence(items), input.span_to(rest))))
}

/// maybe_star_pattern: star_pattern | pattern
/// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
fn maybe_star_pattern(input: Tokens<'_>) -> PResult<'_, Pattern> {
    if !input.is_operator("*") {
        return pattern(input);
    }
    let (rest, target) = name(input.advance(1))?;
    if !is_capture_follower(rest) {
        return mismatch(rest);
    }
    let span = input.span_to(rest);
    let target = (target.name != "_").then_some(target);
    Ok((rest, Pattern::new(PatternKind::MatchStar(target), span)))
}

/// literal_pattern: signed_number !('+' | '-') | complex_number | strings | 'None' |
///                  'True' | 'False'
fn literal_pattern(input: Tokens<'_>) -> PResult<'_, Pattern> {
    let singleton = match input.first() {
        Some(t) if t.is_keyword("None") => Some(Constant::None),
        Some(t) if t.is_keyword("True") => Some(Constant::Bool(true)),
        Some(t) if t.is_keyword("False") => Some(Constant::Bool(false)),
        _ => None,
    };
    if let Some(value) = singleton {
        return Ok((input.advance(1), Pattern::new(PatternKind::MatchSingleton(value), input.span())));
    }
    let (rest, value) = literal_expr(input)?;
    let span = value.span;
    Ok((rest, Pattern::new(PatternKind::MatchValue(value), span)))
}

/// literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' |
///               'True' | 'False' — as an expression, for a mapping pattern's keys.
pub fn literal_expr(input: Tokens<'_>) -> PResult<'_, Expr> {
    let Some(token) = input.first() else { return mismatch(input) };
    let constant = |value| Ok((input.advance(1), Expr::new(ExprKind::Constant(value), token.span)));
    match (token.kind, token.text) {
        (TokenKind::Keyword, "None") => constant(Constant::None),
        (TokenKind::Keyword, "True") => constant(Constant::Bool(true)),
        (TokenKind::Keyword, "False") => constant(Constant::Bool(false)),
        (TokenKind::String, _) => super::strings::strings(input),
        (TokenKind::Number, _) | (TokenKind::Operator, "-") => complex_number(input),
        _ => mismatch(input),
    }
}

/// complex_number: signed_real_number ('+' | '-') imaginary_number | signed_number
fn complex_number(input: Tokens<'_>) -> PResult<'_, Expr> {
    let (rest, real) = signed_number(input)?;
    let op = if rest.is_operator("+") {
        super::super::ast::Operator::Add
    } else if rest.is_operator("-") {
        super::super::ast::Operator::Sub
    } else {
        return Ok((rest, real));
    };
    if is_imaginary(&real) {
        return fail(input, "real number required in complex literal", real.span);
    }
    let (rest, imaginary) = number_literal(rest.advance(1))?;
    if !is_imaginary(&imaginary) {
        return fail(input, "imaginary number required in complex literal", imaginary.span);
    }
    let kind = ExprKind::BinOp { left: Box::new(real), op, right: Box::new(imaginary) };
    Ok((rest, Expr::new(kind, input.span_to(rest))))
}

fn is_imaginary(value: &Expr) -> bool {
    match &value.kind {
        ExprKind::Constant(Constant::Imaginary(_)) => true,
        ExprKind::UnaryOp { operand, .. } => is_imaginary(operand),
        _ => false,
    }
}

/// signed_number: NUMBER | '-' NUMBER
fn signed_number(input: Tokens<'_>) -> PResult<'_, Expr> {
    if !input.is_operator("-") {
        return number_literal(input);
    }
    let (rest, operand) = number_literal(input.advance(1))?;
    let kind = ExprKind::UnaryOp {
        op: super::super::ast::UnaryOperator::USub,
        operand: Box::new(operand),
    };
    Ok((rest, Expr::new(kind, input.span_to(rest))))
}

/// NUMBER
fn number_literal(input: Tokens<'_>) -> PResult<'_, Expr> {
    match input.first() {
        Some(token) if token.kind == TokenKind::Number => {
            match super::strings::number(token.text, token.span) {
                Ok(value) => Ok((input.advance(1), Expr::new(ExprKind::Constant(value), token.span))),
                Err(error) => fail(input, error.message, error.span),
            }
        }
        _ => mismatch(input),
    }
}

/// The span of a list of patterns, for "positional patterns follow keyword patterns".
pub fn patterns_span(patterns: &[Pattern]) -> Option<Span> {
    let first = patterns.first()?;
    let last = patterns.last()?;
    Some(first.span.cover(last.span))
}
