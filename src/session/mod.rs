//! A recorded run of one program: history, time travel and snapshots.
//!
//! A [`Session`] records the program in chunks, keeping per step only a compact record
//! ([`history`]) and, now and then, a clone of the interpreter ([`checkpoints`]). A
//! snapshot of any step is rebuilt by replaying from the nearest checkpoint; navigation
//! ([`navigate`]) reads the records alone.

mod build;
pub mod checkpoints;
mod frames_view;
mod heap_view;
pub mod history;
pub mod narration;
pub mod navigate;
mod params;
mod recording;
pub mod snapshot;
pub mod stepper;
pub mod text_dump;

use checkpoints::Checkpoints;
use history::History;
use narration::CellReasons;
use snapshot::{CellOwner, ExceptionView, StopView};
use std::collections::HashMap;
use std::rc::Rc;
use stepper::Stepper;

/// Limits a session is recorded under.
#[derive(Clone, Debug)]
pub struct SessionOptions {
    /// Steps (trace events) recorded before the run is stopped.
    pub max_steps: usize,
    pub max_output_bytes: usize,
}

impl Default for SessionOptions {
    fn default() -> Self {
        SessionOptions {
            max_steps: 1_000_000,
            max_output_bytes: 16 << 20,
        }
    }
}

/// Where the recording stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub finished: bool,
    pub stopped: Option<StopView>,
    pub awaiting_input: bool,
}

pub struct Session {
    source: Rc<str>,
    options: SessionOptions,
    history: History,
    checkpoints: Checkpoints,
    /// The recording head: the interpreter as far as the program has run.
    live: Stepper,
    /// The head when the run ended, for the `end` step's snapshot.
    final_state: Option<Stepper>,
    /// Who created each cell, by cell id; ids are never reused, so one table serves
    /// every step.
    cell_owners: HashMap<u64, CellOwner>,
    cell_reasons: CellReasons,
    stopped: Option<StopView>,
    uncaught: Option<ExceptionView>,
    /// Lines given to `provideInput` and not read yet.
    pending_input: Vec<String>,
}

impl Session {
    /// Compiles `source`; a syntax or scope error comes back as a value.
    pub fn new(
        source: &str,
        options: SessionOptions,
    ) -> Result<Session, crate::syntax::SyntaxError> {
        let module = crate::syntax::parse(source)?;
        let table = crate::scope::analyze(&module)?;
        let cell_reasons = recording::cell_reasons(&table, source);
        let vm = crate::runtime::load_program(source, "<string>").map_err(|rendered| {
            crate::syntax::SyntaxError::syntax(
                rendered.trim_end().to_string(),
                crate::syntax::Span::new(0, 0),
            )
        })?;
        let live = Stepper::new(vm);
        let checkpoints = Checkpoints::new(&live);
        Ok(Session {
            source: source.into(),
            options,
            history: History::default(),
            checkpoints,
            live,
            final_state: None,
            cell_owners: HashMap::new(),
            cell_reasons,
            stopped: None,
            uncaught: None,
            pending_input: Vec::new(),
        })
    }

    pub fn step_count(&self) -> usize {
        self.history.len()
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn is_finished(&self) -> bool {
        self.final_state.is_some()
    }

    pub fn status(&self) -> Status {
        Status {
            finished: self.is_finished(),
            stopped: self.stopped.clone(),
            awaiting_input: false,
        }
    }

    /// Ends the recording where it stands; every recorded step stays navigable.
    pub fn stop(&mut self) {
        if self.is_finished() {
            return;
        }
        let message = format!("Stopped after {} steps.", thousands(self.history.len()));
        self.stopped = Some(StopView {
            reason: "stopped".into(),
            message,
        });
        self.finish_recording();
    }

    /// Text for `input()`. The interpreter reads no input yet, so it is only queued.
    pub fn provide_input(&mut self, text: &str) {
        self.pending_input.push(text.to_string());
    }

    /// Estimated bytes the history and its checkpoints hold.
    pub fn memory_bytes(&self) -> usize {
        self.history.memory_bytes()
            + self.checkpoints.estimated_bytes()
            + self.cell_owners.len() * 96
    }

    pub fn checkpoint_count(&self) -> usize {
        self.checkpoints.len()
    }
}

/// 1000000 → "1,000,000".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
