//! Async generators (PEP 525), run on the generator machinery. Awaiting one of the
//! awaitables its `__anext__`, `asend`, `athrow` and `aclose` make runs the generator's
//! frame to its next suspension. A suspension at a `yield` of its own ends the await,
//! with the yielded value (CPython wraps it in `_PyAsyncGenWrappedValue` for this); one
//! inside an `await` passes the awaited object's value on to the event loop.

use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::KwArgs;
use crate::runtime::object::{
    AsyncGenAction, AsyncGenFlags, AsyncGenStep, AwaitableState, GeneratorKind, GeneratorState,
    Object,
};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;

use super::Vm;

/// How one step of an awaitable went, when it did not raise.
#[derive(Clone, Copy, Debug)]
pub enum StepOutcome {
    /// The generator is suspended in an `await`: this value goes on to the event loop.
    Passthrough(Value),
    /// The await is over with this value (the StopIteration CPython raises).
    Done(Value),
}

/// What CPython raises when an async generator is asked to finish and yields instead.
const IGNORED_EXIT: &str = "async generator ignored GeneratorExit";

impl Vm {
    pub(crate) fn as_async_gen_step(&self, value: Value) -> Option<ObjRef> {
        let r = value.as_obj()?;
        matches!(self.heap.get(r), Object::AsyncGenStep(_)).then_some(r)
    }

    pub(crate) fn is_async_generator(&self, value: Value) -> bool {
        value.as_obj().and_then(|r| self.generator_kind(r)) == Some(GeneratorKind::AsyncGenerator)
    }

    /// `agen.__anext__()`, `asend(v)`, `athrow(e)` or `aclose()`: a new awaitable.
    /// The first of them runs the `firstiter` hook (CPython's `async_gen_init_hooks`).
    pub(crate) fn new_async_gen_step(
        &mut self,
        generator: ObjRef,
        action: AsyncGenAction,
    ) -> Result<Value, Exception> {
        self.init_async_gen_hooks(generator)?;
        let step = AsyncGenStep {
            generator,
            action,
            state: AwaitableState::Init,
            result: Value::None,
        };
        Ok(self.alloc(Object::AsyncGenStep(Box::new(step))))
    }

    fn init_async_gen_hooks(&mut self, generator: ObjRef) -> Result<(), Exception> {
        let flags = self.async_flags(generator);
        if flags.hooks_initialised {
            return Ok(());
        }
        self.update_async_flags(generator, |flags| flags.hooks_initialised = true);
        let firstiter = self.asyncgen_hooks[0];
        if !firstiter.is_none() {
            self.call(firstiter, vec![Value::Obj(generator)], KwArgs::default())?;
        }
        Ok(())
    }

    fn async_flags(&self, generator: ObjRef) -> AsyncGenFlags {
        match self.heap.get(generator) {
            Object::Generator(g) => g.async_flags,
            _ => AsyncGenFlags::default(),
        }
    }

    fn update_async_flags(&mut self, generator: ObjRef, change: impl FnOnce(&mut AsyncGenFlags)) {
        if let Some(Object::Generator(g)) = self.heap.get_mut(generator) {
            change(&mut g.async_flags);
        }
    }

    fn step_parts(&self, step: ObjRef) -> Option<(ObjRef, AsyncGenAction, AwaitableState)> {
        match self.heap.get(step) {
            Object::AsyncGenStep(s) => Some((s.generator, s.action, s.state)),
            _ => None,
        }
    }

    fn set_step_state(&mut self, step: ObjRef, state: AwaitableState) {
        if let Some(Object::AsyncGenStep(s)) = self.heap.get_mut(step) {
            s.state = state;
        }
    }

    /// Keeps the value an await ended with where GeneratorResult reads it.
    pub(crate) fn set_async_gen_step_result(&mut self, step: ObjRef, value: Value) {
        if let Some(Object::AsyncGenStep(s)) = self.heap.get_mut(step) {
            s.result = value;
        }
    }

    /// The value an awaitable's await ended with.
    pub(crate) fn async_gen_step_result(&self, step: ObjRef) -> Value {
        match self.heap.get(step) {
            Object::AsyncGenStep(s) => s.result,
            _ => Value::None,
        }
    }

    fn exception_is(&self, exception: ObjRef, ty: TypeId) -> bool {
        self.is_subclass(self.class_of(Value::Obj(exception)), self.type_value(ty))
    }

    /// `send(value)` into an awaitable (also its `__next__`, and the SEND of `await`).
    pub(crate) fn async_gen_step_send(
        &mut self,
        step: ObjRef,
        sent: Value,
    ) -> Result<StepOutcome, Exception> {
        let Some((generator, action, state)) = self.step_parts(step) else {
            return Err(self.type_error("not an async generator awaitable"));
        };
        match action {
            AsyncGenAction::Send(value) => self.asend_send(step, generator, value, state, sent),
            _ => self.athrow_send(step, generator, action, state, sent),
        }
    }

    /// CPython's `async_gen_asend_send`.
    fn asend_send(
        &mut self,
        step: ObjRef,
        generator: ObjRef,
        value: Value,
        state: AwaitableState,
        sent: Value,
    ) -> Result<StepOutcome, Exception> {
        let mut sent = sent;
        match state {
            AwaitableState::Closed => {
                return Err(self.error(
                    TypeId::RuntimeError,
                    "cannot reuse already awaited __anext__()/asend()",
                ))
            }
            AwaitableState::Init => {
                if self.async_flags(generator).running_async {
                    return Err(self.error(
                        TypeId::RuntimeError,
                        "anext(): asynchronous generator is already running",
                    ));
                }
                if sent.is_none() {
                    sent = value;
                }
                self.set_step_state(step, AwaitableState::Iter);
            }
            AwaitableState::Iter => {}
        }
        self.update_async_flags(generator, |flags| flags.running_async = true);
        let resumed = self.generator_next(generator, sent);
        let outcome = self.unwrap_async_gen_value(generator, resumed);
        if !matches!(outcome, Ok(StepOutcome::Passthrough(_))) {
            self.set_step_state(step, AwaitableState::Closed);
        }
        outcome
    }

    /// CPython's `async_gen_unwrap_value`: a value the generator yielded itself ends
    /// the await; its end is StopAsyncIteration; either that or GeneratorExit leaves
    /// it closed.
    fn unwrap_async_gen_value(
        &mut self,
        generator: ObjRef,
        resumed: Result<Option<Value>, Exception>,
    ) -> Result<StepOutcome, Exception> {
        let value = match resumed {
            Ok(Some(value)) => value,
            Ok(None) => {
                self.update_async_flags(generator, |flags| {
                    flags.closed = true;
                    flags.running_async = false;
                });
                return Err(self.exception_with_args(TypeId::StopAsyncIteration, Vec::new()));
            }
            Err(Exception::Raised(exception)) => {
                let closing = self.exception_is(exception, TypeId::StopAsyncIteration)
                    || self.exception_is(exception, TypeId::GeneratorExit);
                self.update_async_flags(generator, |flags| {
                    flags.closed |= closing;
                    flags.running_async = false;
                });
                return Err(Exception::Raised(exception));
            }
            Err(budget) => return Err(budget),
        };
        if self.stopped_at_own_yield(generator) {
            self.update_async_flags(generator, |flags| flags.running_async = false);
            return Ok(StepOutcome::Done(value));
        }
        Ok(StepOutcome::Passthrough(value))
    }

    /// Whether a suspended generator stopped at a `yield` of its body rather than at
    /// the one an `await` makes.
    fn stopped_at_own_yield(&self, generator: ObjRef) -> bool {
        let suspended = matches!(
            self.heap.get(generator),
            Object::Generator(g) if g.state == GeneratorState::Suspended
        );
        suspended && self.delegate_of(generator).is_none()
    }

    /// CPython's `async_gen_athrow_send`, for `athrow(...)` and `aclose()`.
    fn athrow_send(
        &mut self,
        step: ObjRef,
        generator: ObjRef,
        action: AsyncGenAction,
        state: AwaitableState,
        sent: Value,
    ) -> Result<StepOutcome, Exception> {
        let closing = action == AsyncGenAction::Close;
        if state == AwaitableState::Closed {
            return Err(self.error(
                TypeId::RuntimeError,
                "cannot reuse already awaited aclose()/athrow()",
            ));
        }
        if self.generator_finished(generator) {
            self.set_step_state(step, AwaitableState::Closed);
            return Ok(StepOutcome::Done(Value::None));
        }
        let resumed = if state == AwaitableState::Init {
            let flags = self.async_flags(generator);
            if flags.running_async {
                self.set_step_state(step, AwaitableState::Closed);
                let name = if closing { "aclose" } else { "athrow" };
                let message = format!("{name}(): asynchronous generator is already running");
                return Err(self.error(TypeId::RuntimeError, message));
            }
            if flags.closed {
                self.set_step_state(step, AwaitableState::Closed);
                return Err(self.exception_with_args(TypeId::StopAsyncIteration, Vec::new()));
            }
            if !sent.is_none() {
                return Err(self.error(
                    TypeId::RuntimeError,
                    "can't send non-None value to a just-started coroutine",
                ));
            }
            self.set_step_state(step, AwaitableState::Iter);
            self.update_async_flags(generator, |flags| {
                flags.running_async = true;
                flags.closed |= closing;
            });
            let thrown = match action {
                AsyncGenAction::Throw(exception) => exception,
                _ => match self.exception_with_args(TypeId::GeneratorExit, Vec::new()) {
                    Exception::Raised(exit) => exit,
                    budget => return Err(budget),
                },
            };
            self.generator_throw(generator, thrown)
        } else {
            self.generator_next(generator, sent)
        };
        let outcome = self.athrow_outcome(step, generator, closing, resumed);
        if !matches!(outcome, Ok(StepOutcome::Passthrough(_))) {
            self.set_step_state(step, AwaitableState::Closed);
        }
        outcome
    }

    /// What an `athrow` or `aclose` step answers for how the generator went on:
    /// `aclose()` ends quietly when the generator finished or raised GeneratorExit,
    /// and is an error when it yielded a value instead.
    fn athrow_outcome(
        &mut self,
        step: ObjRef,
        generator: ObjRef,
        closing: bool,
        resumed: Result<Option<Value>, Exception>,
    ) -> Result<StepOutcome, Exception> {
        if !closing {
            return self.unwrap_async_gen_value(generator, resumed);
        }
        let own_yield = matches!(resumed, Ok(Some(_))) && self.stopped_at_own_yield(generator);
        if own_yield {
            self.update_async_flags(generator, |flags| flags.running_async = false);
            self.set_step_state(step, AwaitableState::Closed);
            return Err(self.error(TypeId::RuntimeError, IGNORED_EXIT));
        }
        match self.unwrap_async_gen_value(generator, resumed) {
            Err(Exception::Raised(exception))
                if self.exception_is(exception, TypeId::StopAsyncIteration)
                    || self.exception_is(exception, TypeId::GeneratorExit) =>
            {
                Ok(StepOutcome::Done(Value::None))
            }
            other => other,
        }
    }

    fn generator_finished(&self, generator: ObjRef) -> bool {
        matches!(
            self.heap.get(generator),
            Object::Generator(g) if g.state == GeneratorState::Finished
        )
    }

    /// `throw(exc)` into an awaitable: CPython's `async_gen_asend_throw` and
    /// `async_gen_athrow_throw` raise it where the generator is suspended.
    pub(crate) fn async_gen_step_throw(
        &mut self,
        step: ObjRef,
        exception: ObjRef,
    ) -> Result<StepOutcome, Exception> {
        let Some((generator, action, state)) = self.step_parts(step) else {
            return Err(self.type_error("not an async generator awaitable"));
        };
        if state == AwaitableState::Closed {
            let message = match action {
                AsyncGenAction::Send(_) => "cannot reuse already awaited __anext__()/asend()",
                _ => "cannot reuse already awaited aclose()/athrow()",
            };
            return Err(self.error(TypeId::RuntimeError, message));
        }
        let resumed = self.generator_throw(generator, exception);
        let outcome = match action {
            AsyncGenAction::Close => self.athrow_outcome(step, generator, true, resumed),
            _ => self.unwrap_async_gen_value(generator, resumed),
        };
        let asend = matches!(action, AsyncGenAction::Send(_));
        if asend && !matches!(outcome, Ok(StepOutcome::Passthrough(_))) {
            self.set_step_state(step, AwaitableState::Closed);
        }
        outcome
    }

    /// `next(awaitable)`: a passed-through value, or the end of the await as the end
    /// of an iterator (a StopIteration carrying the value when there is one).
    pub(crate) fn async_gen_step_next(&mut self, step: ObjRef) -> Result<Option<Value>, Exception> {
        match self.async_gen_step_send(step, Value::None)? {
            StepOutcome::Passthrough(value) => Ok(Some(value)),
            StepOutcome::Done(value) if value.is_none() => Ok(None),
            StepOutcome::Done(value) => {
                Err(self.exception_with_args(TypeId::StopIteration, vec![value]))
            }
        }
    }

    /// `close()` of an awaitable: it can no longer be awaited.
    pub(crate) fn async_gen_step_close(&mut self, step: ObjRef) {
        self.set_step_state(step, AwaitableState::Closed);
    }

    /// SEND with an async generator's awaitable as the receiver: a passed-through
    /// value is yielded on; the end of the await leaves its value for GeneratorResult,
    /// where a tracer sees CPython's StopIteration in the awaiting frame.
    pub(super) fn send_to_async_gen_step(
        &mut self,
        step: ObjRef,
        sent: Value,
        target: u32,
    ) -> Result<(), Exception> {
        match self.async_gen_step_send(step, sent)? {
            StepOutcome::Passthrough(value) => self.push(value),
            StepOutcome::Done(value) => {
                self.set_async_gen_step_result(step, value);
                self.pop();
                self.jump(target);
                if self.tracing {
                    let line = self.frames.last().map_or(0, |frame| frame.current_line());
                    self.push_event(crate::runtime::trace::EventKind::Exception, line, None);
                }
            }
        }
        Ok(())
    }
}
