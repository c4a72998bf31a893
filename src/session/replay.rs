//! Rebuilding the interpreter at a step without drawing it: the nearest checkpoint,
//! copied, given the recorded input, and run forward to the step. What a snapshot
//! starts from, on its own so that its cost can be measured apart from drawing.

use super::history::StepKind;
use super::stepper::Stepper;
use super::Session;

impl Session {
    /// The interpreter as it stood when `step` was reported; `None` past the end.
    pub fn state_at(&self, step: usize) -> Option<Stepper> {
        if self.history.get(step)?.kind == StepKind::End {
            return self.final_state.clone();
        }
        let (mut reported, checkpoint) = self.checkpoints.nearest(step + 1)?;
        let mut state = checkpoint.clone();
        self.feed_input(&mut state);
        let mut events = Vec::new();
        while reported <= step {
            events.clear();
            let added = state.advance(&mut events);
            state.vm.stdout.clear();
            if added == 0 {
                break;
            }
            reported += added;
        }
        Some(state)
    }
}
