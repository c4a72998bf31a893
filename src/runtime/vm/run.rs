//! The dispatch loop: fetch, trace, execute, and unwind on exceptions. Python calls
//! push frames on `frames`; the Rust stack never grows with Python recursion.

use super::Vm;
use crate::runtime::exception::{BudgetExceeded, Exception};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use std::rc::Rc;

/// Why the loop stopped.
#[derive(Clone, Copy, Debug)]
pub enum LoopExit {
    /// The frame the loop was started for returned this value.
    Returned(Value),
    /// A trace event is waiting in the queue (only when pausing was asked for).
    Paused,
}

/// What an instruction asks the loop to do next.
pub(crate) enum Flow {
    Next,
    Return(Value),
}

impl Vm {
    /// Runs until the frame at depth `stop_below - 1` returns (or raises out), or, with
    /// `pause`, until a trace event is queued.
    pub fn run_loop(&mut self, stop_below: usize, pause: bool) -> Result<LoopExit, Exception> {
        let holds = self.native_holds.mark();
        let outcome = self.dispatch_until(stop_below, pause, holds);
        self.native_holds.release(holds);
        outcome
    }

    fn dispatch_until(
        &mut self,
        stop_below: usize,
        pause: bool,
        holds: super::native_holds::HoldsMark,
    ) -> Result<LoopExit, Exception> {
        loop {
            // At an instruction boundary this loop's own Rust code holds nothing.
            self.native_holds.release(holds);
            self.steps += 1;
            if self.steps > self.budgets.max_steps {
                return Err(Exception::Budget(BudgetExceeded::Steps(
                    self.budgets.max_steps,
                )));
            }
            // A nested run collects too, keeping what the Rust code waiting for it may
            // hold (see `young_since`), so a key function's garbage is freed mid-sort.
            if self.heap.should_collect() {
                self.collect_garbage()?;
            }
            let Some(frame) = self.frames.last_mut() else {
                return Ok(LoopExit::Returned(Value::None));
            };
            let pc = frame.pc;
            let Some(&instr) = frame.code.instructions.get(pc as usize) else {
                return Err(self.error(
                    TypeId::RuntimeError,
                    "internal error: ran past the end of the code",
                ));
            };
            if self.tracing {
                self.trace_instruction(pc);
            }
            if let Some(frame) = self.frames.last_mut() {
                frame.last_pc = pc;
                frame.pc = pc + 1;
            }
            match self.execute(instr) {
                Ok(Flow::Next) => {
                    // A generator resumed by native code has yielded to it.
                    if self.frames.len() < stop_below {
                        return Ok(LoopExit::Returned(self.pop()));
                    }
                }
                Ok(Flow::Return(value)) => {
                    let pending = self.take_pending_init();
                    let returned = self.finish_frame(value, stop_below);
                    match (returned, pending) {
                        (Some(value), None) => return Ok(LoopExit::Returned(value)),
                        (Some(made), Some(pending)) => {
                            let value = self.init_after_new_nested(pending, made)?;
                            return Ok(LoopExit::Returned(value));
                        }
                        (None, Some(pending)) => match self.init_after_new(pending) {
                            Err(Exception::Raised(exception)) => {
                                self.unwind(exception, stop_below, false)?
                            }
                            Err(budget) => return Err(budget),
                            Ok(()) => {}
                        },
                        (None, None) => {}
                    }
                }
                Err(Exception::Raised(exception)) => {
                    let reraise = std::mem::take(&mut self.reraising);
                    self.unwind(exception, stop_below, reraise)?;
                }
                Err(budget) => return Err(budget),
            }
            self.check_queued_events()?;
            if pause && !self.events.is_empty() {
                return Ok(LoopExit::Paused);
            }
        }
    }

    /// Pops the returning frame; hands the value to the caller's stack, or returns it
    /// when the frame was the one the loop was started for.
    pub(crate) fn finish_frame(&mut self, value: Value, stop_below: usize) -> Option<Value> {
        if self.tracing {
            self.trace_return(Some(value));
        }
        let frame = self.frames.pop()?;
        self.stack.truncate(frame.stack_base as usize);
        let value = frame.init_instance.unwrap_or(value);
        let generator = frame.generator;
        self.recycle_frame(frame);
        if let Some(generator) = generator {
            self.finish_generator(generator, value);
        }
        if self.frames.len() < stop_below {
            return Some(value);
        }
        if let Some(generator) = generator {
            let coroutine = self.is_coroutine(generator);
            self.end_for_loop_over_generator(value, coroutine);
            return None;
        }
        self.stack.push(value);
        None
    }

    /// Finds a handler for `exception`, frame by frame; records the traceback entry and
    /// trace events on the way. Errors out when it leaves the loop's frames.
    pub(crate) fn unwind(
        &mut self,
        mut exception: ObjRef,
        stop_below: usize,
        reraise: bool,
    ) -> Result<(), Exception> {
        if !reraise {
            self.attach_context(exception);
        }
        let mut record = !reraise;
        let mut at_origin = std::mem::take(&mut self.reraising_at_origin);
        loop {
            if record {
                self.record_traceback(exception);
                if self.tracing {
                    self.trace_exception(Value::Obj(exception));
                }
            }
            record = true;
            if self.enter_handler(exception) {
                return Ok(());
            }
            if self.tracing {
                if std::mem::take(&mut at_origin) {
                    self.restore_raise_position(exception);
                }
                self.trace_return(None);
            }
            if let Some(frame) = self.frames.pop() {
                self.stack.truncate(frame.stack_base as usize);
                if let Some(generator) = frame.generator {
                    self.finish_generator(generator, Value::None);
                    exception = self.stop_iteration_leaving_generator(exception, generator);
                }
            }
            if self.frames.len() < stop_below || self.frames.is_empty() {
                return Err(Exception::Raised(exception));
            }
        }
    }

    /// An exception leaving a frame after a handler re-raised it reports the line it
    /// was raised at, not the handler's (CPython's RERAISE restores `f_lasti`).
    fn restore_raise_position(&mut self, exception: ObjRef) {
        let Object::Exception(e) = self.heap.get(exception) else {
            return;
        };
        let Some(frame) = self.frames.last() else {
            return;
        };
        let entry = e
            .traceback
            .last()
            .filter(|entry| Rc::ptr_eq(&entry.code, &frame.code));
        let line = entry.map(|entry| entry.code.line_of(entry.instruction as usize));
        if let (Some(line), Some(frame)) = (line, self.frames.last_mut()) {
            frame.traced_line = line;
        }
    }

    /// Jumps to the innermost handler of the current frame, if it has one.
    fn enter_handler(&mut self, exception: ObjRef) -> bool {
        let Some(frame) = self.frames.last_mut() else {
            return false;
        };
        while let Some(block) = frame.blocks.pop() {
            match block.kind {
                super::BlockKind::Handler => {
                    self.stack
                        .truncate((frame.stack_base + block.stack_height) as usize);
                    frame.blocks.push(super::Block {
                        kind: super::BlockKind::Handling {
                            previous: self.handling,
                        },
                        handler: block.handler,
                        stack_height: block.stack_height,
                    });
                    frame.pc = block.handler;
                    self.handling = Some(exception);
                    self.stack.push(Value::Obj(exception));
                    return true;
                }
                super::BlockKind::Handling { previous } => self.handling = previous,
            }
        }
        false
    }

    fn record_traceback(&mut self, exception: ObjRef) {
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        if frame.serial == 0 {
            self.frame_serials += 1;
            frame.serial = self.frame_serials;
        }
        let entry = crate::runtime::exception::TracebackEntry {
            code: frame.code.clone(),
            instruction: frame.last_pc,
            frame_serial: frame.serial,
        };
        if let Some(crate::runtime::object::Object::Exception(e)) = self.heap.get_mut(exception) {
            e.traceback.push(entry);
        }
    }

    /// An exception raised while another is being handled remembers it as
    /// `__context__` (implicit chaining).
    fn attach_context(&mut self, exception: ObjRef) {
        let Some(handled) = self.handling else { return };
        if handled == exception {
            return;
        }
        if let Some(crate::runtime::object::Object::Exception(e)) = self.heap.get_mut(exception) {
            e.context = Some(Value::Obj(handled));
        }
    }

    /// Runs a nested dispatch loop for native code that called back into Python,
    /// refusing (RecursionError) past a depth the Rust stack can afford.
    pub(crate) fn run_nested(&mut self, stop_below: usize) -> Result<LoopExit, Exception> {
        const MAX_NESTED_RUNS: u32 = 160;
        if self.nested_runs >= MAX_NESTED_RUNS {
            while self.frames.len() >= stop_below.max(1) {
                let Some(frame) = self.frames.pop() else {
                    break;
                };
                self.stack.truncate(frame.stack_base as usize);
                if let Some(generator) = frame.generator {
                    self.finish_generator(generator, Value::None);
                }
            }
            return Err(self.error(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        self.nested_runs += 1;
        let start = self.heap.next_id();
        let outer_young_since = std::mem::replace(&mut self.young_since, start);
        let outcome = self.run_loop(stop_below, false);
        self.young_since = outer_young_since;
        let handed_back = match &outcome {
            Ok(LoopExit::Returned(value)) => Some(*value),
            Err(Exception::Raised(exception)) => Some(Value::Obj(*exception)),
            _ => None,
        };
        self.native_holds
            .note_ended_run(start, self.heap.next_id(), handed_back);
        self.nested_runs -= 1;
        outcome
    }

    /// An item a native function (`sum`, `sorted`, `str.join`) takes from an iterator
    /// counts as a step, so a native loop over `range(10**12)` stops at the step budget
    /// as a Python loop would.
    pub(crate) fn count_native_step(&mut self) -> Result<(), Exception> {
        self.steps += 1;
        if self.steps > self.budgets.max_steps {
            return Err(Exception::Budget(BudgetExceeded::Steps(
                self.budgets.max_steps,
            )));
        }
        Ok(())
    }

    /// The step budget, counted in trace events while native code runs Python: past
    /// the events the recorder has room for, the run stops, however deep in native
    /// calls it is.
    fn check_queued_events(&mut self) -> Result<(), Exception> {
        let room = self.budgets.max_queued_events.max(1);
        if self.events.len() >= room {
            // One instruction can queue several events; those past the room are the
            // steps the recorder has no space for.
            self.events.truncate(room);
            return Err(Exception::Budget(BudgetExceeded::Steps(self.steps)));
        }
        Ok(())
    }

    /// Mark-sweep from every root the interpreter holds.
    pub fn collect_garbage(&mut self) -> Result<(), Exception> {
        let mut roots: Vec<Value> = self.stack.clone();
        for frame in &self.frames {
            frame.roots(&mut roots);
        }
        roots.extend(self.handling.map(Value::Obj));
        roots.extend(self.native_roots.iter().copied());
        self.native_held_roots(&mut roots);
        roots.push(Value::Obj(self.builtins));
        roots.push(Value::Obj(self.main_globals));
        roots.extend(self.modules.iter().map(|(_, m)| Value::Obj(*m)));
        roots.extend(self.events.iter().filter_map(|e| e.value));
        roots.extend(self.uncaught.map(Value::Obj));
        roots.extend(self.lasting_roots.iter().copied());
        roots.extend(self.property_deleters.iter().map(|&(_, deleter)| deleter));
        roots.extend(self.lazy_classes.iter().map(|&(_, class)| class));
        roots.extend(self.asyncgen_hooks);
        self.heap.collect(&roots, self.permanent_slots);
        if self.heap.live_objects() > self.budgets.max_heap_objects {
            return Err(Exception::Budget(BudgetExceeded::HeapObjects(
                self.budgets.max_heap_objects,
            )));
        }
        Ok(())
    }
}
