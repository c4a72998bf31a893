//! The recorded run: one compact record per step, and the program's output stored once
//! with an offset per step. Navigation reads only these records, never the interpreter.

use crate::runtime::trace::EventKind;
use std::rc::Rc;

/// What happened at a step: a `sys.settrace` event, or the end of the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    Call,
    Line,
    Return,
    Exception,
    End,
}

impl StepKind {
    pub fn name(self) -> &'static str {
        match self {
            StepKind::Call => "call",
            StepKind::Line => "line",
            StepKind::Return => "return",
            StepKind::Exception => "exception",
            StepKind::End => "end",
        }
    }

    pub fn from_event(kind: EventKind) -> StepKind {
        match kind {
            EventKind::Call => StepKind::Call,
            EventKind::Line => StepKind::Line,
            EventKind::Return => StepKind::Return,
            EventKind::Exception => StepKind::Exception,
        }
    }
}

/// One step, in 24 bytes so a million-step history stays small.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepRecord {
    pub kind: StepKind,
    /// Reported from a callback (`TraceEvent::in_callback`): drawn from a picture.
    pub in_callback: bool,
    pub line: u32,
    /// Frames on the stack; the module frame is depth 1. The recursion limit keeps it
    /// far below `u16::MAX`.
    pub depth: u16,
    /// Index into [`History::function_names`].
    pub function: u32,
    /// The stable id of the frame the event happened in.
    pub frame: u32,
    /// Length of the program's stdout when this step was reported.
    pub stdout_end: u32,
    /// Length of its stderr then.
    pub stderr_end: u32,
}

#[derive(Clone, Debug, Default)]
pub struct History {
    pub records: Vec<StepRecord>,
    /// Every distinct function name, so records store a small index.
    pub function_names: Vec<Rc<str>>,
    /// For each entry of `function_names`, the file of its code when that is not the
    /// program (`<string>`): the same name in two files is two entries.
    pub function_files: Vec<Option<Rc<str>>>,
    /// Everything the program printed, once.
    pub stdout: String,
    /// Compile warnings, what the program wrote to `sys.stderr`, and the traceback that
    /// ended it, once.
    pub stderr: String,
}

/// The record vector grows by its length over this, so at most that share of it is
/// allocated and not yet used.
const RECORD_GROWTH_DIVISOR: usize = 8;
/// The fewest records it grows by, so a short recording is not reallocated every step.
const RECORD_GROWTH_MIN: usize = 1024;

impl History {
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    pub fn get(&self, step: usize) -> Option<&StepRecord> {
        self.records.get(step)
    }

    pub fn push(&mut self, record: StepRecord) {
        if self.records.len() == self.records.capacity() {
            // Grown by an eighth, not doubled: a doubling vector of a million records
            // holds up to 24 bytes a step it never fills.
            let more = (self.records.len() / RECORD_GROWTH_DIVISOR).max(RECORD_GROWTH_MIN);
            self.records.reserve_exact(more);
        }
        self.records.push(record);
    }

    /// The index of `name` (in `file`) in the function table, adding it when new.
    pub fn intern_function(&mut self, name: &Rc<str>, file: Option<&Rc<str>>) -> u32 {
        let found = self
            .function_names
            .iter()
            .zip(&self.function_files)
            .rposition(|(known, known_file)| known == name && known_file.as_ref() == file);
        let index = found.unwrap_or_else(|| {
            self.function_names.push(name.clone());
            self.function_files.push(file.cloned());
            self.function_names.len() - 1
        });
        index as u32
    }

    /// The file of the step's code when it is not the program's own. The end step is
    /// on the module's last line, in the program.
    pub fn function_file(&self, record: &StepRecord) -> Option<&str> {
        if record.kind == StepKind::End {
            return None;
        }
        self.function_files
            .get(record.function as usize)
            .and_then(|file| file.as_deref())
    }

    pub fn function_name(&self, record: &StepRecord) -> &str {
        self.function_names
            .get(record.function as usize)
            .map_or("", |name| name)
    }

    /// The program's stdout as it stood at `step`.
    pub fn stdout_at(&self, step: usize) -> &str {
        let end = self.records.get(step).map_or(0, |r| r.stdout_end as usize);
        self.stdout.get(..end).unwrap_or("")
    }

    /// The program's stderr as it stood at `step`.
    pub fn stderr_at(&self, step: usize) -> &str {
        let end = self.records.get(step).map_or(0, |r| r.stderr_end as usize);
        self.stderr.get(..end).unwrap_or("")
    }

    /// The text printed during `step` alone.
    pub fn stdout_during(&self, step: usize) -> &str {
        let start = step
            .checked_sub(1)
            .and_then(|p| self.records.get(p))
            .map_or(0, |r| r.stdout_end as usize);
        let end = self.records.get(step).map_or(0, |r| r.stdout_end as usize);
        self.stdout.get(start..end).unwrap_or("")
    }

    /// The line reported by the step before `step`.
    /// The line of the step before, when it is in the same file as this one (a line of
    /// `<string>` is no line of the editor's program).
    pub fn prev_line(&self, step: usize) -> Option<u32> {
        let previous = self.records.get(step.checked_sub(1)?)?;
        let same_file = self
            .records
            .get(step)
            .is_none_or(|now| self.function_file(now) == self.function_file(previous));
        same_file.then_some(previous.line)
    }

    /// Approximate bytes held by the history itself.
    pub fn memory_bytes(&self) -> usize {
        self.records.capacity() * std::mem::size_of::<StepRecord>()
            + self.stdout.capacity()
            + self.stderr.capacity()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_record_stays_small() {
        assert_eq!(std::mem::size_of::<StepRecord>(), 24);
    }

    #[test]
    fn output_offsets_split_the_text_per_step() {
        let mut history = History {
            stdout: "ab".into(),
            ..History::default()
        };
        let record = |stdout_end| StepRecord {
            kind: StepKind::Line,
            line: 1,
            in_callback: false,
            depth: 1,
            function: 0,
            frame: 0,
            stdout_end,
            stderr_end: 0,
        };
        history.push(record(1));
        history.push(record(2));
        assert_eq!(history.stdout_at(0), "a");
        assert_eq!(history.stdout_during(1), "b");
        assert_eq!(history.stdout_at(7), "");
    }
}
