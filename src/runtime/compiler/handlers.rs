//! `try`/`except`/`else`/`finally`, `raise` and `assert`.
//!
//! A `try` pushes a handler (SETUP_FINALLY); when an exception arrives the VM cuts the
//! stack back, pushes the exception and jumps to the handler with the exception being
//! handled recorded, so that `PopExcept` can restore the previous one on the way out.
//! `finally` bodies are compiled twice, once for the normal path and once for the
//! exceptional path, as CPython does.

use super::builder::FrameBlock;
use super::{Compiled, Compiler};
use crate::runtime::code::Instr;
use crate::runtime::value::Value;
use crate::syntax::ast::{ExceptHandler, Expr, Stmt};
use std::rc::Rc;

impl<'a> Compiler<'a> {
    pub(super) fn compile_try(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        is_star: bool,
    ) -> Compiled {
        if finalbody.is_empty() {
            return self.compile_try_except(body, handlers, orelse, is_star);
        }
        let exceptional = self.unit.new_label();
        let end = self.unit.new_label();
        self.unit.emit_jump(Instr::SetupFinally, exceptional);
        self.unit.blocks.push(FrameBlock::TryFinally {
            finalbody: Rc::new(finalbody.to_vec()),
        });
        if handlers.is_empty() {
            self.compile_body(body)?;
        } else {
            self.compile_try_except(body, handlers, orelse, is_star)?;
        }
        self.unit.blocks.pop();
        self.unit.emit_lineless(Instr::PopBlock);
        self.compile_body(finalbody)?;
        self.jump_lineless_to(end);
        self.unit.place(exceptional);
        self.unit.blocks.push(FrameBlock::FinallyDuringException);
        self.compile_body(finalbody)?;
        self.unit.blocks.pop();
        self.unit.emit_lineless(Instr::Reraise);
        self.unit.place(end);
        Ok(())
    }

    pub(super) fn jump_lineless_to(&mut self, label: super::builder::Label) {
        let saved = self.unit.position;
        self.unit.position.line = 0;
        self.unit.emit_jump(Instr::Jump, label);
        self.unit.position = saved;
    }

    fn compile_try_except(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        is_star: bool,
    ) -> Compiled {
        let dispatch = self.unit.new_label();
        let end = self.unit.new_label();
        self.unit.emit_jump(Instr::SetupFinally, dispatch);
        self.unit.blocks.push(FrameBlock::TryExcept);
        self.compile_body(body)?;
        self.unit.blocks.pop();
        self.unit.emit_lineless(Instr::PopBlock);
        self.compile_body(orelse)?;
        self.jump_lineless_to(end);
        self.unit.place(dispatch);
        if is_star {
            self.compile_star_handlers(handlers, end)?;
        } else {
            for handler in handlers {
                self.compile_handler(handler, end)?;
            }
            self.unit.emit_lineless(Instr::Reraise);
        }
        self.unit.place(end);
        Ok(())
    }

    /// One `except [type [as name]]:` clause; the exception is on the stack.
    fn compile_handler(&mut self, handler: &ExceptHandler, end: super::builder::Label) -> Compiled {
        let saved = self.enter(handler.span);
        let next = self.unit.new_label();
        if let Some(type_) = &handler.type_ {
            self.compile_expr(type_)?;
            self.emit(Instr::CheckExcMatch);
            self.unit.emit_jump(Instr::PopJumpIfFalse, next);
        }
        match &handler.name {
            Some(name) => self.compile_named_handler_body(&name.name, &handler.body, end)?,
            None => {
                self.emit(Instr::PopTop);
                self.unit.blocks.push(FrameBlock::HandlerBody {
                    name: None,
                    has_cleanup: false,
                });
                self.compile_body(&handler.body)?;
                self.unit.blocks.pop();
                self.unit.emit_lineless(Instr::PopExcept);
                self.jump_lineless_to(end);
            }
        }
        self.unit.place(next);
        self.leave(saved);
        Ok(())
    }

    /// `except E as name:` binds the exception, and clears the name on every way out
    /// (Python deletes it so the traceback does not keep the frame alive).
    fn compile_named_handler_body(
        &mut self,
        name: &str,
        body: &[Stmt],
        end: super::builder::Label,
    ) -> Compiled {
        let cleanup = self.unit.new_label();
        self.store_name(name);
        self.unit.emit_jump(Instr::SetupFinally, cleanup);
        self.unit.blocks.push(FrameBlock::HandlerBody {
            name: Some(name.to_string()),
            has_cleanup: true,
        });
        self.compile_body(body)?;
        self.unit.blocks.pop();
        self.unit.emit_lineless(Instr::PopBlock);
        self.unit.emit_lineless(Instr::PopExcept);
        self.clear_handler_name(name);
        self.jump_lineless_to(end);
        self.unit.place(cleanup);
        self.clear_handler_name(name);
        self.unit.emit_lineless(Instr::Reraise);
        Ok(())
    }

    /// `name = None; del name`, with no line of its own.
    pub(super) fn clear_handler_name(&mut self, name: &str) {
        let saved = self.unit.position;
        self.unit.position.line = 0;
        self.load_constant(Value::None);
        self.store_name(name);
        self.delete_name(name);
        self.unit.position = saved;
    }

    pub(super) fn compile_raise(&mut self, exc: Option<&Expr>, cause: Option<&Expr>) -> Compiled {
        let mut count = 0;
        if let Some(exc) = exc {
            self.compile_expr(exc)?;
            count = 1;
            if let Some(cause) = cause {
                self.compile_expr(cause)?;
                count = 2;
            }
        }
        self.emit(Instr::Raise(count));
        Ok(())
    }

    /// The raise of a failed assert is placed at the test, as CPython places it.
    pub(super) fn compile_assert(&mut self, test: &Expr, msg: Option<&Expr>) -> Compiled {
        let end = self.unit.new_label();
        self.compile_jump_if(test, true, end)?;
        // A constant test compiles to nothing, so the raise keeps the statement's
        // position; otherwise it takes the test's (as CPython 3.11's carets show).
        let saved = match test.kind {
            crate::syntax::ast::ExprKind::Constant(_) => self.unit.position,
            _ => self.enter(test.span),
        };
        self.emit(Instr::LoadAssertionError);
        if let Some(msg) = msg {
            self.compile_expr(msg)?;
            self.emit(Instr::Call(1));
        }
        self.emit(Instr::Raise(1));
        self.leave(saved);
        self.unit.place(end);
        Ok(())
    }
}
