//! `with manager as target:` — `__enter__` on the way in; `__exit__` on every way
//! out, with the exception when one is leaving (a true result suppresses it).

use super::builder::FrameBlock;
use super::{Compiled, Compiler};
use crate::runtime::code::Instr;
use crate::runtime::value::Value;
use crate::syntax::ast::{Stmt, WithItem};

impl<'a> Compiler<'a> {
    /// Several items nest: `with a, b:` is `with a: with b:`. `async with` awaits
    /// what `__aenter__` and `__aexit__` return.
    pub(super) fn compile_with(
        &mut self,
        items: &[WithItem],
        body: &[Stmt],
        is_async: bool,
    ) -> Compiled {
        let Some((item, rest)) = items.split_first() else {
            return self.compile_body(body);
        };
        let handler = self.unit.new_label();
        let suppress = self.unit.new_label();
        let end = self.unit.new_label();
        let with_position = self.unit.position;
        self.compile_expr(&item.context_expr)?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.compile_await_top();
        } else {
            self.emit(Instr::BeforeWith);
        }
        match &item.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        self.unit.emit_jump(Instr::SetupFinally, handler);
        self.unit.blocks.push(FrameBlock::With { position: with_position, is_async });
        self.compile_with(rest, body, is_async)?;
        self.unit.blocks.pop();
        self.unit.position = with_position;
        self.emit(Instr::PopBlock);
        self.call_exit_without_exception(is_async);
        self.unit.emit_jump(Instr::Jump, end);
        self.unit.place(handler);
        self.call_exit_with_exception();
        if is_async {
            self.compile_await_top();
        }
        self.unit.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::ReraiseAtOrigin);
        self.unit.place(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.unit.place(end);
        Ok(())
    }

    /// `[exit] -> []`: `exit(None, None, None)`, awaited for `async with`, result
    /// dropped.
    pub(super) fn call_exit_without_exception(&mut self, is_async: bool) {
        for _ in 0..3 {
            self.load_constant(Value::None);
        }
        self.emit(Instr::Call(3));
        if is_async {
            self.compile_await_top();
        }
        self.emit(Instr::PopTop);
    }

    /// `[exit, exc] -> [exit, exc, result]`: `exit(type(exc), exc, None)`.
    fn call_exit_with_exception(&mut self) {
        self.emit(Instr::Copy(2));
        self.emit(Instr::Copy(2));
        let class = self.unit.name(self.heap, "__class__");
        self.emit(Instr::LoadAttr(class));
        self.emit(Instr::Copy(3));
        self.load_constant(Value::None);
        self.emit(Instr::Call(3));
    }
}
