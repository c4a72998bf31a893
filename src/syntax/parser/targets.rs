//! Assignment and deletion targets: setting Store/Del context the way CPython does, and
//! the messages for what cannot be assigned to or deleted.

use super::super::ast::{Constant, Expr, ExprContext, ExprKind};
use super::super::span::Span;
use super::atoms::primary;
use super::{fail, PResult, Tokens};

/// What CPython calls an expression in "cannot assign to ..." messages.
pub fn describe(expr: &Expr) -> &'static str {
    match &expr.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first part of `expr` that cannot be bound (Store) or deleted (Del).
pub fn invalid_target(expr: &Expr, ctx: ExprContext) -> Option<&Expr> {
    match &expr.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } if ctx == ExprContext::Store => invalid_target(value, ctx),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|elt| invalid_target(elt, ctx))
        }
        _ => Some(expr),
    }
}

/// The error CPython gives for a bad target, with its span.
pub fn target_error(expr: &Expr, ctx: ExprContext) -> Option<(String, Span)> {
    let bad = invalid_target(expr, ctx)?;
    let verb = if ctx == ExprContext::Del { "delete" } else { "assign to" };
    Some((format!("cannot {verb} {}", describe(bad)), bad.span))
}

/// Rewrites the context of a target and everything it unpacks into.
pub fn with_context(mut expr: Expr, ctx: ExprContext) -> Expr {
    match &mut expr.kind {
        ExprKind::Name { ctx: c, .. }
        | ExprKind::Attribute { ctx: c, .. }
        | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { value, ctx: c } => {
            *c = ctx;
            let inner = std::mem::replace(
                value.as_mut(),
                Expr::new(ExprKind::Constant(Constant::None), Span::default()),
            );
            **value = with_context(inner, ctx);
        }
        ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
            *c = ctx;
            let taken = std::mem::take(elts);
            *elts = taken.into_iter().map(|elt| with_context(elt, ctx)).collect();
        }
        _ => {}
    }
    expr
}

/// Checks a target and gives it Store or Del context, or fails with CPython's message.
pub fn into_target<'a>(rest: Tokens<'a>, expr: Expr, ctx: ExprContext) -> PResult<'a, Expr> {
    if let Some((message, span)) = target_error(&expr, ctx) {
        return fail(rest, message, span);
    }
    Ok((rest, with_context(expr, ctx)))
}

/// star_target: '*' star_target | target_with_star_atom
fn star_target(input: Tokens<'_>) -> PResult<'_, Expr> {
    if !input.is_operator("*") {
        return primary(input);
    }
    let (rest, value) = star_target(input.advance(1))?;
    let kind = ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load };
    Ok((rest, Expr::new(kind, input.span_to(rest))))
}

/// star_targets: star_target !',' | star_target (',' star_target)* [',']
/// The targets of `for` and comprehensions, which stop before `in`.
pub fn star_targets(input: Tokens<'_>) -> PResult<'_, Expr> {
    let (rest, targets) = super::expressions::sequence_or_single(input, star_target)?;
    into_target(rest, targets, ExprContext::Store)
}
