//! Emitting trace events as the interpreter runs, with CPython 3.11's line rules: a
//! line event fires when an instruction starts a different line than the last one
//! traced in the frame, or when a jump went backwards.

use super::Vm;
use crate::runtime::code::Instr;
use crate::runtime::trace::{EventKind, TraceEvent};
use crate::runtime::value::Value;
use std::rc::Rc;

impl Vm {
    pub(super) fn push_event(&mut self, kind: EventKind, line: u32, value: Option<Value>) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        // CPython's tracer sees library frames too, but a learner is shown only their
        // own program (the recorded events keep only the program's frames likewise).
        if frame.code.flags.library {
            return;
        }
        // The program's own module frame neither starts nor returns in the recording;
        // a module-level frame that exec or eval runs does.
        let program_frame = self.frames.len() == 1;
        if program_frame
            && frame.code.flags.module
            && matches!(kind, EventKind::Call | EventKind::Return)
        {
            return;
        }
        let in_callback = self.nested_runs > 0 || self.native_depth > 0 || self.calling_back > 0;
        let event = TraceEvent {
            kind,
            line,
            function: frame.code.name.clone(),
            file: self.file_of(&frame.code),
            depth: self.frames.len(),
            value,
            in_callback,
        };
        self.events.push_back(event);
        if in_callback && self.capture_at_events.contains(&self.events.len()) {
            self.capture_picture();
        }
    }

    /// Keeps a copy of the interpreter as it stands at the event just queued (see
    /// `capture_at_events`). The copy holds no pictures and no queued events of its
    /// own: a callback's batch queues thousands, and each copy would repeat them.
    fn capture_picture(&mut self) {
        let kept = std::mem::take(&mut self.captured);
        let wanted = std::mem::take(&mut self.capture_at_events);
        let events = std::mem::take(&mut self.events);
        let picture = Box::new(self.clone());
        self.captured = kept;
        self.capture_at_events = wanted;
        self.events = events;
        self.captured.push((self.events.len(), picture));
    }

    /// Called before the instruction at `pc` runs, when tracing.
    pub(crate) fn trace_instruction(&mut self, pc: u32) {
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        let line = frame.code.positions.get(pc as usize).map_or(0, |p| p.line);
        if line == 0 {
            return;
        }
        let onto_send = matches!(
            frame.code.instructions.get(pc as usize),
            Some(Instr::Send(_))
        );
        if line != frame.traced_line || (pc < frame.last_pc && !onto_send) {
            frame.traced_line = line;
            self.push_event(EventKind::Line, line, None);
        }
    }

    pub(super) fn trace_call(&mut self) {
        if let Some(frame) = self.frames.last() {
            // Module code that exec or eval runs starts before its first line: CPython
            // reports its call at line 0.
            let line = if frame.code.flags.module {
                0
            } else {
                frame.code.firstlineno
            };
            self.push_event(EventKind::Call, line, None);
        }
    }

    pub(super) fn trace_return(&mut self, value: Option<Value>) {
        if let Some(frame) = self.frames.last() {
            let line = if frame.traced_line == 0 {
                frame.current_line()
            } else {
                frame.traced_line
            };
            self.push_event(EventKind::Return, line, value);
        }
    }

    pub(super) fn trace_exception(&mut self, exception: Value) {
        if let Some(frame) = self.frames.last() {
            let line = frame.current_line();
            self.push_event(EventKind::Exception, line, Some(exception));
        }
    }

    /// The file `code` was compiled from, when it is not the program's: code that
    /// exec, eval or compile compiled, whatever its filename.
    pub fn file_of(&self, code: &crate::runtime::code::CodeObject) -> Option<Rc<str>> {
        code.flags
            .compiled_at_run_time
            .then(|| code.filename.clone())
    }
}
