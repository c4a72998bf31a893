//! Running one trace event at a time: the API the debugger and snapshots build on.

use super::Vm;
use crate::runtime::trace::TraceEvent;

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunEnd {
    /// What CPython would print to stderr (traceback, warnings, budget message).
    pub stderr: String,
    pub exit_code: i32,
}

/// The result of advancing: the next event, or the end of the program.
#[derive(Clone, Debug)]
pub enum Step {
    Event(TraceEvent),
    End(RunEnd),
}

impl Vm {
    /// Advances to the next trace event (turning tracing on), or reports the end.
    pub fn next_event(&mut self) -> Step {
        self.tracing = true;
        loop {
            if let Some(event) = self.events.pop_front() {
                return Step::Event(event);
            }
            if let Some(end) = &self.ended {
                return Step::End(end.clone());
            }
            let outcome = self.run_loop(1, true);
            if matches!(outcome, Ok(super::LoopExit::Paused)) {
                continue;
            }
            // CPython prints the traceback after tracing has stopped: a user
            // exception's __str__ called for it leaves no events.
            self.tracing = false;
            let (stderr, exit_code) = self.describe_outcome(outcome);
            self.tracing = true;
            self.frames.clear();
            self.ended = Some(RunEnd { stderr, exit_code });
        }
    }
}
