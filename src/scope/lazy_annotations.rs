//! Under `from __future__ import annotations` an annotation is kept as a string and
//! binds or reads nothing, but CPython's symtable still refuses in it what only makes
//! sense when it runs: `yield` and the walrus.

use super::operands::{operands, DictOrder};
use crate::syntax::ast::{Comprehension, Expr, ExprKind};
use crate::syntax::SyntaxError;

/// CPython's `symtable_raise_if_annotation_block`, over one lazy annotation. A lambda
/// in the annotation is a scope of its own, where both are allowed; a comprehension's
/// first iterable still belongs to the annotation.
pub(super) fn check_lazy_annotation(expr: &Expr) -> Result<(), SyntaxError> {
    let refused = match &expr.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Some("yield expression"),
        ExprKind::NamedExpr { .. } => Some("named expression"),
        _ => None,
    };
    if let Some(what) = refused {
        let message = format!("'{what}' can not be used within an annotation");
        return Err(SyntaxError::syntax(message, expr.span));
    }
    match &expr.kind {
        ExprKind::Lambda { .. } => Ok(()),
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. } => first_iterable(generators),
        _ => operands(expr, DictOrder::KeysThenValues)
            .into_iter()
            .try_for_each(check_lazy_annotation),
    }
}

fn first_iterable(generators: &[Comprehension]) -> Result<(), SyntaxError> {
    generators
        .first()
        .map_or(Ok(()), |outermost| check_lazy_annotation(&outermost.iter))
}
