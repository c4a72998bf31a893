//! The instructions of `await`, `async for` and `async with`. A coroutine is a
//! generator underneath (its frame suspends at each `yield` an awaited object makes);
//! `await x` is CPython's GET_AWAITABLE then the SEND loop of `yield from`, which
//! passes each sent value on to the object awaited.

use super::run::Flow;
use super::{BlockKind, Vm};
use crate::runtime::code::Instr;
use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::object::{AsyncGenAction, Object};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;

impl Vm {
    pub(super) fn execute_async(&mut self, instr: Instr) -> Result<Flow, Exception> {
        match instr {
            Instr::Send(target) => return self.send(target),
            Instr::GetAwaitable => {
                let value = self.pop();
                let awaitable = self.awaitable(value, None)?;
                self.push(awaitable);
            }
            Instr::BeforeAsyncWith => self.before_async_with()?,
            Instr::GetAIter => {
                let value = self.pop();
                let iterator = self.async_iterator(value)?;
                self.push(iterator);
            }
            Instr::GetANext => {
                let awaitable = self.async_next(self.peek(1))?;
                self.push(awaitable);
            }
            Instr::EndAsyncFor => return self.end_async_for(),
            _ => {}
        }
        Ok(Flow::Next)
    }

    /// SEND: the value on top goes into the iterator below it. A generator or
    /// coroutine is resumed in this loop; another iterator gets `__next__` for None
    /// and `send(value)` otherwise.
    fn send(&mut self, target: u32) -> Result<Flow, Exception> {
        let sent = self.pop();
        let iterator = self.peek(1);
        if let Some(step) = self.as_async_gen_step(iterator) {
            self.send_to_async_gen_step(step, sent, target)?;
            return Ok(Flow::Next);
        }
        if let Some(generator) = self.as_generator(iterator) {
            if !self.resume_generator(generator, sent)? {
                self.pop();
                self.jump(target);
            }
            return Ok(Flow::Next);
        }
        if sent.is_none() {
            return self.for_iter(iterator, target);
        }
        let method = self.get_attr(iterator, "send")?;
        match self.call(method, vec![sent], KwArgs::default()) {
            Ok(value) => self.push(value),
            Err(Exception::Raised(e)) if self.heap.get(e).type_id() == TypeId::StopIteration => {
                self.pop();
                self.jump(target);
            }
            Err(error) => return Err(error),
        }
        Ok(Flow::Next)
    }

    /// What `await value` delegates to: a coroutine itself, or the iterator its
    /// `__await__` returns. `context` replaces CPython's "can't be used in 'await'
    /// expression" message where an `async for` or `async with` asked.
    fn awaitable(&mut self, value: Value, context: Option<&str>) -> Result<Value, Exception> {
        match value.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Generator(g)) if g.is_coroutine() => return Ok(value),
            // `__anext__()` and the rest are awaitable: their `__await__` is themselves.
            Some(Object::AsyncGenStep(_)) => return Ok(value),
            _ => {}
        }
        let Some(method) = self.user_method(value, "__await__") else {
            let name = self.type_name(value);
            return Err(self.type_error(match context {
                Some(context) => format!("{context}: {name}"),
                None => format!("object {name} can't be used in 'await' expression"),
            }));
        };
        let iterator = self.call(method, vec![value], KwArgs::default())?;
        match iterator.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Generator(g)) if g.is_coroutine() => {
                Err(self.type_error("__await__() returned a coroutine"))
            }
            Some(Object::Generator(_) | Object::Iterator(_)) => Ok(iterator),
            _ if self.user_method(iterator, "__next__").is_some() => Ok(iterator),
            _ => {
                let name = self.type_name(iterator);
                Err(self.type_error(format!(
                    "__await__() returned non-iterator of type '{name}'"
                )))
            }
        }
    }

    /// `async with`: looks up `__aenter__` and `__aexit__` on the class, pushes the
    /// bound `__aexit__`, and calls `__aenter__`; the compiled code awaits its result.
    fn before_async_with(&mut self) -> Result<(), Exception> {
        let manager = self.pop();
        let has_protocol = self.user_method(manager, "__aenter__").is_some()
            && self.user_method(manager, "__aexit__").is_some();
        if !has_protocol {
            let name = self.class_name(manager);
            return Err(self.type_error(format!(
                "'{name}' object does not support the asynchronous context manager protocol"
            )));
        }
        let exit = self.get_attr(manager, "__aexit__")?;
        let enter = self.get_attr(manager, "__aenter__")?;
        self.push(exit);
        self.push(enter);
        self.call_from_stack(0, None)
    }

    /// `async for`'s GET_AITER: the object's `__aiter__()`.
    fn async_iterator(&mut self, value: Value) -> Result<Value, Exception> {
        if self.is_async_generator(value) {
            return Ok(value);
        }
        match self.call_user_method(value, "__aiter__", Vec::new())? {
            Some(iterator) if self.user_method(iterator, "__anext__").is_some() => Ok(iterator),
            Some(iterator) => {
                let name = self.type_name(iterator);
                Err(self.type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {name}"
                )))
            }
            None => {
                let name = self.type_name(value);
                Err(self.type_error(format!(
                    "'async for' requires an object with __aiter__ method, got {name}"
                )))
            }
        }
    }

    /// `async for`'s GET_ANEXT: the awaitable of `__anext__()`.
    fn async_next(&mut self, iterator: Value) -> Result<Value, Exception> {
        if let Some(generator) = iterator
            .as_obj()
            .filter(|_| self.is_async_generator(iterator))
        {
            return self.new_async_gen_step(generator, AsyncGenAction::Send(Value::None));
        }
        let Some(next) = self.call_user_method(iterator, "__anext__", Vec::new())? else {
            let name = self.type_name(iterator);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {name}"
            )));
        };
        self.awaitable(
            next,
            Some("'async for' received an invalid object from __anext__"),
        )
    }

    /// END_ASYNC_FOR: a StopAsyncIteration from `__anext__` ends the loop like an
    /// exhausted iterator; the handler's block is left as POP_EXCEPT leaves it.
    fn end_async_for(&mut self) -> Result<Flow, Exception> {
        let exception = self.pop();
        let class = self.type_value(TypeId::StopAsyncIteration);
        if !self.exception_matches(exception, class)? {
            self.reraising = true;
            return Err(self.as_exception(exception));
        }
        self.pop();
        let block = self.frames.last_mut().and_then(|frame| frame.blocks.pop());
        if let Some(BlockKind::Handling { previous }) = block.map(|block| block.kind) {
            self.handling = previous;
        }
        Ok(Flow::Next)
    }
}
