//! Checkpoints: clones of the stepper taken while recording, so any step can be rebuilt
//! by replaying from the nearest one instead of from the start. Their number is bounded
//! by a memory budget: when they outgrow it, every other one is dropped and the interval
//! between new ones doubles.

use super::stepper::Stepper;

/// Memory the checkpoints may use together.
const CHECKPOINT_BUDGET_BYTES: usize = 12 << 20;
/// A rough size of one heap object in a clone (slot, object, and what it owns).
const BYTES_PER_OBJECT: usize = 96;
const BYTES_PER_STACK_VALUE: usize = 16;
const MIN_CHECKPOINTS: usize = 2;
const MAX_CHECKPOINTS: usize = 512;
const FIRST_INTERVAL: usize = 256;

/// A stepper paused after reporting `reported` events.
#[derive(Clone)]
struct Checkpoint {
    reported: usize,
    stepper: Stepper,
}

#[derive(Clone)]
pub struct Checkpoints {
    saved: Vec<Checkpoint>,
    /// Steps between checkpoints.
    interval: usize,
    /// `reported` of the last checkpoint taken.
    last_taken: usize,
}

impl Checkpoints {
    /// Starts with the stepper before its first step.
    pub fn new(start: &Stepper) -> Checkpoints {
        let first = Checkpoint {
            reported: 0,
            stepper: start.clone(),
        };
        Checkpoints {
            saved: vec![first],
            interval: FIRST_INTERVAL,
            last_taken: 0,
        }
    }

    /// Takes a checkpoint when `interval` steps passed since the last one.
    pub fn offer(&mut self, stepper: &Stepper, reported: usize) {
        if reported < self.last_taken + self.interval {
            return;
        }
        self.take(stepper, reported);
    }

    /// Takes a checkpoint now, unless one was taken at this step.
    pub fn take(&mut self, stepper: &Stepper, reported: usize) {
        if self.saved.last().is_some_and(|c| c.reported >= reported) {
            return;
        }
        self.saved.push(Checkpoint {
            reported,
            stepper: stepper.clone(),
        });
        self.last_taken = reported;
        if self.saved.len() > capacity_for(stepper) {
            self.thin_out();
        }
    }

    /// Keeps the first checkpoint and every other one after it.
    fn thin_out(&mut self) {
        let mut index = 0;
        self.saved.retain(|_| {
            index += 1;
            index % 2 == 1
        });
        self.interval *= 2;
    }

    /// The checkpoint to replay from to reach the state after `reported` events: the
    /// latest one that has not gone past it.
    pub fn nearest(&self, reported: usize) -> Option<(usize, &Stepper)> {
        let position = self.saved.partition_point(|c| c.reported <= reported);
        let checkpoint = self.saved.get(position.checked_sub(1)?)?;
        Some((checkpoint.reported, &checkpoint.stepper))
    }

    pub fn len(&self) -> usize {
        self.saved.len()
    }

    pub fn is_empty(&self) -> bool {
        self.saved.is_empty()
    }

    /// The estimated bytes all checkpoints hold.
    pub fn estimated_bytes(&self) -> usize {
        self.saved.iter().map(|c| estimated_size(&c.stepper)).sum()
    }
}

fn estimated_size(stepper: &Stepper) -> usize {
    let vm = &stepper.vm;
    vm.heap.slot_count() as usize * BYTES_PER_OBJECT + vm.stack.capacity() * BYTES_PER_STACK_VALUE
}

/// How many checkpoints of this size fit in the budget.
fn capacity_for(stepper: &Stepper) -> usize {
    let size = estimated_size(stepper).max(1);
    (CHECKPOINT_BUDGET_BYTES / size).clamp(MIN_CHECKPOINTS, MAX_CHECKPOINTS)
}
