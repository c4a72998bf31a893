//! The handlers of `try: ... except* T: ...` (PEP 654), compiled as CPython 3.11's
//! `compiler_try_star_except` does.
//!
//! The handler entry finds the exception on the stack and keeps three values there:
//! the original exception, a list of what the handlers raised, and the part not
//! matched yet. Each handler splits that part (`CheckEgMatch`), runs at most once with
//! the matching subgroup, and adds whatever its body raised to the list; at the end
//! the unmatched rest joins the list and `ReraiseStar` raises their combination
//! (CPython's `_PyExc_PrepReraiseStar`), or nothing when all was handled.

use super::builder::{FrameBlock, Label};
use super::{Compiled, Compiler};
use crate::runtime::code::Instr;
use crate::syntax::ast::ExceptHandler;

impl<'a> Compiler<'a> {
    /// Every `except*` clause; the exception is on the stack, and `end` follows the
    /// whole `try`.
    pub(super) fn compile_star_handlers(
        &mut self,
        handlers: &[ExceptHandler],
        end: Label,
    ) -> Compiled {
        // [exc] -> [orig, raised, rest]
        self.unit.emit_lineless(Instr::Copy(1));
        self.unit.emit_lineless(Instr::BuildList(0));
        self.unit.emit_lineless(Instr::Swap(2));
        for handler in handlers {
            self.compile_star_handler(handler)?;
        }
        // The unmatched rest (or None) joins what the handlers raised.
        self.unit.emit_lineless(Instr::ListAppend(1));
        self.unit.emit_lineless(Instr::ReraiseStar);
        self.unit.emit_lineless(Instr::PopExcept);
        self.jump_lineless_to(end);
        Ok(())
    }

    /// One `except* T [as name]:` clause, with `[orig, raised, rest]` on the stack
    /// before and after it.
    fn compile_star_handler(&mut self, handler: &ExceptHandler) -> Compiled {
        let saved = self.enter(handler.span);
        let next = self.unit.new_label();
        let raised_in_body = self.unit.new_label();
        match &handler.type_ {
            Some(type_) => self.compile_expr(type_)?,
            // The parser gives every `except*` a type; None fails the match's check.
            None => self.load_constant(crate::runtime::value::Value::None),
        }
        // [orig, raised, rest] -> [orig, raised, rest', match], or a jump to `next`.
        self.unit.emit_jump(Instr::CheckEgMatch, next);
        let name = handler.name.as_ref().map(|n| n.name.to_string());
        match &name {
            Some(name) => self.store_name(name),
            None => {
                self.emit(Instr::PopTop);
            }
        }
        self.unit.emit_jump(Instr::SetupFinally, raised_in_body);
        self.unit.blocks.push(FrameBlock::HandlerBody {
            name: name.clone(),
            has_cleanup: true,
        });
        self.compile_body(&handler.body)?;
        self.unit.blocks.pop();
        self.unit.emit_lineless(Instr::PopBlock);
        self.clear_optional_name(name.as_deref());
        self.jump_lineless_to(next);
        // [orig, raised, rest, exc]: what the body raised joins the list, and the
        // exception being handled goes back to the match.
        self.unit.place(raised_in_body);
        self.clear_optional_name(name.as_deref());
        self.unit.emit_lineless(Instr::ListAppend(2));
        self.unit.emit_lineless(Instr::PopExcept);
        self.unit.place(next);
        self.leave(saved);
        Ok(())
    }

    fn clear_optional_name(&mut self, name: Option<&str>) {
        if let Some(name) = name {
            self.clear_handler_name(name);
        }
    }
}
