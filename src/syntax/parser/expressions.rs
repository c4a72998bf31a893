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
    if !rest.is_operator("=") && !rest.is_operator(":=") {
        return Ok((rest, target));
    }
    assignment_expression(input, rest, target)
}

/// The `:=` (or mistaken `=`) after `target`. Out of line, so that the frame every
/// nested bracket passes through stays small.
#[inline(never)]
fn assignment_expression<'a>(
    input: Tokens<'a>,
    rest: Tokens<'a>,
    target: Expr,
) -> PResult<'a, Expr> {
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
        return lambda(input);
    }
    let (rest, body) = disjunction(input)?;
    if !rest.is_keyword("if") {
        return Ok((rest, body));
    }
    conditional(input, rest, body)
}

/// lambdef, costed as the function body it compiles to.
#[inline(never)]
fn lambda(input: Tokens<'_>) -> PResult<'_, Expr> {
    nested_by(input, LAMBDA_COST - 1, super::arguments::lambdef)
}

/// `body if test else orelse`, from the `if` on. Out of line, as every rule's
/// continuation after the operand it recurses into is, so that the frame each
/// nested bracket passes through stays small.
#[inline(never)]
fn conditional<'a>(input: Tokens<'a>, rest: Tokens<'a>, body: Expr) -> PResult<'a, Expr> {
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
/// conjunction: inversion ('and' inversion)+ | inversion
///
/// Both levels in one frame: `a and b or c` is `Or[And[a, b], c]`, and a bracket
/// nested inside re-enters this rule once instead of twice (see [`binary_operations`]).
pub fn disjunction(input: Tokens<'_>) -> PResult<'_, Expr> {
    let mut alternatives = Vec::new();
    let mut group_start = input;
    let mut group = Vec::new();
    let mut rest = input;
    loop {
        let (next, operand) = inversion(rest)?;
        group.push(operand);
        rest = next;
        if rest.is_keyword("and") {
            rest = rest.advance(1);
            continue;
        }
        alternatives.push(bool_group(group_start, rest, BoolOperator::And, group));
        if !rest.is_keyword("or") {
            break;
        }
        rest = rest.advance(1);
        group_start = rest;
        group = Vec::new();
    }
    Ok((rest, bool_group(input, rest, BoolOperator::Or, alternatives)))
}

/// `a or b or c` is one BoolOp with three values; a single value is itself.
fn bool_group(start: Tokens<'_>, end: Tokens<'_>, op: BoolOperator, mut values: Vec<Expr>) -> Expr {
    if values.len() == 1 {
        if let Some(value) = values.pop() {
            return value;
        }
    }
    Expr::new(ExprKind::BoolOp { op, values }, start.span_to(end))
}

/// inversion: 'not' inversion | comparison
fn inversion(input: Tokens<'_>) -> PResult<'_, Expr> {
    nested(input, inversion_body)
}

fn inversion_body(input: Tokens<'_>) -> PResult<'_, Expr> {
    if !input.is_keyword("not") {
        return comparison(input);
    }
    negation(input)
}

/// `not x`.
#[inline(never)]
fn negation(input: Tokens<'_>) -> PResult<'_, Expr> {
    let (rest, operand) = inversion(input.advance(1))?;
    let kind = ExprKind::UnaryOp { op: UnaryOperator::Not, operand: boxed(operand) };
    Ok((rest, Expr::new(kind, input.span_to(rest))))
}

/// compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
fn compare_op(input: Tokens<'_>) -> PResult<'_, CmpOperator> {
    let Some(token) = input.first() else {
        return mismatch(input);
    };
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
    let (rest, left) = bitwise_or(input)?;
    if compare_op(rest).is_err() {
        return Ok((rest, left));
    }
    comparisons(input, rest, left)
}

/// The `op right` pairs after a comparison's left operand.
#[inline(never)]
fn comparisons<'a>(input: Tokens<'a>, mut rest: Tokens<'a>, left: Expr) -> PResult<'a, Expr> {
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

/// The left-associative binary operators, loosest first, with their precedence:
/// CPython's grammar gives each level a rule of its own, from `bitwise_or` down to
/// `term`.
const BINARY_OPERATORS: [(&str, Operator, u8); 12] = [
    ("|", Operator::BitOr, 1),
    ("^", Operator::BitXor, 2),
    ("&", Operator::BitAnd, 3),
    ("<<", Operator::LShift, 4),
    (">>", Operator::RShift, 4),
    ("+", Operator::Add, 5),
    ("-", Operator::Sub, 5),
    ("*", Operator::Mult, 6),
    ("/", Operator::Div, 6),
    ("//", Operator::FloorDiv, 6),
    ("%", Operator::Mod, 6),
    ("@", Operator::MatMult, 6),
];

/// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor, and so on down to
/// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
pub fn bitwise_or(input: Tokens<'_>) -> PResult<'_, Expr> {
    binary_operations(input, 1)
}

/// The binary operators binding at least as tightly as `min_precedence`, by
/// precedence climbing. It builds the tree the six grammar rules build, but a
/// bracket inside an operand re-enters one frame here instead of six, which is what
/// lets 200 nested brackets (CPython's limit) parse on WebAssembly's stack.
fn binary_operations(input: Tokens<'_>, min_precedence: u8) -> PResult<'_, Expr> {
    let (mut rest, mut left) = factor(input)?;
    let mut chain = 0;
    while let Some((op, precedence)) = binary_operator(rest, min_precedence) {
        chain += 1;
        check_depth(rest, chain)?;
        let (next, right) = binary_operations(rest.advance(1), precedence + 1)?;
        let span = input.span_to(next);
        left = Expr::new(ExprKind::BinOp { left: boxed(left), op, right: boxed(right) }, span);
        rest = next;
    }
    Ok((rest, left))
}

/// The binary operator `input` starts with, if it binds at least as tightly as
/// `min_precedence`.
fn binary_operator(input: Tokens<'_>, min_precedence: u8) -> Option<(Operator, u8)> {
    BINARY_OPERATORS
        .iter()
        .find(|(symbol, _, _)| input.is_operator(symbol))
        .filter(|(_, _, precedence)| *precedence >= min_precedence)
        .map(|&(_, op, precedence)| (op, precedence))
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
    unary_operation(input, op)
}

/// `-x`, `+x` or `~x`.
#[inline(never)]
fn unary_operation(input: Tokens<'_>, op: UnaryOperator) -> PResult<'_, Expr> {
    let (rest, operand) = factor(input.advance(1))?;
    let kind = ExprKind::UnaryOp { op, operand: boxed(operand) };
    Ok((rest, Expr::new(kind, input.span_to(rest))))
}

/// power: await_primary '**' factor | await_primary
#[inline(never)]
fn power(input: Tokens<'_>) -> PResult<'_, Expr> {
    let (rest, base) = await_primary(input)?;
    if !rest.is_operator("**") {
        return Ok((rest, base));
    }
    exponentiation(input, rest, base)
}

/// `base ** exponent`, from the `**` on.
#[inline(never)]
fn exponentiation<'a>(input: Tokens<'a>, rest: Tokens<'a>, base: Expr) -> PResult<'a, Expr> {
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
