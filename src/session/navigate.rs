//! Debugger navigation, forwards and backwards, from the compact step records alone:
//! no replay, so every move is a scan over a few bytes per step.
//!
//! Depth is what separates the moves: stepping over skips deeper frames, stepping out
//! goes to the first step in a shallower one.

use super::history::{StepKind, StepRecord};
use super::Session;

/// Step `from`, clamped into the recorded range.
pub fn clamp(records: &[StepRecord], from: usize) -> usize {
    from.min(records.len().saturating_sub(1))
}

fn depth_at(records: &[StepRecord], step: usize) -> u16 {
    records.get(step).map_or(1, |r| r.depth)
}

fn last_step(records: &[StepRecord]) -> usize {
    records.len().saturating_sub(1)
}

/// The first step after `from` (or the last before it) that `wanted` accepts.
fn search(
    records: &[StepRecord],
    from: usize,
    backward: bool,
    wanted: impl Fn(&StepRecord) -> bool,
) -> Option<usize> {
    if backward {
        records.get(..from)?.iter().rposition(wanted)
    } else {
        let start = from.checked_add(1)?;
        records
            .get(start..)?
            .iter()
            .position(wanted)
            .map(|offset| start + offset)
    }
}

/// Into: simply the next (or previous) step.
pub fn step_into(records: &[StepRecord], from: usize, backward: bool) -> usize {
    let from = clamp(records, from);
    if backward {
        from.saturating_sub(1)
    } else {
        clamp(records, from + 1)
    }
}

/// Over: the next (or previous) step in the same frame or a shallower one.
pub fn step_over(records: &[StepRecord], from: usize, backward: bool) -> usize {
    let from = clamp(records, from);
    let depth = depth_at(records, from);
    let found = search(records, from, backward, |r| {
        r.depth <= depth && r.kind != StepKind::Call
    });
    found.unwrap_or(if backward { 0 } else { last_step(records) })
}

/// Out: forwards, the current frame's return (or, from there, the first step back in
/// the caller); backwards, the current frame's call.
pub fn step_out(records: &[StepRecord], from: usize, backward: bool) -> usize {
    let from = clamp(records, from);
    let depth = depth_at(records, from);
    let frame = records.get(from).map_or(0, |r| r.frame);
    let edge = if backward {
        StepKind::Call
    } else {
        StepKind::Return
    };
    let found = search(records, from, backward, |r| {
        r.depth < depth || (r.kind == edge && r.frame == frame && r.depth == depth)
    });
    found.unwrap_or(if backward { 0 } else { last_step(records) })
}

/// The next (or previous) line step on one of `lines`; the end (or start) if none.
pub fn continue_to(records: &[StepRecord], from: usize, backward: bool, lines: &[u32]) -> usize {
    let from = clamp(records, from);
    let found = search(records, from, backward, |r| {
        r.kind == StepKind::Line && lines.contains(&r.line)
    });
    found.unwrap_or(if backward { 0 } else { last_step(records) })
}

/// The next line step on `line`; the end if the program never gets there again.
pub fn run_to_line(records: &[StepRecord], from: usize, line: u32) -> usize {
    continue_to(records, from, false, &[line])
}

impl Session {
    pub fn goto(&self, step: usize) -> usize {
        clamp(&self.history.records, step)
    }

    pub fn step_into(&self, from: usize, backward: bool) -> usize {
        step_into(&self.history.records, from, backward)
    }

    pub fn step_over(&self, from: usize, backward: bool) -> usize {
        step_over(&self.history.records, from, backward)
    }

    pub fn step_out(&self, from: usize, backward: bool) -> usize {
        step_out(&self.history.records, from, backward)
    }

    pub fn continue_to(&self, from: usize, backward: bool, lines: &[u32]) -> usize {
        continue_to(&self.history.records, from, backward, lines)
    }

    pub fn run_to_line(&self, from: usize, line: u32) -> usize {
        run_to_line(&self.history.records, from, line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (kind, line, depth, frame) for a call of `f` from line 2: 0 line 1, 1 line 2,
    /// 2 call, 3 line 5, 4 return, 5 line 3, 6 end.
    fn records() -> Vec<StepRecord> {
        let step = |kind, line, depth, frame| StepRecord {
            kind,
            in_callback: false,
            line,
            depth,
            function: 0,
            frame,
            stdout_end: 0,
            stderr_end: 0,
        };
        vec![
            step(StepKind::Line, 1, 1, 0),
            step(StepKind::Line, 2, 1, 0),
            step(StepKind::Call, 4, 2, 1),
            step(StepKind::Line, 5, 2, 1),
            step(StepKind::Return, 5, 2, 1),
            step(StepKind::Line, 3, 1, 0),
            step(StepKind::End, 3, 1, 0),
        ]
    }

    #[test]
    fn over_skips_the_call_both_ways() {
        let records = records();
        assert_eq!(step_over(&records, 1, false), 5);
        assert_eq!(step_over(&records, 5, true), 1);
    }

    #[test]
    fn out_stops_at_the_return_and_back_at_the_call() {
        let records = records();
        assert_eq!(step_out(&records, 3, false), 4);
        assert_eq!(step_out(&records, 4, false), 5);
        assert_eq!(step_out(&records, 3, true), 2);
    }

    #[test]
    fn moves_stay_in_range_on_an_empty_history() {
        assert_eq!(step_into(&[], 10, false), 0);
        assert_eq!(step_over(&[], 10, true), 0);
        assert_eq!(continue_to(&[], 3, false, &[1]), 0);
    }

    #[test]
    fn breakpoints_only_stop_on_line_steps() {
        let records = records();
        assert_eq!(continue_to(&records, 0, false, &[5]), 3);
        assert_eq!(continue_to(&records, 6, true, &[5]), 3);
        assert_eq!(run_to_line(&records, 0, 9), 6);
    }
}
