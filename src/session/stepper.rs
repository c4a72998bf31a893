//! Driving the interpreter one trace event at a time, pausing where `sys.settrace`
//! would call its hook: *before* the first instruction of a line runs, and *before* a
//! returning frame is popped, so a snapshot still shows the frame with its return value.
//! A clone of a [`Stepper`] is a checkpoint.

use super::accesses::AccessLog;
use super::frame_identity::FrameIdentity;
use super::pictures::Picture;
use super::write_index::{parameter_keys, write_keys, StoreKeys, WriteKeys};
use crate::runtime::code::Instr;
use crate::runtime::exception::{BudgetExceeded, Exception};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::recorded_input::StdinSource;
use crate::runtime::trace::{EventKind, TraceEvent};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::{Flow, Vm};

/// Generator frames are numbered apart from call frames: this plus the generator's
/// object id, the same whether the frame is running or suspended.
const GENERATOR_FRAME_IDS: u64 = 1 << 31;

/// The stable id of the frame of the generator whose object id is `generator`.
pub fn generator_frame_id(generator: u64) -> u64 {
    GENERATOR_FRAME_IDS + generator
}

/// The object id of the generator whose frame has id `frame`, when it is one.
pub fn generator_of_frame(frame: u64) -> Option<u64> {
    frame.checked_sub(GENERATOR_FRAME_IDS)
}

/// What the stepper does when it resumes.
#[derive(Clone, Copy, Debug)]
enum Pending {
    /// Fetch, trace and execute the next instruction.
    Fetch,
    /// Execute an instruction already fetched and traced (paused on its line event).
    Execute(Instr),
    /// Pop a frame whose return event was already reported.
    Finish(Value),
    /// Unwind an exception whose first exception event was already reported.
    Unwind(ObjRef),
}

/// How the program ended.
#[derive(Clone, Debug)]
pub enum Ending {
    Returned,
    Raised(ObjRef),
    Budget(BudgetExceeded),
}

/// A trace event and the stable id of the frame it happened in.
#[derive(Clone, Debug)]
pub struct SteppedEvent {
    pub event: TraceEvent,
    pub frame: u64,
}

#[derive(Clone)]
pub struct Stepper {
    pub vm: Vm,
    pending: Pending,
    /// A stable id per live frame, parallel to `vm.frames` (module frame first).
    pub frame_ids: Vec<u64>,
    /// Who each of those frames is, parallel to `frame_ids`.
    frame_identities: Vec<FrameIdentity>,
    /// The frames the last batch of events saw leave the stack, with who they were:
    /// the events of one instruction can report frames already gone.
    pub departed: Vec<(u64, FrameIdentity)>,
    next_frame_id: u64,
    pub ending: Option<Ending>,
    /// Whether `input()` with nothing to read pauses the run (in the browser) rather
    /// than raising EOFError (a fixed stdin).
    pub interactive_input: bool,
    /// Paused before a call to `input()` until a line is provided.
    pub awaiting_input: bool,
    /// The name accesses of the instructions run while it is set: only replays that
    /// build a snapshot set it, never the recording.
    pub accesses: Option<Box<AccessLog>>,
    /// The recording's write keys, for the write index (see [`WriteKeys`]).
    pub write_keys: WriteKeys,
    /// Pictures of steps reported from callbacks, by step: the interpreter as it stood
    /// at the event, to be drawn and never resumed (the native call it is inside lived
    /// only on the Rust stack of the replay that made it).
    pub pictures: Vec<Picture>,
    /// The step the next event reported will be, while pictures are wanted.
    picture_base: usize,
}

impl Stepper {
    pub fn new(mut vm: Vm) -> Stepper {
        vm.tracing = true;
        Stepper {
            vm,
            pending: Pending::Fetch,
            frame_ids: vec![0],
            frame_identities: vec![FrameIdentity::default()],
            departed: Vec::new(),
            next_frame_id: 1,
            ending: None,
            interactive_input: false,
            awaiting_input: false,
            accesses: None,
            write_keys: WriteKeys::default(),
            pictures: Vec::new(),
            picture_base: 0,
        }
    }

    /// Runs until at least one trace event is reported (appended to `out`) or the
    /// program ends. Returns how many events were added.
    pub fn advance(&mut self, out: &mut Vec<SteppedEvent>) -> usize {
        let before = out.len();
        while self.ending.is_none() && !self.awaiting_input {
            self.resume();
            if !self.vm.events.is_empty() {
                self.take_events(out);
                break;
            }
        }
        out.len() - before
    }

    fn take_events(&mut self, out: &mut Vec<SteppedEvent>) {
        self.departed.clear();
        let mut captured = std::mem::take(&mut self.vm.captured);
        let mut taken = 0;
        while let Some(event) = self.vm.events.pop_front() {
            self.track_frame_ids(&event);
            let depth = event.depth.max(1);
            let frame = self.frame_ids.get(depth - 1).copied().unwrap_or(0);
            if event.kind == EventKind::Call {
                self.note_parameters(depth, frame);
            }
            taken += 1;
            if let Some(index) = captured.iter().position(|(at, _)| *at == taken) {
                let (_, vm) = captured.swap_remove(index);
                self.keep_picture(self.picture_base + taken - 1, &event, vm);
            }
            out.push(SteppedEvent { event, frame });
        }
    }

    /// Asks the next advance, which follows `reported` events, to keep pictures of the
    /// steps in `steps` that callbacks report (none when empty).
    pub fn want_pictures(&mut self, reported: usize, steps: &[usize]) {
        self.picture_base = reported;
        self.vm.capture_at_events = steps
            .iter()
            .filter(|&&step| step >= reported)
            .map(|&step| step - reported + 1)
            .collect();
        self.vm.captured.clear();
    }

    /// A stepper paused at `event` in the interpreter `vm` kept there, with the frame
    /// ids as they stood after the event.
    fn keep_picture(&mut self, step: usize, event: &TraceEvent, vm: Box<Vm>) {
        let pending = match (event.kind, event.value) {
            // A generator run from native code (an async generator's awaitable, say)
            // reports its `yield` as a return event too, but pauses rather than ends.
            (EventKind::Return, Some(_)) if at_yield(&vm) => Pending::Fetch,
            (EventKind::Return, Some(value)) => Pending::Finish(value),
            (EventKind::Exception, Some(Value::Obj(exception))) => Pending::Unwind(exception),
            _ => Pending::Fetch,
        };
        let mut picture = Stepper::new(*vm);
        picture.pending = pending;
        picture.frame_ids = self.frame_ids.clone();
        picture.frame_identities = self.frame_identities.clone();
        picture.departed = self.departed.clone();
        picture.next_frame_id = self.next_frame_id;
        self.pictures.push(Picture {
            step,
            batch_start: self.picture_base,
            state: picture,
        });
    }

    /// Keeps `frame_ids` in step with the frame stack: a call event pushes a new id,
    /// any other event is reported in a frame at `depth`.
    fn track_frame_ids(&mut self, event: &TraceEvent) {
        let depth = event.depth.max(1);
        let kept = if event.kind == EventKind::Call {
            depth - 1
        } else {
            depth
        };
        let gone = self.frame_ids.iter().skip(kept).copied();
        let who = self
            .frame_identities
            .drain(kept.min(self.frame_identities.len())..);
        self.departed.extend(gone.zip(who));
        self.frame_ids.truncate(kept);
        while self.frame_ids.len() < depth {
            let index = self.frame_ids.len();
            let id = self.id_for_frame_at(index);
            self.frame_ids.push(id);
            let identity = self.vm.frames.get(index);
            let identity = identity.map(|frame| FrameIdentity::of(frame, &self.vm.heap));
            self.frame_identities.push(identity.unwrap_or_default());
        }
    }

    /// A new id, except for a generator's frame, which keeps one id across every
    /// resumption: it is the same frame, suspended and resumed.
    fn id_for_frame_at(&mut self, index: usize) -> u64 {
        let generator = self.vm.frames.get(index).and_then(|frame| frame.generator);
        if let Some(generator) = generator {
            return generator_frame_id(self.vm.heap.id(generator));
        }
        self.next_frame_id += 1;
        self.next_frame_id - 1
    }

    fn resume(&mut self) {
        match std::mem::replace(&mut self.pending, Pending::Fetch) {
            Pending::Fetch => self.fetch(),
            Pending::Execute(instr) => self.execute(instr),
            Pending::Finish(value) => self.finish(value),
            Pending::Unwind(exception) => self.unwind(exception, false),
        }
    }

    /// The run loop's fetch half: budgets, collection, then the line event check.
    fn fetch(&mut self) {
        let vm = &mut self.vm;
        vm.release_all_native_holds();
        vm.steps += 1;
        if vm.steps > vm.budgets.max_steps {
            self.ending = Some(Ending::Budget(BudgetExceeded::Steps(vm.budgets.max_steps)));
            return;
        }
        if vm.heap.should_collect() && vm.native_depth == 0 {
            if let Err(error) = vm.collect_garbage() {
                self.fail(error);
                return;
            }
        }
        let Some(frame) = vm.frames.last() else {
            self.ending = Some(Ending::Returned);
            return;
        };
        let pc = frame.pc;
        let Some(&instr) = frame.code.instructions.get(pc as usize) else {
            let error = vm.error(
                TypeId::RuntimeError,
                "internal error: ran past the end of the code",
            );
            self.fail(error);
            return;
        };
        vm.trace_instruction(pc);
        if let Some(frame) = vm.frames.last_mut() {
            frame.last_pc = pc;
            frame.pc = pc + 1;
        }
        self.pending = Pending::Execute(instr);
    }

    fn execute(&mut self, instr: Instr) {
        if self.calls_input_with_nothing_to_read(instr) {
            self.awaiting_input = true;
            self.pending = Pending::Execute(instr);
            return;
        }
        let pending = match &self.accesses {
            Some(_) => AccessLog::before(&self.vm, self.current_frame_id(), instr),
            None => None,
        };
        let keys = match &self.write_keys.0 {
            Some(_) => write_keys(&self.vm, self.current_frame_id(), instr),
            None => StoreKeys::default(),
        };
        let outcome = self.vm.execute(instr);
        if let (Some(log), Some(pending)) = (self.accesses.as_mut(), pending) {
            log.after(&self.vm, pending, outcome.is_ok());
        }
        if let (Some(noted), false, true) =
            (self.write_keys.0.as_mut(), keys.is_empty(), outcome.is_ok())
        {
            noted.extend(keys.0.into_iter().flatten());
        }
        match outcome {
            Ok(Flow::Next) => {}
            Ok(Flow::Return(value)) if self.in_library() => self.finish(value),
            Ok(Flow::Return(value)) if self.vm.frames.len() > 1 => self.announce_return(value),
            Ok(Flow::Return(_)) => self.ending = Some(Ending::Returned),
            Err(error) => self.fail(error),
        }
    }

    /// A call binds its parameters before its first event: noted as writes by the
    /// access log and the write keys, whichever is attached.
    fn note_parameters(&mut self, depth: usize, frame_id: u64) {
        let Some(called) = self.vm.frames.get(depth - 1) else {
            return;
        };
        if let Some(log) = self.accesses.as_mut() {
            log.bind_parameters(&self.vm, frame_id, called);
        }
        if let Some(keys) = self.write_keys.0.as_mut() {
            parameter_keys(&self.vm, frame_id, called, keys);
        }
    }

    /// The stable id of the innermost frame.
    fn current_frame_id(&self) -> u64 {
        let depth = self.vm.frames.len().max(1);
        self.frame_ids.get(depth - 1).copied().unwrap_or(0)
    }

    /// Whether `instr` calls the built-in `input` while no line is waiting: the
    /// callable sits below the arguments on the stack (and below the receiver slot of
    /// a method call).
    fn calls_input_with_nothing_to_read(&self, instr: Instr) -> bool {
        if !self.interactive_input
            || !matches!(&self.vm.input.stdin, StdinSource::Text(text) if text.is_empty())
        {
            return false;
        }
        let below = match instr {
            Instr::Call(argc) | Instr::CallKw(argc, _) => argc as usize + 1,
            Instr::CallMethod(argc) => argc as usize + 2,
            _ => return false,
        };
        let callable = self
            .vm
            .stack
            .len()
            .checked_sub(below)
            .and_then(|i| self.vm.stack.get(i));
        let Some(Value::Obj(r)) = callable else {
            return false;
        };
        matches!(self.vm.heap.get(*r), Object::Native(n) if n.name == "input" && n.owner.is_none() && n.module.is_none())
    }

    /// Reports the return event while the frame is still on the stack; the frame is
    /// popped when the stepper resumes.
    fn announce_return(&mut self, value: Value) {
        if let Some(frame) = self.vm.frames.last() {
            let line = if frame.traced_line == 0 {
                frame.current_line()
            } else {
                frame.traced_line
            };
            let event = TraceEvent {
                kind: EventKind::Return,
                line,
                function: frame.code.name.clone(),
                file: self.vm.file_of(&frame.code),
                depth: self.vm.frames.len(),
                value: Some(value),
                in_callback: false,
            };
            self.vm.events.push_back(event);
        }
        self.pending = Pending::Finish(value);
    }

    fn finish(&mut self, value: Value) {
        let pending = self.vm.take_pending_init();
        let queued = self.vm.events.len();
        self.vm.finish_frame(value, 1);
        // The frame's return event was reported before the pop; drop the repeat.
        self.vm.events.truncate(queued);
        // A class call's `__new__` returned: its `__init__` comes next.
        if let Some(pending) = pending {
            if let Err(error) = self.vm.init_after_new(pending) {
                self.fail(error);
            }
        }
    }

    /// A Python exception unwinds to a handler or ends the program; a budget ends it.
    /// A Python exception is reported where it is raised, with the raising frame
    /// still as it was (the tracer sees it there too), then unwound on resuming; a
    /// re-raise reports nothing new in its frame. A budget ends the run.
    fn fail(&mut self, error: Exception) {
        match error {
            Exception::Raised(exception) if std::mem::take(&mut self.vm.reraising) => {
                self.unwind(exception, true)
            }
            // Library frames report nothing: the exception is unwound at once, and the
            // first frame of the program it reaches reports it.
            Exception::Raised(exception) if self.in_library() => {
                self.unwind_from_library(exception)
            }
            Exception::Raised(exception) => self.announce_exception(exception),
            budget => self.end_with(budget),
        }
    }

    fn announce_exception(&mut self, exception: ObjRef) {
        if let Some(frame) = self.vm.frames.last() {
            let event = TraceEvent {
                kind: EventKind::Exception,
                line: frame.current_line(),
                function: frame.code.name.clone(),
                file: self.vm.file_of(&frame.code),
                depth: self.vm.frames.len(),
                value: Some(Value::Obj(exception)),
                in_callback: false,
            };
            self.vm.events.push_back(event);
        }
        self.pending = Pending::Unwind(exception);
    }

    /// Finds a handler or ends the run; the first exception event of a fresh raise
    /// was reported already, so its repeat is dropped.
    fn unwind(&mut self, exception: ObjRef, reraise: bool) {
        let queued = self.vm.events.len();
        let outcome = self.vm.unwind(exception, 1, reraise);
        let repeated = self
            .vm
            .events
            .get(queued)
            .is_some_and(|e| e.kind == EventKind::Exception);
        if !reraise && repeated {
            self.vm.events.remove(queued);
        }
        if let Err(error) = outcome {
            self.end_with(error);
        }
    }

    /// Whether the current frame runs library code (`CodeFlags::library`).
    fn in_library(&self) -> bool {
        self.vm
            .frames
            .last()
            .is_some_and(|frame| frame.code.flags.library)
    }

    fn unwind_from_library(&mut self, exception: ObjRef) {
        if let Err(error) = self.vm.unwind(exception, 1, false) {
            self.end_with(error);
        }
    }

    fn end_with(&mut self, error: Exception) {
        self.ending = Some(match error {
            Exception::Raised(exception) => {
                self.vm.uncaught = Some(exception);
                Ending::Raised(exception)
            }
            Exception::Budget(budget) => Ending::Budget(budget),
        });
    }

    /// Whether the program has ended.
    pub fn is_finished(&self) -> bool {
        self.ending.is_some()
    }

    /// The exception being raised, while paused on the event that reports it.
    pub fn raising(&self) -> Option<ObjRef> {
        match self.pending {
            Pending::Unwind(exception) => Some(exception),
            _ => None,
        }
    }

    /// The value the current frame is returning, while paused on its return event.
    pub fn returning_value(&self) -> Option<Value> {
        match self.pending {
            Pending::Finish(value) => Some(value),
            _ => None,
        }
    }
}

/// Whether the innermost frame is a generator's, stopped at a YIELD_VALUE.
fn at_yield(vm: &Vm) -> bool {
    vm.frames.last().is_some_and(|frame| {
        frame.generator.is_some()
            && matches!(
                frame.code.instructions.get(frame.last_pc as usize),
                Some(Instr::YieldValue)
            )
    })
}
