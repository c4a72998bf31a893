//! Pictures of the steps that Python code called back by native code reported (a
//! `sorted` key, a `map` function, `sum` over a generator). Such code runs inside one
//! instruction of its caller, and the stepper pauses only between instructions, so
//! these steps have no paused state to replay to: a replay passing through them has the
//! interpreter copy itself as each wanted event is reported (`Vm::capture_at_events`),
//! and the step is drawn from that copy. A picture is drawn, never run.
//!
//! A replay keeps the pictures of the steps just before the one it goes to as well, so
//! stepping back through a key function's calls draws each from its picture with no
//! replay. A picture shows a fixed step, so it stays right for the session's life.

use super::history::StepRecord;
use super::snapshot::Snapshot;
use super::stepper::Stepper;
use super::Session;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// Steps before the one a replay goes to whose pictures it keeps too, when the page is
/// stepping back; a jump keeps only the step before, as each picture costs the pages
/// the rest of the replay writes (natively 20–60 µs each in a `sorted` key's calls).
const BEHIND_STEPPING_BACK: usize = 8;
/// Pictures kept at most, the oldest let go first.
const CAPACITY: usize = 64;

/// A step's interpreter as it stood at the step's event.
#[derive(Clone)]
pub struct Picture {
    pub step: usize,
    /// The first step of the batch of events the picture came with. The steps after it
    /// ran no instruction of the outermost loop, so they have no name accesses.
    pub batch_start: usize,
    pub state: Stepper,
}

#[derive(Default)]
pub struct Pictures {
    kept: RefCell<VecDeque<Rc<Picture>>>,
    /// How many steps before its own the next replay takes pictures of.
    behind: Cell<usize>,
}

impl Pictures {
    pub fn get(&self, step: usize) -> Option<Rc<Picture>> {
        self.kept.borrow().iter().find(|p| p.step == step).cloned()
    }

    /// Sets how far back the next replays take pictures: far when the page is stepping
    /// back (`snapshot(n)` after `snapshot(n + 1)`), else one step.
    pub fn reach_back(&self, stepping_back: bool) {
        self.behind.set(if stepping_back { BEHIND_STEPPING_BACK } else { 1 });
    }

    /// Keeps `pictures`, letting the oldest go past the capacity.
    pub fn keep(&self, pictures: Vec<Picture>) {
        let mut kept = self.kept.borrow_mut();
        for picture in pictures {
            if kept.iter().all(|p| p.step != picture.step) {
                kept.push_back(Rc::new(picture));
            }
        }
        while kept.len() > CAPACITY {
            kept.pop_front();
        }
    }
}

impl Session {
    /// The steps whose pictures a replay going to `step` takes: the callbacks' steps
    /// among `step`, the one after it (for stepping forward) and those before it that
    /// [`Pictures::reach_back`] set, less those already kept.
    pub(super) fn pictures_wanted(&self, step: usize) -> Vec<usize> {
        let behind = self.pictures.behind.get();
        (step.saturating_sub(behind)..=step + 1)
            .filter(|&at| self.in_callback(at) && self.pictures.get(at).is_none())
            .collect()
    }

    /// Whether `step` was reported from a callback, so is drawn from a picture.
    pub(super) fn in_callback(&self, step: usize) -> bool {
        self.history.get(step).is_some_and(|record| record.in_callback)
    }

    /// `step` and the step before it drawn with no replay, when `step` came after the
    /// first step of its batch and both pictures are kept (or the step before was just
    /// drawn, `drawn_before`). `None` when a replay is needed.
    pub(super) fn drawn_from_pictures(
        &self,
        step: usize,
        record: StepRecord,
        drawn_before: &mut Option<Snapshot>,
    ) -> Option<(Snapshot, Snapshot)> {
        let previous = step.checked_sub(1)?;
        let now_picture = self.pictures.get(step).filter(|p| p.batch_start < step)?;
        let before = match drawn_before.take() {
            Some(before) => before,
            None => {
                let picture = self.pictures.get(previous)?;
                let previous_record = *self.history.get(previous)?;
                self.draw_state(previous, previous_record, &picture.state)
            }
        };
        let drawn_now = self.drawn_as_previous(step);
        let now = drawn_now.unwrap_or_else(|| self.draw_state(step, record, &now_picture.state));
        Some((before, now))
    }
}
