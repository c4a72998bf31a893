//! Expressions, from the loosest binding (`star_expressions`) down to `factor`, one
//! function per precedence level as in CPython's grammar.

use super::super::ast::{
    BoolOperator, CmpOperator, Expr, ExprContext, ExprKind, Operator, UnaryOperator,
};
use super::atoms::primary;
use super::terminals::kw;
use super::{
    check_depth, fail, mismatch, nested, nested_by, probe, PResult, Tokens, CHAIN_COST, LAMBDA_COST,
};
use nom::Parser;

fn boxed(expr: Expr) -> Box<Expr> {
    Box::new(expr)
}

/// star_expressions: star_expression (',' star_expression)* [',']
pub fn star_expressions(input: Tokens<'_>) -> PResult<'_, Expr> {
    sequence_or_single(input, star_expression)
}

/// A comma-separated sequence is a Tuple (Load); a single item without a comma is itself.
pub fn sequence_or_single<'a>(
    input: Tokens<'a>,
    item: fn(Tokens<'a>) -> PResult<'a, Expr>,
) -> PResult<'a, Expr> {
    let (mut rest, first) = item(input)?;
    if !rest.is_operator(",") {
        return Ok((rest, first));
    }
    let mut elts = vec![first];
    while rest.is_operator(",") {
        let after_comma = rest.advance(1);
        rest = after_comma;
        match item(after_comma) {
            Ok((next, elt)) => {
                elts.push(elt);
                rest = next;
            }
            Err(nom::Err::Error(_)) => break,
            Err(failure) => return Err(failure),
        }
    }
    let span = input.span_to(rest);
    Ok((rest, Expr::new(ExprKind::Tuple { elts, ctx: ExprContext::Load }, span)))
}

/// star_expression: '*' bitwise_or | expression
pub fn star_expression(input: Tokens<'_>) -> PResult<'_, Expr> {
    if input.is_operator("*") {
        let (rest, value) = bitwise_or(input.advance(1))?;
        let span = input.span_to(rest);
        return Ok((
            rest,
            Expr::new(ExprKind::Starred { value: boxed(value), ctx: ExprContext::Load }, span),
        ));
    }
    expression(input)
}

/// star_named_expression: '*' bitwise_or | named_expression
pub fn star_named_expression(input: Tokens<'_>) -> PResult<'_, Expr> {
    if input.is_operator("*") {
        return star_expression(input);
    }
    named_expression(input)
}

/// named_expression: NAME ':=' ~ expression | expression !':='
pub fn named_expression(input: Tokens<'_>) -> PResult<'_, Expr> {
    let (rest, target) = expression(input)?;
    if rest.is_operator("=") && matches!(target.kind, ExprKind::Name { .. }) {
        return equals_instead_of_comparison(rest, target);
    }
    if !rest.is_operator(":=") {
        return Ok((rest, target));
    }
    if !matches!(target.kind, ExprKind::Name { .. }) {
        let what = super::targets::describe(&target);
        return fail(rest, format!("cannot use assignment expressions with {what}"), target.span);
    }
    let (rest, value) = nom::combinator::cut(expression).parse(rest.advance(1))?;
    let span = input.span_to(rest);
    let target = super::targets::with_context(target, ExprContext::Store);
    Ok((rest, Expr::new(ExprKind::NamedExpr { target: boxed(target), value: boxed(value) }, span)))
}

/// invalid_named_expression: NAME '=' bitwise_or !('=' | ':=') — `if x = 1:` meant a
/// comparison or a walrus.
fn equals_instead_of_comparison<'a>(rest: Tokens<'a>, target: Expr) -> PResult<'a, Expr> {
    let Some((after, value)) = probe(rest.advance(1), bitwise_or) else {
        return Ok((rest, target));
    };
    after.mark_fetched();
    if after.is_operator("=") || after.is_operator(":=") {
        return Ok((rest, target));
    }
    let message = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
    fail(after, message, target.span.cover(value.span))
}

/// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
pub fn expression(input: Tokens<'_>) -> PResult<'_, Expr> {
    nested(input, expression_body)
}

fn expression_body(input: Tokens<'_>) -> PResult<'_, Expr> {
    if input.is_keyword("lambda") {
        return nested_by(input, LAMBDA_COST - 1, super::arguments::lambdef);
    }
    let (rest, body) = disjunction(input)?;
    if !rest.is_keyword("if") {
        return Ok((rest, body));
    }
    let (after_test, test) = disjunction(rest.advance(1))?;
    // invalid_expression: `a if b` not followed by 'else' (nor by ':', which is some
    // other mistake).
    if after_test.is_operator(":") {
        return mismatch(after_test);
    }
    if !after_test.is_keyword("else") {
        let span = input.span_to(after_test);
        return fail(after_test, "expected 'else' after 'if' expression", span);
    }
    let (rest, orelse) = nested_by(after_test.advance(1), CHAIN_COST - 1, expression)?;
    let span = input.span_to(rest);
    let kind = ExprKind::IfExp { test: boxed(test), body: boxed(body), orelse: boxed(orelse) };
    Ok((rest, Expr::new(kind, span)))
}

/// disjunction: conjunction ('or' conjunction)+ | conjunction
pub fn disjunction(input: Tokens<'_>) -> PResult<'_, Expr> {
    bool_operation(input, "or", BoolOperator::Or, conjunction)
}

/// conjunction: inversion ('and' inversion)+ | inversion
fn conjunction(input: Tokens<'_>) -> PResult<'_, Expr> {
    bool_operation(input, "and", BoolOperator::And, inversion)
}

/// `a or b or c` is one BoolOp with three values.
fn bool_operation<'a>(
    input: Tokens<'a>,
    word: &'static str,
    op: BoolOperator,
    operand: fn(Tokens<'a>) -> PResult<'a, Expr>,
) -> PResult<'a, Expr> {
    let (mut rest, first) = operand(input)?;
    if !rest.is_keyword(word) {
        return Ok((rest, first));
    }
    let mut values = vec![first];
    while rest.is_keyword(word) {
        let (next, value) = operand(rest.advance(1))?;
        values.push(value);
        rest = next;
    }
    Ok((rest, Expr::new(ExprKind::BoolOp { op, values }, input.span_to(rest))))
}

/// inversion: 'not' inversion | comparison
fn inversion(input: Tokens<'_>) -> PResult<'_, Expr> {
    nested(input, inversion_body)
}

fn inversion_body(input: Tokens<'_>) -> PResult<'_, Expr> {
    if !input.is_keyword("not") {
        return comparison(input);
    }
    let (rest, operand) = inversion(input.advance(1))?;
    let kind = ExprKind::UnaryOp { op: UnaryOperator::Not, operand: boxed(operand) };
    Ok((rest, Expr::new(kind, input.span_to(rest))))
}

/// compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
fn compare_op(input: Tokens<'_>) -> PResult<'_, CmpOperator> {
    let Some(token) = input.first() else { return mismatch(input) };
    let next = input.peek(1);
    let (op, width) = match (token.text, token.kind) {
        ("==", _) => (CmpOperator::Eq, 1),
        ("!=", _) => (CmpOperator::NotEq, 1),
        ("<=", _) => (CmpOperator::LtE, 1),
        ("<", _) => (CmpOperator::Lt, 1),
        (">=", _) => (CmpOperator::GtE, 1),
        (">", _) => (CmpOperator::Gt, 1),
        ("in", super::super::token::TokenKind::Keyword) => (CmpOperator::In, 1),
        ("not", _) if next.is_some_and(|t| t.is_keyword("in")) => (CmpOperator::NotIn, 2),
        ("is", super::super::token::TokenKind::Keyword)
            if next.is_some_and(|t| t.is_keyword("not")) =>
        {
            (CmpOperator::IsNot, 2)
        }
        ("is", super::super::token::TokenKind::Keyword) => (CmpOperator::Is, 1),
        _ => return mismatch(input),
    };
    if token.kind == super::super::token::TokenKind::String {
        return mismatch(input);
    }
    Ok((input.advance(width), op))
}

/// comparison: bitwise_or (compare_op bitwise_or)+ | bitwise_or
fn comparison(input: Tokens<'_>) -> PResult<'_, Expr> {
    let (mut rest, left) = bitwise_or(input)?;
    let mut ops = Vec::new();
    let mut comparators = Vec::new();
    while let Ok((after_op, cmp)) = compare_op(rest) {
        let (next, right) = bitwise_or(after_op)?;
        ops.push(cmp);
        comparators.push(right);
        rest = next;
    }
    if ops.is_empty() {
        return Ok((rest, left));
    }
    let kind = ExprKind::Compare { left: boxed(left), ops, comparators };
    Ok((rest, Expr::new(kind, input.span_to(rest))))
}

/// Left-associative binary operators of one precedence level.
fn binary_level<'a>(
    input: Tokens<'a>,
    operators: &[(&str, Operator)],
    operand: fn(Tokens<'a>) -> PResult<'a, Expr>,
) -> PResult<'a, Expr> {
    let (mut rest, mut left) = operand(input)?;
    let mut chain = 0;
    loop {
        let Some(&(_, op)) = operators.iter().find(|(symbol, _)| rest.is_operator(symbol)) else {
            return Ok((rest, left));
        };
        chain += 1;
        check_depth(rest, chain)?;
        let (next, right) = operand(rest.advance(1))?;
        let span = input.span_to(next);
        left = Expr::new(ExprKind::BinOp { left: boxed(left), op, right: boxed(right) }, span);
        rest = next;
    }
}

/// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
pub fn bitwise_or(input: Tokens<'_>) -> PResult<'_, Expr> {
    binary_level(input, &[("|", Operator::BitOr)], bitwise_xor)
}

/// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
fn bitwise_xor(input: Tokens<'_>) -> PResult<'_, Expr> {
    binary_level(input, &[("^", Operator::BitXor)], bitwise_and)
}

/// bitwise_and: bitwise_and '&' shift_expr | shift_expr
fn bitwise_and(input: Tokens<'_>) -> PResult<'_, Expr> {
    binary_level(input, &[("&", Operator::BitAnd)], shift_expr)
}

/// shift_expr: shift_expr ('<<' | '>>') sum | sum
fn shift_expr(input: Tokens<'_>) -> PResult<'_, Expr> {
    binary_level(input, &[("<<", Operator::LShift), (">>", Operator::RShift)], sum)
}

/// sum: sum ('+' | '-') term | term
fn sum(input: Tokens<'_>) -> PResult<'_, Expr> {
    binary_level(input, &[("+", Operator::Add), ("-", Operator::Sub)], term)
}

/// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
fn term(input: Tokens<'_>) -> PResult<'_, Expr> {
    let operators = [
        ("*", Operator::Mult),
        ("/", Operator::Div),
        ("//", Operator::FloorDiv),
        ("%", Operator::Mod),
        ("@", Operator::MatMult),
    ];
    binary_level(input, &operators, factor)
}

/// factor: ('+' | '-' | '~') factor | power
fn factor(input: Tokens<'_>) -> PResult<'_, Expr> {
    nested(input, factor_body)
}

fn factor_body(input: Tokens<'_>) -> PResult<'_, Expr> {
    let op = match input.first().map(|t| (t.kind, t.text)) {
        Some((super::super::token::TokenKind::Operator, "+")) => UnaryOperator::UAdd,
        Some((super::super::token::TokenKind::Operator, "-")) => UnaryOperator::USub,
        Some((super::super::token::TokenKind::Operator, "~")) => UnaryOperator::Invert,
        _ => return power(input),
    };
    let (rest, operand) = factor(input.advance(1))?;
    let kind = ExprKind::UnaryOp { op, operand: boxed(operand) };
    Ok((rest, Expr::new(kind, input.span_to(rest))))
}

/// power: await_primary '**' factor | await_primary
fn power(input: Tokens<'_>) -> PResult<'_, Expr> {
    let (rest, base) = await_primary(input)?;
    if !rest.is_operator("**") {
        return Ok((rest, base));
    }
    let (rest, exponent) = factor(rest.advance(1))?;
    let kind = ExprKind::BinOp { left: boxed(base), op: Operator::Pow, right: boxed(exponent) };
    Ok((rest, Expr::new(kind, input.span_to(rest))))
}

/// await_primary: AWAIT primary | primary
fn await_primary(input: Tokens<'_>) -> PResult<'_, Expr> {
    if !input.is_keyword("await") {
        return primary(input);
    }
    let (rest, value) = primary(input.advance(1))?;
    Ok((rest, Expr::new(ExprKind::Await(boxed(value)), input.span_to(rest))))
}

/// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
pub fn yield_expr(input: Tokens<'_>) -> PResult<'_, Expr> {
    let (rest, _) = kw("yield")(input)?;
    if rest.is_keyword("from") {
        let (rest, value) = expression(rest.advance(1))?;
        return Ok((rest, Expr::new(ExprKind::YieldFrom(boxed(value)), input.span_to(rest))));
    }
    match star_expressions(rest) {
        Ok((after, value)) => {
            Ok((after, Expr::new(ExprKind::Yield(Some(boxed(value))), input.span_to(after))))
        }
        Err(nom::Err::Error(_)) => {
            Ok((rest, Expr::new(ExprKind::Yield(None), input.span_to(rest))))
        }
        Err(failure) => Err(failure),
    }
}

/// `except A, B:` is not Python 3; a tuple of exceptions needs parentheses, so an
/// except clause's expression is never extended into a tuple here.
pub fn sequence_tail<'a>(_start: Tokens<'a>, rest: Tokens<'a>, first: Expr) -> PResult<'a, Expr> {
    Ok((rest, first))
}
