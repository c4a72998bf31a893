//! Assignment, augmented assignment and `del` targets, unpacking included.

use super::{Compiled, Compiler};
use crate::runtime::code::Instr;
use crate::syntax::ast::{Expr, ExprKind, Operator};

impl<'a> Compiler<'a> {
    /// Stores the value on top of the stack into `target`.
    pub(super) fn compile_store(&mut self, target: &Expr) -> Compiled {
        let saved = self.enter(target.span);
        let result = self.compile_store_kind(target);
        self.leave(saved);
        result
    }

    fn compile_store_kind(&mut self, target: &Expr) -> Compiled {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.store_name(id);
                Ok(())
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let name = self.attribute_name(&attr.name);
                self.emit(Instr::StoreAttr(name));
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit_with_operands(Instr::StoreSubscr, value.span.end, slice.span.end);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.compile_unpack(elts, target)
            }
            ExprKind::Starred { value, .. } => self.compile_store(value),
            _ => Err(self.syntax_error("cannot assign to expression", target.span)),
        }
    }

    /// `a, *rest, b = value`: one starred target at most takes the middle as a list.
    fn compile_unpack(&mut self, elts: &[Expr], target: &Expr) -> Compiled {
        let starred: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, ExprKind::Starred { .. }))
            .map(|(i, _)| i)
            .collect();
        match starred.as_slice() {
            [] => {
                self.emit(Instr::UnpackSequence(elts.len() as u32));
            }
            [index] => {
                let after = elts.len() - index - 1;
                self.emit(Instr::UnpackEx(*index as u32, after as u32));
            }
            _ => {
                return Err(
                    self.syntax_error("multiple starred expressions in assignment", target.span)
                )
            }
        }
        elts.iter().try_for_each(|elt| self.compile_store(elt))
    }

    pub(super) fn compile_delete(&mut self, target: &Expr) -> Compiled {
        let saved = self.enter(target.span);
        let result = match &target.kind {
            ExprKind::Name { id, .. } => {
                self.delete_name(id);
                Ok(())
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let name = self.attribute_name(&attr.name);
                self.emit(Instr::DeleteAttr(name));
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit_with_operands(Instr::DeleteSubscr, value.span.end, slice.span.end);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|e| self.compile_delete(e))
            }
            _ => Err(self.syntax_error("cannot delete expression", target.span)),
        };
        self.leave(saved);
        result
    }

    /// `target op= value`: the target's container and key are evaluated once.
    pub(super) fn compile_aug_assign(
        &mut self,
        target: &Expr,
        op: Operator,
        value: &Expr,
    ) -> Compiled {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                let saved = self.enter(target.span);
                self.load_name(id);
                self.leave(saved);
                self.compile_expr(value)?;
                self.emit_inplace(op);
                self.store_name(id);
            }
            ExprKind::Attribute {
                value: object,
                attr,
                ..
            } => {
                self.compile_expr(object)?;
                self.emit(Instr::Copy(1));
                let name = self.attribute_name(&attr.name);
                self.emit(Instr::LoadAttr(name));
                self.compile_expr(value)?;
                self.emit_inplace(op);
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(name));
            }
            ExprKind::Subscript {
                value: object,
                slice,
                ..
            } => {
                self.compile_expr(object)?;
                self.compile_expr(slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.compile_expr(value)?;
                self.emit_inplace(op);
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            _ => {
                return Err(self.syntax_error(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    /// The operation keeps the statement's span: CPython draws no `~^~` anchors for an
    /// augmented assignment.
    fn emit_inplace(&mut self, op: Operator) {
        self.emit(Instr::InplaceOp(op));
    }
}
