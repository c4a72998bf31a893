//! What each instruction does.

use super::run::Flow;
use super::{Block, BlockKind, Vm};
use crate::runtime::code::Instr;
use crate::runtime::exception::Exception;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::syntax::ast::{CmpOperator, Operator};

impl Vm {
    pub(super) fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or_default()
    }

    pub(super) fn push(&mut self, value: Value) {
        self.stack.push(value);
    }

    /// The n-th value from the top (1 is the top).
    pub(super) fn peek(&self, n: usize) -> Value {
        self.stack
            .len()
            .checked_sub(n)
            .and_then(|i| self.stack.get(i))
            .copied()
            .unwrap_or_default()
    }

    /// Runs one instruction, after checking the heap budget: the instruction boundary
    /// is where garbage can be collected before MemoryError is the answer.
    pub(crate) fn execute(&mut self, instr: Instr) -> Result<Flow, Exception> {
        self.check_heap_at_boundary()?;
        self.dispatch(instr)
    }

    fn dispatch(&mut self, instr: Instr) -> Result<Flow, Exception> {
        match instr {
            Instr::Nop => {}
            Instr::LoadConst(i) => {
                let value = self
                    .frames
                    .last()
                    .and_then(|f| f.code.constants.get(i as usize).copied())
                    .unwrap_or_default();
                self.push(value);
            }
            Instr::LoadFast(i) => self.load_fast(i)?,
            Instr::StoreFast(i) => {
                let value = self.pop();
                self.store_fast(i, Some(value));
            }
            Instr::DeleteFast(i) => {
                self.load_fast(i)?;
                self.pop();
                self.store_fast(i, None);
            }
            Instr::LoadDeref(i) => {
                let value = self.load_deref(i)?;
                self.push(value);
            }
            Instr::StoreDeref(i) => {
                let value = self.pop();
                self.store_deref(i, Some(value));
            }
            Instr::DeleteDeref(i) => {
                self.load_deref(i)?;
                self.store_deref(i, None);
            }
            Instr::LoadClosure(i) => {
                let cell = self
                    .frames
                    .last()
                    .and_then(|f| f.cells.get(i as usize).copied());
                self.push(cell.map_or(Value::None, Value::Obj));
            }
            Instr::LoadGlobal(i) => {
                let value = self.load_global(i)?;
                self.push(value);
            }
            Instr::StoreGlobal(i) => {
                let value = self.pop();
                self.store_global(i, value);
            }
            Instr::DeleteGlobal(i) => self.delete_global(i)?,
            Instr::LoadName(i) => {
                let value = self.load_name_instr(i)?;
                self.push(value);
            }
            Instr::StoreName(i) => {
                let value = self.pop();
                self.store_name_instr(i, value)?;
            }
            Instr::DeleteName(i) => self.delete_name_instr(i)?,
            Instr::BuildClass(n) => self.build_class(n)?,
            Instr::FinishClass => self.finish_class()?,
            Instr::StoreClassCell => self.store_class_cell(),
            Instr::LoadAttr(i) => {
                let object = self.pop();
                let name = self.code_name(i);
                let value = self.get_attr(object, &name)?;
                self.push(value);
            }
            Instr::StoreAttr(i) => {
                let object = self.pop();
                let value = self.pop();
                let name = self.code_name(i);
                self.set_attr(object, &name, value)?;
            }
            Instr::DeleteAttr(i) => {
                let object = self.pop();
                let name = self.code_name(i);
                self.delete_attr(object, &name)?;
            }
            Instr::LoadMethod(i) => {
                let object = self.pop();
                let name = self.code_name(i);
                let (callable, receiver) = self.load_method(object, &name)?;
                self.push(callable);
                self.push(receiver);
            }
            Instr::CallMethod(argc) => self.call_method(argc as usize)?,
            Instr::Call(argc) => self.call_from_stack(argc as usize, None)?,
            Instr::CallKw(argc, names) => self.call_from_stack(argc as usize, Some(names))?,
            Instr::CallEx(has_kwargs) => self.call_unpacked(has_kwargs)?,
            Instr::ReturnValue => {
                let value = self.pop();
                let in_init = self
                    .frames
                    .last()
                    .is_some_and(|f| f.init_instance.is_some());
                if in_init && !value.is_none() {
                    let kind = self.class_name(value);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{kind}'"))
                    );
                }
                return Ok(Flow::Return(value));
            }
            Instr::YieldValue => {
                let value = self.pop();
                self.suspend_generator(value);
            }
            _ => return self.execute_data(instr),
        }
        Ok(Flow::Next)
    }

    /// Operators, containers and control flow.
    fn execute_data(&mut self, instr: Instr) -> Result<Flow, Exception> {
        match instr {
            Instr::BinaryOp(op) => self.binary_from_stack(op, false)?,
            Instr::InplaceOp(op) => self.binary_from_stack(op, true)?,
            Instr::UnaryOp(op) => {
                let operand = self.pop();
                let result = self.unary_op(op, operand)?;
                self.push(result);
            }
            Instr::CompareOp(op) => self.compare_from_stack(op)?,
            Instr::BinarySubscr => {
                let key = self.pop();
                let container = self.pop();
                let value = self.get_item(container, key)?;
                self.push(value);
            }
            Instr::StoreSubscr => {
                let key = self.pop();
                let container = self.pop();
                let value = self.pop();
                self.set_item(container, key, value)?;
            }
            Instr::DeleteSubscr => {
                let key = self.pop();
                let container = self.pop();
                self.delete_item(container, key)?;
            }
            Instr::PrintExpr => {
                let value = self.pop();
                self.display_value(value)?;
            }
            Instr::PopTop => {
                self.pop();
            }
            Instr::Copy(n) => {
                let value = self.peek(n as usize);
                self.push(value);
            }
            Instr::Swap(n) => {
                let len = self.stack.len();
                if let (Some(top), Some(other)) = (len.checked_sub(1), len.checked_sub(n as usize))
                {
                    self.stack.swap(top, other);
                }
            }
            Instr::Jump(target) => self.jump(target),
            Instr::PopJumpIfFalse(target) => {
                let value = self.pop();
                if !self.is_true(value)? {
                    self.jump(target);
                }
            }
            Instr::PopJumpIfTrue(target) => {
                let value = self.pop();
                if self.is_true(value)? {
                    self.jump(target);
                }
            }
            Instr::JumpIfFalseOrPop(target) => {
                if self.is_true(self.peek(1))? {
                    self.pop();
                } else {
                    self.jump(target);
                }
            }
            Instr::JumpIfTrueOrPop(target) => {
                if self.is_true(self.peek(1))? {
                    self.jump(target);
                } else {
                    self.pop();
                }
            }
            Instr::GetIter => {
                let value = self.pop();
                let iterator = self.get_iter(value)?;
                self.push(iterator);
            }
            Instr::ForIter(target) => return self.for_iter(self.peek(1), target),
            _ => return self.execute_blocks(instr),
        }
        Ok(Flow::Next)
    }

    /// FOR_ITER: pushes the iterator's next item, or pops it and jumps when exhausted.
    pub(super) fn for_iter(&mut self, iterator: Value, target: u32) -> Result<Flow, Exception> {
        if let Some(generator) = self.as_generator(iterator) {
            if !self.resume_generator(generator, Value::None)? {
                self.pop();
                self.jump(target);
            }
            return Ok(Flow::Next);
        }
        if self.has_user_class(iterator) {
            return self.for_iter_over_instance(iterator, target);
        }
        match self.iter_next(iterator)? {
            Some(item) => self.push(item),
            None => {
                self.pop();
                self.jump(target);
            }
        }
        Ok(Flow::Next)
    }

    /// Exception handling, building and the rest.
    fn execute_blocks(&mut self, instr: Instr) -> Result<Flow, Exception> {
        match instr {
            Instr::BeforeWith => self.before_with()?,
            Instr::Send(_)
            | Instr::GetAwaitable
            | Instr::BeforeAsyncWith
            | Instr::GetAIter
            | Instr::GetANext
            | Instr::EndAsyncFor => return self.execute_async(instr),
            Instr::GeneratorResult => {
                let iterator = self.pop();
                let result = match self.as_async_gen_step(iterator) {
                    Some(step) => self.async_gen_step_result(step),
                    None => self.generator_return_value(iterator).unwrap_or_default(),
                };
                self.push(result);
            }
            Instr::SetupFinally(handler) => {
                let base = self.frames.last().map_or(0, |f| f.stack_base);
                let stack_height = self.stack.len() as u32 - base;
                if let Some(frame) = self.frames.last_mut() {
                    frame.blocks.push(Block {
                        kind: BlockKind::Handler,
                        handler,
                        stack_height,
                    });
                }
            }
            Instr::PopBlock => {
                if let Some(frame) = self.frames.last_mut() {
                    frame.blocks.pop();
                }
            }
            Instr::PopExcept => {
                let block = self.frames.last_mut().and_then(|f| f.blocks.pop());
                if let Some(Block {
                    kind: BlockKind::Handling { previous },
                    ..
                }) = block
                {
                    self.handling = previous;
                }
            }
            Instr::Reraise | Instr::ReraiseAtOrigin => {
                let exception = self.pop();
                self.reraising = true;
                self.reraising_at_origin = instr == Instr::ReraiseAtOrigin;
                return Err(self.as_exception(exception));
            }
            Instr::Raise(count) => return Err(self.raise(count)),
            Instr::CheckExcMatch => {
                let class = self.pop();
                let exception = self.peek(1);
                let matches = self.exception_matches(exception, class)?;
                self.push(Value::Bool(matches));
            }
            Instr::CheckEgMatch(no_match) => return self.check_eg_match(no_match),
            Instr::ReraiseStar => return self.reraise_star(),
            Instr::LoadAssertionError => self.push(self.type_value(TypeId::AssertionError)),
            Instr::ImportName(i) => {
                let name = self.code_name(i);
                let module = self.import_dotted(&name)?;
                self.push(module);
            }
            Instr::ImportFrom(i) => {
                let name = self.code_name(i);
                let module = self.peek(1);
                let value = self.import_from(module, &name)?;
                self.push(value);
            }
            Instr::ImportStar => {
                let module = self.pop();
                self.import_star(module)?;
            }
            Instr::MakeFunction(flags) => self.make_function(flags)?,
            Instr::Unsupported(i) => {
                let feature = self
                    .frames
                    .last()
                    .and_then(|f| f.code.constants.get(i as usize).copied())
                    .unwrap_or_default();
                let feature = self.to_str(feature)?;
                return Err(self.error(
                    TypeId::NotImplementedError,
                    format!("{feature} are not supported by this interpreter yet"),
                ));
            }
            _ => self.execute_building(instr)?,
        }
        Ok(Flow::Next)
    }

    /// Looks up `__exit__` and `__enter__` on the manager's class, as CPython does.
    fn before_with(&mut self) -> Result<(), Exception> {
        let manager = self.pop();
        let has_protocol = self.user_method(manager, "__enter__").is_some()
            && self.user_method(manager, "__exit__").is_some();
        if !has_protocol {
            let name = self.class_name(manager);
            return Err(self.type_error(format!(
                "'{name}' object does not support the context manager protocol"
            )));
        }
        let exit = self.get_attr(manager, "__exit__")?;
        let enter = self.get_attr(manager, "__enter__")?;
        self.push(exit);
        self.push(enter);
        self.call_from_stack(0, None)
    }

    /// A `for` loop over an object with a Python `__next__`: the StopIteration that
    /// ends it reaches this frame, so CPython reports it as an exception event here.
    fn for_iter_over_instance(&mut self, iterator: Value, target: u32) -> Result<Flow, Exception> {
        match self.next_dunder(iterator)? {
            Some(Some(item)) => self.push(item),
            Some(None) => {
                // CPython's own iterators (io.StringIO's, say) are written in C: their
                // end raises nothing a tracer sees. Library code stands in for them.
                if self.tracing && !self.next_is_library_code(iterator) {
                    let line = self.frames.last().map_or(0, |f| f.current_line());
                    self.push_event(crate::runtime::trace::EventKind::Exception, line, None);
                }
                self.pop();
                self.jump(target);
            }
            None => {
                let name = self.class_name(iterator);
                return Err(self.type_error(format!("'{name}' object is not an iterator")));
            }
        }
        Ok(Flow::Next)
    }

    fn next_is_library_code(&self, iterator: Value) -> bool {
        let next = self.user_method(iterator, "__next__");
        match next.and_then(|f| f.as_obj()).map(|r| self.heap.get(r)) {
            Some(crate::runtime::object::Object::Function(f)) => f.code.flags.library,
            _ => false,
        }
    }

    pub(super) fn jump(&mut self, target: u32) {
        if let Some(frame) = self.frames.last_mut() {
            frame.pc = target;
        }
    }

    fn binary_from_stack(&mut self, op: Operator, inplace: bool) -> Result<(), Exception> {
        let right = self.pop();
        let left = self.pop();
        if let (Value::Int(a), Value::Int(b)) = (left, right) {
            let fast = match op {
                Operator::Add => a.checked_add(b),
                Operator::Sub => a.checked_sub(b),
                Operator::Mult => a.checked_mul(b),
                _ => None,
            };
            if let Some(result) = fast {
                self.push(Value::Int(result));
                return Ok(());
            }
        }
        let result = self.binary_op(op, left, right, inplace)?;
        self.push(result);
        Ok(())
    }

    fn compare_from_stack(&mut self, op: CmpOperator) -> Result<(), Exception> {
        let right = self.pop();
        let left = self.pop();
        if let (Value::Int(a), Value::Int(b)) = (left, right) {
            let result = match op {
                CmpOperator::Lt => Some(a < b),
                CmpOperator::LtE => Some(a <= b),
                CmpOperator::Gt => Some(a > b),
                CmpOperator::GtE => Some(a >= b),
                CmpOperator::Eq | CmpOperator::Is => Some(a == b),
                CmpOperator::NotEq | CmpOperator::IsNot => Some(a != b),
                _ => None,
            };
            if let Some(result) = result {
                self.push(Value::Bool(result));
                return Ok(());
            }
        }
        let result = self.compare_op(op, left, right)?;
        self.push(result);
        Ok(())
    }

    /// The text of `co_names[i]` of the running code.
    pub(super) fn code_name(&self, i: u32) -> std::rc::Rc<str> {
        self.frames
            .last()
            .and_then(|f| f.code.names.get(i as usize))
            .map(|n| n.text.clone())
            .unwrap_or_else(|| "".into())
    }

    pub(super) fn as_exception(&mut self, value: Value) -> Exception {
        match value.as_obj() {
            Some(r) if matches!(self.heap.get(r), Object::Exception(_)) => Exception::Raised(r),
            _ => self.type_error("exceptions must derive from BaseException"),
        }
    }
}
