//! The part of CPython's AST optimiser (`Python/ast_opt.c`) that decides where a display's
//! items run: a tuple of constants is one constant, and a list or set display of more than
//! two constants loads one folded tuple (`starunpack_helper`). Either way the items have no
//! instructions of their own, so a display written across several lines reports one `line`
//! event, at the display's first line, not one per item.

use super::{Compiled, Compiler};
use crate::runtime::code::Instr;
use crate::syntax::ast::{Constant, Expr, ExprKind, UnaryOperator};

/// Whether the optimiser turns `expr` into a constant: a literal, a tuple of such, or a sign
/// or `~` applied to a number (`fold_unaryop`, `fold_tuple`).
pub(super) fn folds_to_constant(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Constant(_) => true,
        ExprKind::Tuple { elts, .. } => elts.iter().all(folds_to_constant),
        ExprKind::UnaryOp { op, operand } => {
            let numeric = matches!(
                operand.kind,
                ExprKind::Constant(Constant::Int(_) | Constant::Float(_) | Constant::Imaginary(_))
            );
            numeric && !matches!(op, UnaryOperator::Not)
        }
        _ => false,
    }
}

/// Whether a display's items are folded into one constant: every tuple of constants, and a
/// list or set of more than two (`n > 2 && are_all_items_const`).
pub(super) fn display_is_folded(elts: &[Expr], is_tuple: bool) -> bool {
    (is_tuple || elts.len() > 2) && elts.iter().all(folds_to_constant)
}

impl<'a> Compiler<'a> {
    /// Compiles an item of a folded display at the display's own position: its loads stand
    /// for the one constant CPython would load there.
    pub(super) fn compile_folded_item(&mut self, expr: &Expr) -> Compiled {
        match &expr.kind {
            ExprKind::Constant(constant) => self.compile_constant(constant),
            ExprKind::Tuple { elts, .. } => {
                for elt in elts {
                    self.compile_folded_item(elt)?;
                }
                self.emit(Instr::BuildTuple(elts.len() as u32));
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                self.compile_folded_item(operand)?;
                self.emit(Instr::UnaryOp(*op));
                Ok(())
            }
            _ => self.compile_expr(expr),
        }
    }
}
