//! Recording: running the program forward in chunks, writing a compact record per step,
//! taking checkpoints, and ending the run with an `end` step when the program returns,
//! raises, or runs into a budget.

use super::history::{StepKind, StepRecord};
use super::narration::CellReasons;
use super::snapshot::{CellOwner, ExceptionView, StopView};
use super::stepper::Ending;
use super::stepper::SteppedEvent;
use super::{thousands, Session};
use crate::runtime::exception::BudgetExceeded;
use crate::runtime::trace::EventKind;
use crate::scope::{ScopeId, SymbolTable};
use crate::syntax::LineIndex;

impl Session {
    /// Records up to `max_new_steps` more steps; returns whether the run has ended.
    pub fn run(&mut self, max_new_steps: usize) -> bool {
        let target = self.history.len().saturating_add(max_new_steps);
        let mut events = Vec::new();
        while !self.is_finished() && self.history.len() < target {
            if self.history.len() >= self.options.max_steps {
                self.stopped = Some(steps_stop(self.options.max_steps));
                self.finish_recording();
                break;
            }
            self.live.vm.budgets.max_queued_events =
                self.options.max_steps.saturating_sub(self.history.len());
            self.live.vm.budgets.max_output_bytes = self
                .options
                .max_output_bytes
                .saturating_sub(self.history.stdout.len());
            events.clear();
            self.live.advance(&mut events);
            self.collect_output();
            self.index_writes();
            for event in &events {
                self.record_event(event);
            }
            // A checkpoint stands for the state right after the step it follows; an
            // advance that reported nothing (the run ended, or waits for input) has
            // gone past that.
            if !events.is_empty() {
                self.checkpoints.offer(&self.live, self.history.len());
            }
            if self.live.is_finished() {
                self.finish_recording();
            }
            if self.live.awaiting_input {
                break;
            }
        }
        self.is_finished()
    }

    /// Files the writes of the advance under the first step it reported (or the `end`
    /// step, which comes next when it reported none).
    fn index_writes(&mut self) {
        let step = self.history.len();
        if let Some(keys) = self.live.write_keys.0.as_mut() {
            for key in keys.drain(..) {
                self.writes.note(step, key);
            }
        }
    }

    /// Moves what the program printed into the history, so checkpoints stay small.
    fn collect_output(&mut self) {
        let vm = &mut self.live.vm;
        self.history
            .stdout
            .push_str(&std::mem::take(&mut vm.stdout));
        self.history
            .stderr
            .push_str(&std::mem::take(&mut vm.stderr));
    }

    fn record_event(&mut self, stepped: &SteppedEvent) {
        let (event, frame) = (&stepped.event, stepped.frame);
        let depth = event.depth.max(1);
        if event.kind == EventKind::Call {
            self.remember_cell_owners(depth, frame);
        }
        let record = StepRecord {
            kind: StepKind::from_event(event.kind),
            in_callback: event.in_callback,
            line: event.line,
            depth: u16::try_from(depth).unwrap_or(u16::MAX),
            function: self
                .history
                .intern_function(&event.function, event.file.as_ref()),
            frame: u32::try_from(frame).unwrap_or(u32::MAX),
            stdout_end: self.history.stdout.len() as u32,
            stderr_end: self.history.stderr.len() as u32,
        };
        self.history.push(record);
    }

    /// A frame's `co_cellvars` cells are made when it starts: note who made them.
    fn remember_cell_owners(&mut self, depth: usize, frame_id: u64) {
        let vm = &self.live.vm;
        let Some(frame) = vm.frames.get(depth - 1) else {
            return;
        };
        for (name, &cell) in frame.code.cellvars.iter().zip(&frame.cells) {
            let owner = CellOwner {
                frame: frame_id,
                function: frame.code.name.to_string(),
                name: name.to_string(),
            };
            self.cell_owners.insert(vm.heap.id(cell), owner);
        }
    }

    /// Appends the `end` step and keeps the final state for its snapshot.
    pub(super) fn finish_recording(&mut self) {
        match self.live.ending.clone() {
            Some(Ending::Raised(exception)) => {
                let vm = &mut self.live.vm;
                let outcome = Err(crate::runtime::exception::Exception::Raised(exception));
                self.history
                    .stderr
                    .push_str(&vm.describe_outcome(outcome).0);
                let type_name = vm.heap.get(exception).type_id().name().to_string();
                if type_name == "SystemExit" {
                    self.finish_with_end_step();
                    return;
                }
                let message = vm
                    .to_str(crate::runtime::value::Value::Obj(exception))
                    .unwrap_or_default();
                let line = self.history.records.last().map_or(0, |r| r.line);
                self.uncaught = Some(ExceptionView {
                    type_name,
                    message,
                    line,
                });
            }
            Some(Ending::Budget(budget)) => {
                self.stopped = Some(budget_stop(&budget, self.options.max_steps))
            }
            Some(Ending::Returned) | None => {}
        }
        self.finish_with_end_step();
    }

    fn finish_with_end_step(&mut self) {
        self.collect_output();
        let last = self.history.records.last().copied();
        let module_line = self
            .history
            .records
            .iter()
            .rev()
            .find(|r| r.depth == 1)
            .map(|r| r.line);
        let end = StepRecord {
            kind: StepKind::End,
            in_callback: false,
            line: module_line.or(last.map(|r| r.line)).unwrap_or(0),
            depth: 1,
            function: last.map_or(0, |r| r.function),
            frame: 0,
            stdout_end: self.history.stdout.len() as u32,
            stderr_end: self.history.stderr.len() as u32,
        };
        self.history.push(end);
        self.final_state = Some(self.live.clone());
    }
}

/// In a session the VM's own instruction budget is far above any step budget, so a
/// `Steps` stop means the recorder ran out of room for steps (a native `sum` over a
/// generator fills it from inside one instruction): the reader is told the step
/// budget they set, as when the budget runs out between instructions.
fn budget_stop(budget: &BudgetExceeded, max_steps: usize) -> StopView {
    let (reason, message) = match budget {
        BudgetExceeded::Steps(_) => return steps_stop(max_steps),
        BudgetExceeded::HeapObjects(n) => (
            "heap",
            format!("Stopped: more than {} live objects.", thousands(*n)),
        ),
        BudgetExceeded::Output(_) => (
            "output",
            "Stopped: the program printed too much output.".to_string(),
        ),
        BudgetExceeded::IntBits(n) => (
            "int_size",
            format!(
                "Stopped: an int would need more than {} bits.",
                thousands(*n as usize)
            ),
        ),
    };
    StopView {
        reason: reason.into(),
        message,
    }
}

/// The stop after the step budget: the same words wherever recording runs out of it.
fn steps_stop(max_steps: usize) -> StopView {
    StopView {
        reason: "steps".into(),
        message: format!(
            "Stopped after {} steps: is there an infinite loop?",
            thousands(max_steps)
        ),
    }
}

/// For every function scope, why each of its cell variables is a cell ("increment"
/// captures `count`), from the scope analysis.
pub(super) fn cell_reasons(table: &SymbolTable, source: &str) -> CellReasons {
    let lines = LineIndex::new(source);
    let mut reasons = CellReasons::new();
    for (index, scope) in table.scopes.iter().enumerate() {
        let why: Vec<(String, String)> = scope
            .cellvars
            .iter()
            .map(|name| {
                let reason = table.reason(ScopeId(index as u32), name, &lines);
                let listed = reason.strip_prefix("cell: captured by ").unwrap_or(&reason);
                let names: Vec<&str> = listed.split(", ").collect();
                let capturers = super::narration::join_names(&names);
                (name.clone(), capturers)
            })
            .collect();
        reasons.insert(scope.qualname.clone(), why);
    }
    reasons
}
