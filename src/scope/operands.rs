//! The sub-expressions of an expression that opens no scope and binds nothing itself,
//! in the order they are evaluated: what both passes walk the same way.

use crate::syntax::ast::{Expr, ExprKind};

/// The one place where the two passes disagree: the symtable visits a dict display's
/// keys before its values, while the compiler evaluates them pair by pair.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum DictOrder {
    KeysThenValues,
    Pairs,
}

/// The operands of `expr`, or nothing for names, constants, and the expressions that
/// open a scope or bind (lambda, comprehensions, walrus), which each pass handles itself.
pub(super) fn operands(expr: &Expr, dict_order: DictOrder) -> Vec<&Expr> {
    match &expr.kind {
        ExprKind::BoolOp { values: items, .. }
        | ExprKind::Set(items)
        | ExprKind::JoinedStr(items)
        | ExprKind::List { elts: items, .. }
        | ExprKind::Tuple { elts: items, .. } => items.iter().collect(),
        ExprKind::BinOp { left, right, .. } => vec![left, right],
        ExprKind::UnaryOp { operand: value, .. }
        | ExprKind::YieldFrom(value)
        | ExprKind::Await(value)
        | ExprKind::Attribute { value, .. }
        | ExprKind::Starred { value, .. } => vec![value],
        ExprKind::Yield(value) => value.iter().map(|value| &**value).collect(),
        ExprKind::IfExp { test, body, orelse } => vec![test, body, orelse],
        ExprKind::Dict { keys, values } => dict_operands(keys, values, dict_order),
        ExprKind::Compare {
            left, comparators, ..
        } => std::iter::once(&**left).chain(comparators).collect(),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let keywords = keywords.iter().map(|keyword| &keyword.value);
            std::iter::once(&**func)
                .chain(args)
                .chain(keywords)
                .collect()
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => std::iter::once(&**value)
            .chain(format_spec.as_deref())
            .collect(),
        ExprKind::Subscript { value, slice, .. } => vec![value, slice],
        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
            .into_iter()
            .flatten()
            .map(|part| &**part)
            .collect(),
        ExprKind::NamedExpr { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::Constant(_)
        | ExprKind::Name { .. } => Vec::new(),
    }
}

/// A `None` key is a `**mapping` entry: only its value is evaluated.
fn dict_operands<'a>(
    keys: &'a [Option<Expr>],
    values: &'a [Expr],
    order: DictOrder,
) -> Vec<&'a Expr> {
    match order {
        DictOrder::KeysThenValues => keys.iter().flatten().chain(values).collect(),
        DictOrder::Pairs => keys
            .iter()
            .zip(values)
            .flat_map(|(key, value)| key.iter().chain(std::iter::once(value)))
            .collect(),
    }
}
