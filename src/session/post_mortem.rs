//! The last step of a run an uncaught exception ended. By then the exception has
//! unwound every frame, but what a learner needs is the moment it was raised: the
//! traceback's frames as they stood, the raising line highlighted, and the line
//! CPython's traceback ends on (the innermost one, not the caller's).

use super::history::StepKind;
use super::snapshot::{RaisedView, Snapshot};
use super::stepper::Ending;
use super::Session;
use crate::runtime::object::Object;

impl Session {
    /// The `end` step's snapshot after an uncaught exception, drawn from the state at
    /// the step where the exception was raised; `None` when the run ended otherwise.
    pub(super) fn post_mortem(&self, step: usize) -> Option<Snapshot> {
        let uncaught = self.uncaught.as_ref()?;
        let raised_at = self.raising_step()?;
        let record = *self.history.get(raised_at)?;
        let (state, _) = self.state_after(raised_at)?;
        let mut view = self.draw_state(raised_at, record, &state);
        let end = *self.history.get(step)?;
        view.step = step;
        view.event = StepKind::End.name();
        view.prev_line = self.history.prev_line(step);
        view.stdout = self.history.stdout_at(step).to_string();
        view.stderr = self.history.stderr_at(step).to_string();
        view.post_mortem = true;
        for frame in view.frames.iter_mut().filter(|f| f.state == "running") {
            frame.state = "raised";
        }
        let line = self.innermost_traceback_line().unwrap_or(record.line);
        let raised_in = view.frames.last().map(|frame| frame.qualname.clone());
        view.exception = Some(RaisedView {
            type_name: uncaught.type_name.clone(),
            message: uncaught.message.clone(),
            line,
            frame: Some(u64::from(record.frame)),
            raised_in,
        });
        view.stopped = self.stopped.clone().filter(|_| end.kind == StepKind::End);
        Some(view)
    }

    /// The step that reported the uncaught exception in its innermost frame: the first
    /// `exception` event of the run of `exception` and `return` events it ended with.
    fn raising_step(&self) -> Option<usize> {
        let records = &self.history.records;
        let last = records.len().checked_sub(1)?;
        let mut raised = None;
        for index in (0..last).rev() {
            match records.get(index)?.kind {
                StepKind::Exception => raised = Some(index),
                StepKind::Return => {}
                _ => break,
            }
        }
        raised
    }

    /// The line of the traceback's innermost entry, as CPython prints it last.
    fn innermost_traceback_line(&self) -> Option<u32> {
        let last = self.final_state.as_ref()?;
        let Some(Ending::Raised(exception)) = last.ending else {
            return None;
        };
        let Object::Exception(raised) = last.vm.heap.get(exception) else {
            return None;
        };
        let entry = raised.traceback.first()?;
        Some(entry.code.line_of(entry.instruction as usize))
    }
}
