//! Rebuilding the interpreter at a step without drawing it: the nearest checkpoint (or
//! a nearer copy a recent replay kept), copied, given the recorded input, and run
//! forward to the step. What a snapshot starts from, on its own so that its cost can be
//! measured apart from drawing.

use super::stepper::Stepper;
use super::Session;

impl Session {
    /// The interpreter as it stood when `step` was reported; `None` past the end.
    pub fn state_at(&self, step: usize) -> Option<Stepper> {
        self.state_after(step).map(|(state, _)| state)
    }

    /// The state to replay from to reach the state after `reported` events, and how
    /// many it has reported: the latest checkpoint that has not gone past it, or a
    /// copy a recent replay kept after it, whichever is nearer.
    pub(super) fn replay_start(&self, reported: usize) -> Option<(usize, Stepper)> {
        let (at, checkpoint) = self.checkpoints.nearest(reported)?;
        let recent = self
            .recent
            .nearest_after(reported, at)
            .and_then(|kept| Some((kept, self.recent.copy_of(kept)?)));
        let (at, mut state) = recent.unwrap_or_else(|| (at, checkpoint.clone()));
        self.feed_input(&mut state);
        Some((at, state))
    }

    /// After an advance of a replay going to `step`: keeps a copy of `state` when the
    /// replay is in its last stretch and `spacing` instructions ran since the last
    /// copy. A replay collecting accesses keeps none, as its log would go with it.
    pub(super) fn keep_recent(&self, state: &Stepper, reported: usize, step: usize, last: &mut u64) {
        let due = state.vm.steps >= last.saturating_add(self.recent.spacing());
        if due && state.accesses.is_none() && self.recent.within_window(reported, step) {
            self.recent.keep(reported, state);
            *last = state.vm.steps;
        }
    }
}
