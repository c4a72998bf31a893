//! Generators: a generator's frame leaves the frame stack at each `yield`, taking its
//! slice of the operand stack along, and comes back when the generator is resumed. A
//! `for` loop resumes it in the same dispatch loop; native code (`list(gen)`) resumes
//! it in a nested loop that stops at the next yield.

use super::async_generators::StepOutcome;
use super::{BlockKind, Frame, LoopExit, Vm};
use crate::runtime::code::Instr;
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::{AsyncGenFlags, Generator, GeneratorKind, GeneratorState, Object};
use crate::runtime::trace::EventKind;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;

impl Vm {
    pub(super) fn as_generator(&self, value: Value) -> Option<ObjRef> {
        let r = value.as_obj()?;
        matches!(self.heap.get(r), Object::Generator(_)).then_some(r)
    }

    pub(super) fn is_coroutine(&self, generator: ObjRef) -> bool {
        matches!(self.heap.get(generator), Object::Generator(g) if g.is_coroutine())
    }

    /// Which of generator, coroutine and async generator this object is.
    pub(crate) fn generator_kind(&self, generator: ObjRef) -> Option<GeneratorKind> {
        match self.heap.get(generator) {
            Object::Generator(g) => Some(g.kind),
            _ => None,
        }
    }

    /// Calling a generator function binds its arguments and returns the generator;
    /// its body starts on the first `next()`.
    pub(super) fn new_generator(&mut self, mut frame: Frame, qualname: Value) -> Value {
        let code = frame.code.clone();
        let code_object = match frame.function.map(|f| self.heap.get(f)) {
            Some(Object::Function(f)) => Some(f.code_object),
            _ => None,
        };
        let generator = Generator {
            frame: None,
            saved_stack: Vec::new(),
            state: GeneratorState::Created,
            code,
            qualname,
            return_value: Value::None,
            code_object,
            kind: match (frame.code.flags.coroutine, frame.code.flags.async_generator) {
                (_, true) => GeneratorKind::AsyncGenerator,
                (true, false) => GeneratorKind::Coroutine,
                (false, false) => GeneratorKind::Generator,
            },
            async_flags: AsyncGenFlags::default(),
        };
        let r = self.heap.alloc(Object::Generator(Box::new(generator)));
        frame.generator = Some(r);
        if let Some(Object::Generator(g)) = self.heap.get_mut(r) {
            g.frame = Some(Box::new(frame));
        }
        Value::Obj(r)
    }

    /// Puts a generator's frame back on the frame stack, the sent value pushed as the
    /// result of the `yield` it stopped at. False when the generator is finished.
    pub(super) fn resume_generator(
        &mut self,
        generator: ObjRef,
        sent: Value,
    ) -> Result<bool, Exception> {
        self.resume_generator_traced(generator, sent, true)
    }

    /// `resume_generator`, reporting the call event only when `announce` is true.
    fn resume_generator_traced(
        &mut self,
        generator: ObjRef,
        sent: Value,
        announce: bool,
    ) -> Result<bool, Exception> {
        let Some(Object::Generator(g)) = self.heap.get_mut(generator) else {
            return Ok(false);
        };
        let kind = g.kind.noun();
        match g.state {
            // Sending into a finished coroutine is an error, not an end (CPython's
            // gen_send_ex2).
            GeneratorState::Finished if g.is_coroutine() => {
                return Err(self.error(
                    TypeId::RuntimeError,
                    "cannot reuse already awaited coroutine",
                ))
            }
            GeneratorState::Finished => return Ok(false),
            GeneratorState::Running => {
                return Err(self.value_error(format!("{kind} already executing")))
            }
            GeneratorState::Created if !sent.is_none() => {
                let message = format!("can't send non-None value to a just-started {kind}");
                return Err(self.type_error(message));
            }
            GeneratorState::Created | GeneratorState::Suspended => {}
        }
        let started = g.state == GeneratorState::Suspended;
        let Some(mut frame) = g.frame.take() else {
            return Ok(false);
        };
        let saved = std::mem::take(&mut g.saved_stack);
        g.state = GeneratorState::Running;
        frame.stack_base = self.stack.len() as u32;
        self.stack.extend(saved);
        if started {
            self.stack.push(sent);
        }
        let line = if started {
            frame.current_line()
        } else {
            frame.code.firstlineno
        };
        self.enter_suspended_handlers(&mut frame);
        self.frames.push(*frame);
        if self.tracing && announce {
            self.push_event(EventKind::Call, line, None);
        }
        Ok(true)
    }

    /// `YieldValue`: the running generator's frame leaves the stack; the value goes to
    /// whoever resumed it, on its operand stack.
    pub(super) fn suspend_generator(&mut self, value: Value) {
        if self.tracing {
            self.trace_return(Some(value));
        }
        let Some(mut frame) = self.frames.pop() else {
            return;
        };
        self.leave_handlers_for_suspension(&mut frame);
        let saved = self
            .stack
            .split_off((frame.stack_base as usize).min(self.stack.len()));
        if let Some(generator) = frame.generator {
            if let Some(Object::Generator(g)) = self.heap.get_mut(generator) {
                g.frame = Some(Box::new(frame));
                g.saved_stack = saved;
                g.state = GeneratorState::Suspended;
            }
        }
        self.stack.push(value);
    }

    /// A generator's handled exception belongs to its frame (CPython's `gi_exc_state`):
    /// suspending inside an `except` body gives the resumer back the exception it was
    /// handling, the one the outermost of the frame's handling blocks remembers.
    fn leave_handlers_for_suspension(&mut self, frame: &mut Frame) {
        let outermost = frame.blocks.iter().find_map(|block| match block.kind {
            BlockKind::Handling { previous } => Some(previous),
            BlockKind::Handler => None,
        });
        if let Some(resumer_handling) = outermost {
            frame.suspended_handling = self.handling;
            self.handling = resumer_handling;
        }
    }

    /// Resuming inside an `except` body: the generator's exception is handled again,
    /// and leaving the outermost handler restores what this resumer was handling.
    fn enter_suspended_handlers(&mut self, frame: &mut Frame) {
        let outermost = frame
            .blocks
            .iter_mut()
            .find_map(|block| match &mut block.kind {
                BlockKind::Handling { previous } => Some(previous),
                BlockKind::Handler => None,
            });
        if let Some(previous) = outermost {
            *previous = self.handling;
            self.handling = frame.suspended_handling.take();
        }
    }

    pub(super) fn finish_generator(&mut self, generator: ObjRef, returned: Value) {
        if let Some(Object::Generator(g)) = self.heap.get_mut(generator) {
            g.state = GeneratorState::Finished;
            g.return_value = returned;
            g.frame = None;
            g.saved_stack.clear();
        }
    }

    /// A generator a `for` loop was running returned: the loop ends, as FOR_ITER does
    /// on StopIteration. CPython makes (and reports as an exception event in the loop's
    /// frame) a StopIteration only when the generator returned something other than None.
    pub(super) fn end_for_loop_over_generator(&mut self, returned: Value, coroutine: bool) {
        let Some(caller) = self.frames.last() else {
            return;
        };
        let Some(&(Instr::ForIter(target) | Instr::Send(target))) =
            caller.code.instructions.get(caller.last_pc as usize)
        else {
            return;
        };
        let line = caller.current_line();
        self.stack.pop();
        self.jump(target);
        // A coroutine has no `__next__`: under a tracer, CPython's SEND calls its
        // `send`, whose StopIteration the awaiting frame reports even for None.
        if self.tracing && (coroutine || !returned.is_none()) {
            self.push_event(EventKind::Exception, line, None);
        }
    }

    /// `next(generator)` (or `send`) from native code: runs it to its next yield.
    /// `None` when it is finished.
    pub fn generator_next(
        &mut self,
        generator: ObjRef,
        sent: Value,
    ) -> Result<Option<Value>, Exception> {
        if !self.resume_generator(generator, sent)? {
            return Ok(None);
        }
        self.run_resumed(generator)
    }

    /// `gen.throw(exc)`: resumes the generator by raising `exception` where it paused;
    /// the next value it yields, or `None` when it finishes. A generator paused in
    /// `yield from` or `await` throws into what it delegates to first (CPython's
    /// `_gen_throw`): the delegate's next value is the answer, its return value is
    /// where this generator goes on, and its exception is raised here instead.
    pub fn generator_throw(
        &mut self,
        generator: ObjRef,
        mut exception: ObjRef,
    ) -> Result<Option<Value>, Exception> {
        let exiting = self.heap.get(exception).type_id() == TypeId::GeneratorExit;
        if let Some(delegate) = self.delegate_of(generator).filter(|_| !exiting) {
            match self.throw_into_delegate(delegate, exception) {
                Some(Ok(Some(value))) => return Ok(Some(value)),
                Some(Ok(None)) => return self.resume_after_delegation(generator),
                Some(Err(Exception::Raised(raised))) => exception = raised,
                Some(Err(error)) => return Err(error),
                None => {}
            }
        }
        if !self.resume_generator(generator, Value::None)? {
            return Err(Exception::Raised(exception));
        }
        let depth = self.frames.len();
        let value = match self
            .unwind(exception, depth, false)
            .and_then(|_| self.run_nested(depth))?
        {
            LoopExit::Returned(value) => value,
            LoopExit::Paused => Value::None,
        };
        let finished = matches!(self.heap.get(generator), Object::Generator(g) if g.state == GeneratorState::Finished);
        Ok(if finished { None } else { Some(value) })
    }

    /// What a suspended generator is delegating to (`gi_yieldfrom`, `cr_await`): it
    /// stopped at the YIELD_VALUE right after a SEND, with the delegate on top of its
    /// stack. `None` when it stopped at a `yield` of its own.
    pub(crate) fn delegate_of(&self, generator: ObjRef) -> Option<Value> {
        let Object::Generator(g) = self.heap.get(generator) else {
            return None;
        };
        let frame = g
            .frame
            .as_deref()
            .filter(|_| g.state == GeneratorState::Suspended)?;
        let pc = frame.pc as usize;
        let before = |back: usize| {
            pc.checked_sub(back)
                .and_then(|i| frame.code.instructions.get(i))
        };
        let delegating = matches!(
            (before(2), before(1)),
            (Some(Instr::Send(_)), Some(Instr::YieldValue))
        );
        g.saved_stack.last().copied().filter(|_| delegating)
    }

    /// Throws into what a generator awaits or delegates to, when it is one of the
    /// interpreter's own: a generator or coroutine, or an async generator's awaitable.
    /// `Ok(None)` when the delegate finished (its result is where GeneratorResult
    /// reads it); `None` when the delegate takes no throw.
    fn throw_into_delegate(
        &mut self,
        delegate: Value,
        exception: ObjRef,
    ) -> Option<Result<Option<Value>, Exception>> {
        if let Some(inner) = self.as_generator(delegate) {
            return Some(self.generator_throw(inner, exception));
        }
        let step = self.as_async_gen_step(delegate)?;
        Some(match self.async_gen_step_throw(step, exception) {
            Ok(StepOutcome::Passthrough(value)) => Ok(Some(value)),
            Ok(StepOutcome::Done(value)) => {
                self.set_async_gen_step_result(step, value);
                Ok(None)
            }
            Err(error) => Err(error),
        })
    }

    /// The delegate finished: the generator goes on after its SEND loop, with the
    /// delegate's return value read from the copy of it left on the stack. CPython
    /// reports no call event for this resumption: the frame was already executing.
    fn resume_after_delegation(&mut self, generator: ObjRef) -> Result<Option<Value>, Exception> {
        if !self.resume_generator_traced(generator, Value::None, false)? {
            return Ok(None);
        }
        let frame_pc = self.frames.last().map_or(0, |frame| frame.pc as usize);
        let send = frame_pc
            .checked_sub(2)
            .and_then(|i| self.frames.last()?.code.instructions.get(i));
        if let Some(&Instr::Send(end)) = send {
            self.pop();
            self.pop();
            self.jump(end);
        }
        self.run_resumed(generator)
    }

    /// Runs a resumed generator until it yields (`Some` of the value) or finishes (`None`).
    fn run_resumed(&mut self, generator: ObjRef) -> Result<Option<Value>, Exception> {
        let depth = self.frames.len();
        let value = match self.run_nested(depth)? {
            LoopExit::Returned(value) => value,
            LoopExit::Paused => Value::None,
        };
        let finished = matches!(self.heap.get(generator), Object::Generator(g) if g.state == GeneratorState::Finished);
        Ok(if finished { None } else { Some(value) })
    }

    /// Marks a generator that never started (or already ended) as finished.
    pub fn close_generator(&mut self, generator: ObjRef) {
        self.finish_generator(generator, Value::None);
    }

    /// The value a finished generator returned, when it returned one (not None).
    pub fn generator_return_value(&self, generator: Value) -> Option<Value> {
        match generator.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Generator(g))
                if g.state == GeneratorState::Finished && !g.return_value.is_none() =>
            {
                Some(g.return_value)
            }
            _ => None,
        }
    }

    /// Python 3.7+: a StopIteration escaping a generator's body becomes RuntimeError,
    /// and so does a StopAsyncIteration escaping an async generator's (PEP 525).
    pub(super) fn stop_iteration_leaving_generator(
        &mut self,
        exception: ObjRef,
        generator: ObjRef,
    ) -> ObjRef {
        let kind = self
            .generator_kind(generator)
            .unwrap_or(GeneratorKind::Generator);
        let escaping = match self.heap.get(exception).type_id() {
            TypeId::StopIteration => "StopIteration",
            TypeId::StopAsyncIteration if kind == GeneratorKind::AsyncGenerator => {
                "StopAsyncIteration"
            }
            _ => return exception,
        };
        let noun = kind.noun();
        let Exception::Raised(replacement) =
            self.error(TypeId::RuntimeError, format!("{noun} raised {escaping}"))
        else {
            return exception;
        };
        if let Some(Object::Exception(e)) = self.heap.get_mut(replacement) {
            e.cause = Some(Value::Obj(exception));
            e.context = Some(Value::Obj(exception));
            e.suppress_context = true;
        }
        replacement
    }
}
