//! What Rust code waiting for a nested run may hold, so the collector can run inside
//! `sorted(key=...)`, `map`, `list(gen)` and dunder calls from native code.
//!
//! Rust code never names the values it holds, so the collector keeps every object that
//! existed when the innermost nested run began ([`Vm::young_since`]), except those made
//! inside runs that have already ended under a still-running instruction: Rust code got
//! nothing out of those runs but the value (or exception) each returned, and those are
//! kept as `escaped`. Garbage a key function makes is then freed mid-sort, while the
//! sort's own list of keys stays.

use super::Vm;
use crate::runtime::value::Value;

/// The ids made inside ended nested runs, and the values those runs handed back.
#[derive(Clone, Debug, Default)]
pub struct NativeHolds {
    /// Half-open id ranges, ascending and disjoint.
    ended_runs: Vec<(u64, u64)>,
    escaped: Vec<Value>,
}

/// How far the holds went when a loop began, to release what its instructions pushed.
#[derive(Clone, Copy, Debug, Default)]
pub struct HoldsMark {
    ended_runs: usize,
    escaped: usize,
}

impl NativeHolds {
    pub fn mark(&self) -> HoldsMark {
        HoldsMark {
            ended_runs: self.ended_runs.len(),
            escaped: self.escaped.len(),
        }
    }

    /// At an instruction boundary nothing Rust pushed since `mark` is held any more.
    #[inline]
    pub fn release(&mut self, mark: HoldsMark) {
        if self.ended_runs.len() > mark.ended_runs {
            self.ended_runs.truncate(mark.ended_runs);
        }
        if self.escaped.len() > mark.escaped {
            self.escaped.truncate(mark.escaped);
        }
    }

    /// A nested run made the ids `start..end` and handed back `value`.
    pub fn note_ended_run(&mut self, start: u64, end: u64, value: Option<Value>) {
        if start < end {
            match self.ended_runs.last_mut() {
                Some(last) if last.1 == start => last.1 = end,
                _ => self.ended_runs.push((start, end)),
            }
        }
        self.escaped.extend(value.filter(|v| v.as_obj().is_some()));
    }

    pub fn escaped(&self) -> &[Value] {
        &self.escaped
    }

    /// Whether the object with `id` was made inside an ended run.
    pub fn made_in_ended_run(&self, id: u64) -> bool {
        let after = self.ended_runs.partition_point(|&(start, _)| start <= id);
        after > 0 && self.ended_runs[after - 1].1 > id
    }
}

impl Vm {
    /// Between two instructions of the outermost loop no Rust code holds anything.
    pub fn release_all_native_holds(&mut self) {
        self.native_holds.release(HoldsMark::default());
    }

    /// Objects the collector must keep for the Rust code waiting for nested runs.
    pub(crate) fn native_held_roots(&self, roots: &mut Vec<Value>) {
        if self.young_since == 0 {
            return;
        }
        roots.extend(self.native_holds.escaped().iter().copied());
        let holds = &self.native_holds;
        roots.extend(
            self.heap
                .live_ids_below(self.young_since)
                .filter(|&(_, id)| !holds.made_in_ended_run(id))
                .map(|(r, _)| Value::Obj(r)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ended_runs_merge_and_are_found_by_id() {
        let mut holds = NativeHolds::default();
        holds.note_ended_run(10, 20, None);
        holds.note_ended_run(20, 25, None);
        holds.note_ended_run(30, 30, None);
        holds.note_ended_run(40, 41, Some(Value::Int(3)));
        assert_eq!(holds.ended_runs, vec![(10, 25), (40, 41)]);
        assert!(holds.escaped().is_empty());
        let found: Vec<u64> = (0..50).filter(|&id| holds.made_in_ended_run(id)).collect();
        assert_eq!(found, (10..25).chain(40..41).collect::<Vec<u64>>());
    }

    #[test]
    fn release_forgets_what_came_after_the_mark() {
        let mut holds = NativeHolds::default();
        holds.note_ended_run(1, 2, None);
        let mark = holds.mark();
        holds.note_ended_run(5, 6, None);
        holds.release(mark);
        assert!(!holds.made_in_ended_run(5));
        assert!(holds.made_in_ended_run(1));
    }
}
