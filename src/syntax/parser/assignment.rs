//! Statements that start with an expression: expression statements, assignments
//! (chained and unpacking), augmented assignments and annotated assignments.

use super::super::ast::{
    Constant, Expr, ExprContext, ExprKind, Operator, Stmt, StmtKind, UnaryOperator,
};
use super::super::token::TokenKind;
use super::expressions::{expression, star_expressions, yield_expr};
use super::targets::{describe, target_error, with_context};
use super::{fail, mismatch, probe, PResult, Tokens};

/// yield_expr | star_expressions: what may stand right of `=`.
fn assigned_value(input: Tokens<'_>) -> PResult<'_, Expr> {
    if input.is_keyword("yield") {
        return yield_expr(input);
    }
    star_expressions(input)
}

fn augmented_operator(input: Tokens<'_>) -> Option<Operator> {
    let token = input.first().filter(|t| t.kind == TokenKind::Operator)?;
    let op = match token.text {
        "+=" => Operator::Add,
        "-=" => Operator::Sub,
        "*=" => Operator::Mult,
        "@=" => Operator::MatMult,
        "/=" => Operator::Div,
        "%=" => Operator::Mod,
        "&=" => Operator::BitAnd,
        "|=" => Operator::BitOr,
        "^=" => Operator::BitXor,
        "<<=" => Operator::LShift,
        ">>=" => Operator::RShift,
        "**=" => Operator::Pow,
        "//=" => Operator::FloorDiv,
        _ => return None,
    };
    Some(op)
}

/// assignment | star_expressions, decided by what follows the first expression.
pub fn expression_statement(input: Tokens<'_>) -> PResult<'_, Stmt> {
    let (rest, first) = assigned_value(input)?;
    legacy_print(input, rest, &first)?;
    let (rest, kind) = if rest.is_operator("=") {
        assignment(rest, first)?
    } else if rest.is_operator(":") {
        annotated_assignment(input, rest, first)?
    } else if let Some(op) = augmented_operator(rest) {
        augmented_assignment(rest, first, op)?
    } else {
        (rest, StmtKind::Expr(first))
    };
    Ok((rest, Stmt::new(kind, input.span_to(rest))))
}

/// invalid_legacy_expression: NAME !'(' star_expressions — `print x` in Python 2 style.
fn legacy_print<'a>(
    input: Tokens<'a>,
    rest: Tokens<'a>,
    first: &Expr,
) -> Result<(), nom::Err<super::ParseFailure>> {
    let ExprKind::Name { id, .. } = &first.kind else { return Ok(()) };
    if id != "print" && id != "exec" {
        return Ok(());
    }
    let starts_expression =
        matches!(rest.kind(), TokenKind::Name | TokenKind::Number | TokenKind::String);
    if !starts_expression {
        return Ok(());
    }
    if let Some((after, _)) = probe(rest, star_expressions) {
        let message = format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
        return fail(after, message, input.span_to(after)).map(|_: (Tokens<'a>, ())| ());
    }
    Ok(())
}

/// assignment: (star_targets '=')+ (yield_expr | star_expressions)
fn assignment(mut rest: Tokens<'_>, first: Expr) -> PResult<'_, StmtKind> {
    let mut chain = vec![first];
    while rest.is_operator("=") {
        let (next, value) = assigned_value(rest.advance(1))?;
        chain.push(value);
        rest = next;
    }
    let Some(value) = chain.pop() else { return fail(rest, "invalid syntax", rest.span()) };
    let single = chain.len() == 1 && starts_with_operand(&value);
    let mut targets = Vec::with_capacity(chain.len());
    for target in chain {
        check_assignment_target(rest, &target, single)?;
        targets.push(with_context(target, ExprContext::Store));
    }
    Ok((rest, StmtKind::Assign { targets, value }))
}

fn check_assignment_target<'a>(
    rest: Tokens<'a>,
    target: &Expr,
    single: bool,
) -> Result<(), nom::Err<super::ParseFailure>> {
    let error = |message: String, span| fail(rest, message, span).map(|_: (Tokens<'a>, ())| ());
    if matches!(target.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
        return error("assignment to yield expression not possible".into(), target.span);
    }
    if let Some((message, span)) = target_error(target, ExprContext::Store) {
        if single && could_be_compared(target) {
            return error(format!("{message} here. Maybe you meant '==' instead of '='?"), span);
        }
        return error(message, span);
    }
    match &target.kind {
        ExprKind::Starred { .. } => {
            error("starred assignment target must be in a list or tuple".into(), target.span)
        }
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. }
            if elts.iter().filter(|e| matches!(e.kind, ExprKind::Starred { .. })).count() > 1 =>
        {
            error("multiple starred expressions in assignment".into(), target.span)
        }
        _ => Ok(()),
    }
}

/// Whether the value's first token can begin a `bitwise_or`, which CPython's '=='
/// hint requires of the right-hand side (`lambda`, `not`, `*` and `yield` cannot).
fn starts_with_operand(value: &Expr) -> bool {
    match &value.kind {
        ExprKind::Lambda { .. }
        | ExprKind::UnaryOp { op: UnaryOperator::Not, .. }
        | ExprKind::Starred { .. }
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_) => false,
        ExprKind::Tuple { elts, .. } => elts.first().is_none_or(starts_with_operand),
        ExprKind::BoolOp { values, .. } => values.first().is_none_or(starts_with_operand),
        ExprKind::Compare { left, .. } | ExprKind::BinOp { left, .. } => starts_with_operand(left),
        ExprKind::IfExp { body, .. } => starts_with_operand(body),
        _ => true,
    }
}

/// invalid_named_expression: CPython suggests '==' for `target = value` only when the
/// target could be an operand of a comparison (a `bitwise_or`) and is not a display,
/// `True`, `False` or `None`.
fn could_be_compared(target: &Expr) -> bool {
    !matches!(
        target.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::UnaryOp { op: UnaryOperator::Not, .. }
            | ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::Constant(Constant::Bool(_) | Constant::None)
    )
}

/// annotated_rhs assignment: single_target ':' expression ['=' annotated_rhs]
fn annotated_assignment<'a>(
    input: Tokens<'a>,
    rest: Tokens<'a>,
    target: Expr,
) -> PResult<'a, StmtKind> {
    let message = match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple { .. } => Some("only single target (not tuple) can be annotated"),
        ExprKind::List { .. } => Some("only single target (not list) can be annotated"),
        _ => Some("illegal target for annotation"),
    };
    // CPython names a bad annotation target only when an annotation follows.
    if message.is_some() && probe(rest.advance(1), expression).is_none() {
        return mismatch(rest);
    }
    if let Some(message) = message {
        // An unparenthesised tuple is reported at its first element.
        let span = match &target.kind {
            ExprKind::Tuple { elts, .. } if !input.is_operator("(") => {
                elts.first().map_or(target.span, |first| first.span)
            }
            _ => target.span,
        };
        return fail(rest, message, span);
    }
    let simple = matches!(target.kind, ExprKind::Name { .. }) && !input.is_operator("(");
    let (rest, annotation) = expression(rest.advance(1))?;
    let (rest, value) = if rest.is_operator("=") {
        let (rest, value) = assigned_value(rest.advance(1))?;
        (rest, Some(value))
    } else {
        (rest, None)
    };
    let target = with_context(target, ExprContext::Store);
    Ok((rest, StmtKind::AnnAssign { target, annotation, value, simple }))
}

/// single_target augassign ~ (yield_expr | star_expressions)
fn augmented_assignment(rest: Tokens<'_>, target: Expr, op: Operator) -> PResult<'_, StmtKind> {
    if !matches!(
        target.kind,
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        let message =
            format!("'{}' is an illegal expression for augmented assignment", describe(&target));
        return fail(rest, message, target.span);
    }
    let (rest, value) = assigned_value(rest.advance(1))?;
    let target = with_context(target, ExprContext::Store);
    Ok((rest, StmtKind::AugAssign { target, op, value }))
}
