//! Recent states: copies of the interpreter that a snapshot's replay leaves behind
//! every few hundred instructions on its way to the step, so that the next snapshot
//! near it (one step back, a click a few steps away, the same step drawn again)
//! replays from close by instead of from a checkpoint a whole interval away. A reader
//! mostly moves near where they are, and stepping back one step from `n` should not
//! cost a replay of thousands of instructions.
//!
//! A copy shares every heap page with the replay it came from until one of them
//! writes (see `runtime::shared_pages`), but a page the replay writes while a copy
//! holds it is copied: so copies are kept only over the last stretch before the step
//! (a jump far away pays for a few, not for one per few hundred instructions of its
//! whole replay), and only a bounded number of them, the least recently used let go
//! first. Like checkpoints, they change how long a step takes to show, never what it
//! shows.

use super::stepper::Stepper;
use std::cell::{Cell, RefCell};

/// Instructions between two copies a replay keeps: a step near a kept copy replays at
/// most this many.
pub const DEFAULT_SPACING: u64 = 256;
/// Copies are kept only in the last this many steps before the step a replay goes to.
const WINDOW_STEPS: usize = 256;
/// Copies kept at most, whatever they hold.
const CAPACITY: usize = 32;

/// A copy of the interpreter after it reported `reported` events.
struct Recent {
    reported: usize,
    stepper: Stepper,
    /// When it was last kept or used, to let the least recently used one go.
    used: u64,
}

pub struct RecentStates {
    /// Sorted by `reported`, at most one copy per count.
    saved: RefCell<Vec<Recent>>,
    spacing: u64,
    clock: Cell<u64>,
}

impl RecentStates {
    /// Copies `spacing` instructions apart; `u64::MAX` keeps none.
    pub fn with_spacing(spacing: u64) -> RecentStates {
        RecentStates {
            saved: RefCell::new(Vec::new()),
            spacing: spacing.max(1),
            clock: Cell::new(0),
        }
    }

    /// Instructions between two copies a replay keeps.
    pub fn spacing(&self) -> u64 {
        self.spacing
    }

    /// Whether a replay going to step `target`, now after `reported` events, is close
    /// enough to it for its copies to be worth keeping.
    pub fn within_window(&self, reported: usize, target: usize) -> bool {
        self.spacing != u64::MAX && reported.saturating_add(WINDOW_STEPS) > target
    }

    /// The count of events of the latest copy that has not gone past `reported`, when
    /// it is later than `after`.
    pub fn nearest_after(&self, reported: usize, after: usize) -> Option<usize> {
        let saved = self.saved.borrow();
        let position = saved.partition_point(|r| r.reported <= reported);
        let found = saved.get(position.checked_sub(1)?)?;
        (found.reported > after).then_some(found.reported)
    }

    /// A copy of the state kept after `reported` events.
    pub fn copy_of(&self, reported: usize) -> Option<Stepper> {
        let tick = self.tick();
        let mut saved = self.saved.borrow_mut();
        let found = saved.iter_mut().find(|r| r.reported == reported)?;
        found.used = tick;
        Some(found.stepper.clone())
    }

    /// Keeps a copy of `stepper`, which has reported `reported` events, letting the
    /// least recently used copy go when there are too many.
    pub fn keep(&self, reported: usize, stepper: &Stepper) {
        let tick = self.tick();
        let mut saved = self.saved.borrow_mut();
        let position = saved.partition_point(|r| r.reported < reported);
        if saved.get(position).is_some_and(|r| r.reported == reported) {
            if let Some(known) = saved.get_mut(position) {
                known.used = tick;
            }
            return;
        }
        saved.insert(
            position,
            Recent {
                reported,
                stepper: stepper.clone(),
                used: tick,
            },
        );
        if saved.len() > CAPACITY {
            let oldest = (0..saved.len()).min_by_key(|&i| saved.get(i).map_or(0, |r| r.used));
            if let Some(oldest) = oldest {
                saved.remove(oldest);
            }
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.saved.borrow().len()
    }

    fn tick(&self) -> u64 {
        let now = self.clock.get() + 1;
        self.clock.set(now);
        now
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::load_program;

    fn stepper() -> Stepper {
        Stepper::new(load_program("x = 1\n", "<string>").expect("compiles"))
    }

    #[test]
    fn the_nearest_copy_is_the_latest_not_past_the_count() {
        let recent = RecentStates::with_spacing(DEFAULT_SPACING);
        let state = stepper();
        recent.keep(10, &state);
        recent.keep(30, &state);
        recent.keep(20, &state);
        assert_eq!(recent.nearest_after(25, 0), Some(20));
        assert_eq!(recent.nearest_after(30, 0), Some(30));
        assert_eq!(recent.nearest_after(9, 0), None);
        // A checkpoint at or after the copy is as near: no copy then.
        assert_eq!(recent.nearest_after(25, 20), None);
        assert!(recent.copy_of(20).is_some());
        assert!(recent.copy_of(21).is_none());
    }

    #[test]
    fn the_least_recently_used_copy_goes_first() {
        let recent = RecentStates::with_spacing(DEFAULT_SPACING);
        let state = stepper();
        for reported in 0..CAPACITY {
            recent.keep(reported, &state);
        }
        assert!(recent.copy_of(0).is_some());
        recent.keep(CAPACITY, &state);
        assert_eq!(recent.len(), CAPACITY);
        assert!(recent.copy_of(0).is_some(), "used since, so kept");
        assert!(recent.copy_of(1).is_none(), "the least recently used");
    }

    #[test]
    fn no_spacing_keeps_nothing() {
        let recent = RecentStates::with_spacing(u64::MAX);
        assert!(!recent.within_window(100, 101));
        assert!(RecentStates::with_spacing(8).within_window(100, 101));
        assert!(!RecentStates::with_spacing(8).within_window(0, WINDOW_STEPS + 1));
    }
}
