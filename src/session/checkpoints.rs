//! Checkpoints: copies of the stepper taken while recording, so any step is rebuilt by
//! replaying from the nearest one instead of from the start.
//!
//! A copy shares every heap page the program has not written since (see
//! `runtime::shared_pages`), so it costs a pointer per page plus the pages written after
//! it. Checkpoints are spaced by replay cost, in instructions, whatever the heap holds.
//! What they keep alive is counted: past the memory budget, every other one is dropped
//! and the spacing doubles, so a program that rewrites a big object all the time trades
//! replay time for memory instead of growing without bound.

use super::stepper::Stepper;

/// Instructions between checkpoints, and so the most a goto replays. A few thousand
/// instructions replay in about a millisecond in the browser.
pub const DEFAULT_SPACING: u64 = 4096;
/// What the checkpoints may keep alive per recorded step, beyond the live state; the
/// step records themselves take 24 bytes more.
const BUDGET_BYTES_PER_STEP: usize = 32;
/// The budget of a short recording, which no program needs to go below.
const BUDGET_FLOOR_BYTES: usize = 2 << 20;
/// A rough size of the parts of a stepper that a copy does not share: its frames (with
/// their locals), its value stack, and the interpreter's tables.
const BYTES_PER_FRAME: usize = 160;
const BYTES_PER_STACK_VALUE: usize = 16;
const BYTES_PER_COPY: usize = 4096;

/// A stepper paused after reporting `reported` events.
#[derive(Clone)]
struct Checkpoint {
    reported: usize,
    stepper: Stepper,
    /// Bytes this checkpoint keeps alive that the next one (or the live state, for the
    /// last) does not share: heap pages written after it, and its own frames and tables.
    retained: usize,
}

#[derive(Clone)]
pub struct Checkpoints {
    saved: Vec<Checkpoint>,
    /// Instructions between checkpoints.
    spacing: u64,
    /// The instruction count of the last checkpoint taken.
    last_taken: u64,
}

impl Checkpoints {
    /// Starts with the stepper before its first step.
    pub fn new(start: &Stepper) -> Checkpoints {
        Checkpoints::with_spacing(start, DEFAULT_SPACING)
    }

    /// Checkpoints `spacing` instructions apart (at least one): placement changes how
    /// long a replay takes, never what it finds.
    pub fn with_spacing(start: &Stepper, spacing: u64) -> Checkpoints {
        let first = Checkpoint {
            reported: 0,
            stepper: start.clone(),
            retained: fixed_bytes(start),
        };
        Checkpoints {
            saved: vec![first],
            spacing: spacing.max(1),
            last_taken: start.vm.steps,
        }
    }

    /// Takes a checkpoint when `spacing` instructions ran since the last one, then
    /// keeps within the memory budget.
    pub fn offer(&mut self, stepper: &Stepper, reported: usize) {
        if stepper.vm.steps < self.last_taken.saturating_add(self.spacing) {
            return;
        }
        if self.saved.last().is_some_and(|c| c.reported >= reported) {
            return;
        }
        if let Some(previous) = self.saved.last_mut() {
            previous.retained = retained_until(&previous.stepper, stepper);
        }
        self.saved.push(Checkpoint {
            reported,
            stepper: stepper.clone(),
            retained: fixed_bytes(stepper),
        });
        self.last_taken = stepper.vm.steps;
        let budget = (reported * BUDGET_BYTES_PER_STEP).max(BUDGET_FLOOR_BYTES);
        while self.saved.len() > 2 && self.retained_bytes(stepper) > budget {
            self.thin_out(stepper);
        }
    }

    /// Keeps the first checkpoint and every other one after it, and doubles the spacing;
    /// what each kept one retains is counted again against its new successor.
    fn thin_out(&mut self, live: &Stepper) {
        let mut index = 0;
        self.saved.retain(|_| {
            index += 1;
            index % 2 == 1
        });
        self.spacing = self.spacing.saturating_mul(2);
        for index in 0..self.saved.len() {
            let next = self.saved.get(index + 1).map_or(live, |c| &c.stepper);
            let retained = self
                .saved
                .get(index)
                .map_or(0, |c| retained_until(&c.stepper, next));
            if let Some(checkpoint) = self.saved.get_mut(index) {
                checkpoint.retained = retained;
            }
        }
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

    /// Instructions between checkpoints now.
    pub fn spacing(&self) -> u64 {
        self.spacing
    }

    /// Bytes the checkpoints keep alive beyond the `live` state: each page version once,
    /// at the last checkpoint that holds it, and each checkpoint's own frames and tables.
    pub fn retained_bytes(&self, live: &Stepper) -> usize {
        let Some(last) = self.saved.last() else {
            return 0;
        };
        let before_last: usize = self.saved.iter().rev().skip(1).map(|c| c.retained).sum();
        before_last + retained_until(&last.stepper, live)
    }
}

/// What `checkpoint` keeps alive that `next` does not share.
fn retained_until(checkpoint: &Stepper, next: &Stepper) -> usize {
    fixed_bytes(checkpoint) + checkpoint.vm.heap.bytes_not_shared_with(&next.vm.heap)
}

/// The bytes of a copy that are its own whatever the heap shares.
fn fixed_bytes(stepper: &Stepper) -> usize {
    let vm = &stepper.vm;
    let locals: usize = vm.frames.iter().map(|f| f.locals.len()).sum();
    BYTES_PER_COPY
        + vm.heap.page_table_bytes()
        + vm.frames.len() * BYTES_PER_FRAME
        + (vm.stack.len() + locals) * BYTES_PER_STACK_VALUE
        + vm.input.log.len() * 8
}
