//! `await`, `async for` and async comprehensions, laid out as CPython 3.11 compiles
//! them: an awaited object goes through GET_AWAITABLE and the SEND loop, and each
//! step of an `async for` awaits `__anext__()` under a handler that turns
//! StopAsyncIteration into the end of the loop.

use super::builder::FrameBlock;
use super::{Compiled, Compiler};
use crate::runtime::code::Instr;
use crate::syntax::ast::{Comprehension, Expr, Stmt};

impl<'a> Compiler<'a> {
    /// `[object] -> [result]`: awaits the object on top of the stack.
    pub(super) fn compile_await_top(&mut self) {
        self.emit(Instr::GetAwaitable);
        self.compile_delegation();
    }

    /// `async for target in iter: body else: orelse`.
    pub(super) fn compile_async_for(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Compiled {
        let start = self.unit.new_label();
        let exit = self.unit.new_label();
        let end = self.unit.new_label();
        self.compile_expr(iter)?;
        self.emit(Instr::GetAIter);
        self.unit.place(start);
        self.compile_async_next(exit);
        self.compile_store(target)?;
        self.unit.blocks.push(FrameBlock::Loop {
            start,
            end,
            has_iterator: true,
        });
        self.compile_body(body)?;
        self.unit.blocks.pop();
        self.jump_lineless(start);
        self.unit.place(exit);
        self.emit(Instr::EndAsyncFor);
        self.compile_body(orelse)?;
        self.unit.place(end);
        Ok(())
    }

    /// `[aiter] -> [aiter, item]`: awaits `__anext__()`, guarded by a handler at
    /// `exit` where END_ASYNC_FOR ends the loop on StopAsyncIteration.
    fn compile_async_next(&mut self, exit: super::builder::Label) {
        self.unit.emit_jump(Instr::SetupFinally, exit);
        self.emit(Instr::GetANext);
        self.compile_delegation();
        self.emit(Instr::PopBlock);
    }

    /// One `async for` clause of a comprehension, with the async iterator on the
    /// stack; `inner` compiles the conditions' targets and what follows.
    pub(super) fn compile_async_clause(
        &mut self,
        generator: &Comprehension,
        inner: impl FnOnce(&mut Self) -> Compiled,
    ) -> Compiled {
        let start = self.unit.new_label();
        let exit = self.unit.new_label();
        self.unit.place(start);
        self.compile_async_next(exit);
        self.compile_store(&generator.target)?;
        for condition in &generator.ifs {
            self.compile_jump_if(condition, false, start)?;
        }
        inner(self)?;
        self.unit.emit_jump(Instr::Jump, start);
        self.unit.place(exit);
        self.emit(Instr::EndAsyncFor);
        Ok(())
    }
}
