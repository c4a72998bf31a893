//! A recorded run of one program: history, time travel and snapshots.
//!
//! A [`Session`] records the program in chunks, keeping per step only a compact record
//! ([`history`]) and, now and then, a clone of the interpreter ([`checkpoints`]). A
//! snapshot of any step is rebuilt by replaying from the nearest checkpoint; navigation
//! ([`navigate`]) reads the records alone.

pub mod accesses;
mod bounds;
mod build;
pub mod checkpoints;
pub mod expand;
mod frame_identity;
mod frames_view;
mod generator_view;
mod heap_view;
pub mod history;
pub mod emphasis;
mod labels;
mod lookup_narration;
pub mod last_write;
pub mod narration;
pub mod navigate;
mod params;
mod pictures;
mod post_mortem;
mod recent_states;
mod recording;
mod replay;
mod returned;
pub mod snapshot;
mod statements;
pub mod stepper;
pub mod text_dump;
pub mod write_index;

use crate::runtime::recorded_input::StdinSource;
use checkpoints::Checkpoints;
use history::History;
use narration::CellReasons;
use snapshot::{CellOwner, ExceptionView, Snapshot, StopView};
use statements::StatementSpans;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use stepper::Stepper;

/// Limits a session is recorded under.
#[derive(Clone, Debug)]
pub struct SessionOptions {
    /// Steps (trace events) recorded before the run is stopped.
    pub max_steps: usize,
    pub max_output_bytes: usize,
    /// The heap's byte estimate past which the program gets a MemoryError.
    pub max_heap_bytes: usize,
    /// A fixed standard input (then end of input); `None` makes `input()` pause the
    /// run until [`Session::provide_input`] gives it a line.
    pub stdin: Option<String>,
    /// The name tracebacks give the program.
    pub filename: String,
    /// Sources of modules written in Python, by name, besides those the binary
    /// carries (the browser fetches the ones a program imports).
    pub modules: Vec<(String, String)>,
    /// Instructions between checkpoints at the start (the memory budget may widen it):
    /// the most a goto replays. Placement changes how long a step takes to show, never
    /// what it shows.
    pub checkpoint_spacing: u64,
    /// Whether the recording keeps the write index that "when was this set?" uses;
    /// without it a query replays the whole history back to the write.
    pub index_writes: bool,
    /// Instructions between the copies of the interpreter a snapshot's replay keeps
    /// over its last stretch, so that the steps around it (one step back) replay from
    /// close by; `u64::MAX` keeps none. Like checkpoints, never changes what a step shows.
    pub recent_state_spacing: u64,
    /// What the outside world handed an earlier recording of this program (clock
    /// readings, zone offsets, random numbers; see [`Session::outside_values`]), handed
    /// out again in the same order, so that a rebuilt recording takes the same steps.
    pub outside_values: Vec<f64>,
}

impl Default for SessionOptions {
    fn default() -> Self {
        SessionOptions {
            max_steps: 1_000_000,
            max_output_bytes: 16 << 20,
            max_heap_bytes: crate::runtime::budget::Budgets::default().max_heap_bytes,
            stdin: None,
            filename: "<string>".into(),
            modules: Vec::new(),
            checkpoint_spacing: checkpoints::DEFAULT_SPACING,
            index_writes: true,
            recent_state_spacing: recent_states::DEFAULT_SPACING,
            outside_values: Vec::new(),
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
    statements: StatementSpans,
    stopped: Option<StopView>,
    uncaught: Option<ExceptionView>,
    /// The last step drawn (without narration), which is the `before` of the next one
    /// when the page steps forwards.
    last_drawn: RefCell<Option<(usize, Snapshot)>>,
    /// The step before the last one drawn, as drawn then (without narration), which is
    /// the step itself of the next one when the page steps backwards.
    drawn_previous: RefCell<Option<(usize, Snapshot)>>,
    /// The replayed interpreter that step was drawn from, and the events it had
    /// reported, so that drawing the next step replays one step only.
    last_state: RefCell<Option<(usize, Stepper, usize)>>,
    /// Every line given to `provide_input`, for replays to read again.
    provided_input: String,
    /// Which stretches of steps wrote what, for "when was this set?".
    writes: write_index::WriteIndex,
    /// Copies of the interpreter the last replays kept near the steps they went to.
    recent: recent_states::RecentStates,
    /// What callbacks' steps looked like, kept by the last replays.
    pictures: pictures::Pictures,
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
        let statements = StatementSpans::of_module(&module, source);
        let vm = crate::runtime::load_program(source, &options.filename).map_err(|rendered| {
            crate::syntax::SyntaxError::syntax(
                rendered.trim_end().to_string(),
                crate::syntax::Span::new(0, 0),
            )
        })?;
        let mut vm = vm;
        let sources = std::rc::Rc::make_mut(&mut vm.module_sources);
        for (name, text) in &options.modules {
            sources.insert(name, text);
        }
        vm.input.stdin = StdinSource::Text(options.stdin.clone().unwrap_or_default());
        vm.input.replay_next(options.outside_values.clone());
        let compile_warnings = std::mem::take(&mut vm.compile_warnings);
        // Replays from the first checkpoint stop a native call where the recording did.
        vm.budgets.max_queued_events = options.max_steps;
        vm.budgets.max_heap_bytes = options.max_heap_bytes;
        let mut live = Stepper::new(vm);
        live.interactive_input = options.stdin.is_none();
        if options.index_writes {
            live.write_keys.0 = Some(Vec::new());
        }
        let checkpoints = Checkpoints::with_spacing(&live, options.checkpoint_spacing);
        let recent = recent_states::RecentStates::with_spacing(options.recent_state_spacing);
        let history = History {
            stderr: compile_warnings,
            ..History::default()
        };
        Ok(Session {
            source: source.into(),
            options,
            history,
            checkpoints,
            live,
            final_state: None,
            cell_owners: HashMap::new(),
            cell_reasons,
            statements,
            stopped: None,
            uncaught: None,
            provided_input: String::new(),
            last_drawn: RefCell::new(None),
            drawn_previous: RefCell::new(None),
            pictures: pictures::Pictures::default(),
            last_state: RefCell::new(None),
            writes: write_index::WriteIndex::default(),
            recent,
        })
    }

    pub fn step_count(&self) -> usize {
        self.history.len()
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn is_finished(&self) -> bool {
        self.final_state.is_some()
    }

    pub fn status(&self) -> Status {
        Status {
            finished: self.is_finished(),
            stopped: self.stopped.clone(),
            awaiting_input: self.live.awaiting_input && !self.is_finished(),
        }
    }

    /// Ends the recording where it stands; every recorded step stays navigable.
    pub fn stop(&mut self) {
        let message = format!("Stopped after {} steps.", thousands(self.history.len()));
        self.end_as_stopped(message);
    }

    /// Ends the recording where it stands, for a host that found the run inside one step
    /// that would not end and has rebuilt the recording up to the last step it had seen
    /// (the steps before are the same: the engine is deterministic).
    pub fn stop_during_long_step(&mut self) {
        let message = format!(
            "Stopped during a long step, after {} steps.",
            thousands(self.history.len())
        );
        self.end_as_stopped(message);
    }

    fn end_as_stopped(&mut self, message: String) {
        if self.is_finished() {
            return;
        }
        self.stopped = Some(StopView {
            reason: "stopped".into(),
            message,
        });
        self.finish_recording();
    }

    /// The values the outside world has handed the run (clock readings, zone offsets,
    /// random numbers) from the `from`th on, in order: what a host keeps to rebuild the
    /// recording with [`SessionOptions::outside_values`].
    pub fn outside_values(&self, from: usize) -> &[f64] {
        self.live.vm.input.log.get(from..).unwrap_or_default()
    }

    /// A line for the `input()` the run is waiting on; recording resumes with `run`.
    pub fn provide_input(&mut self, text: &str) {
        let line = format!("{}\n", text.trim_end_matches('\n'));
        self.provided_input.push_str(&line);
        if let StdinSource::Text(waiting) = &mut self.live.vm.input.stdin {
            waiting.push_str(&line);
        }
        self.live.awaiting_input = false;
    }

    /// Gives a replayed state what the recording took from outside after it: the
    /// clock readings, and the provided lines it has not read yet.
    fn feed_input(&self, state: &mut Stepper) {
        let taken = state.vm.input.log.len();
        let after = self.live.vm.input.log.get(taken..).unwrap_or_default();
        state.vm.input.replay_next(after.to_vec());
        if !state.interactive_input {
            return;
        }
        let consumed = state.vm.input.lines.len();
        let unread: String = self
            .provided_input
            .split_inclusive('\n')
            .skip(consumed)
            .collect();
        state.vm.input.stdin = StdinSource::Text(unread);
    }

    /// Estimated bytes the history holds beyond the live interpreter: the step records,
    /// the output, the cell owners, and what the checkpoints keep alive.
    pub fn memory_bytes(&self) -> usize {
        self.history.memory_bytes()
            + self.writes.memory_bytes()
            + self.checkpoints.retained_bytes(&self.live)
            + self.cell_owners.len() * 96
    }

    pub fn checkpoint_count(&self) -> usize {
        self.checkpoints.len()
    }

    /// Instructions between checkpoints now.
    pub fn checkpoint_spacing(&self) -> u64 {
        self.checkpoints.spacing()
    }
}

/// 1000000 → "1,000,000".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
