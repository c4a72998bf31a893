//! The one door through which the outside world enters a run: wall-clock time, random
//! numbers and input. Each value taken is recorded, so a replay from a checkpoint sees
//! the same values and the run stays deterministic.

/// Where `input()` reads lines from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum StdinSource {
    /// No input: `input()` raises EOFError.
    #[default]
    Closed,
    /// The process's standard input (the command line).
    Process,
    /// Text given up front (tests, the browser), consumed line by line.
    Text(String),
}

#[derive(Clone, Debug, Default)]
pub struct RecordedInput {
    pub stdin: StdinSource,
    /// Lines handed to `input()` so far (`None` for end of input), for replay.
    pub lines: Vec<Option<String>>,
    replay_lines: usize,
    /// Values handed out so far, in order.
    pub log: Vec<f64>,
    /// During a replay, the recorded values still to hand out.
    pub replay: Vec<f64>,
    replay_position: usize,
    /// A deterministic generator state for random numbers.
    random_state: u64,
    /// A wall-clock reading the host supplies, taken instead of the host clock's.
    pub host_clock: Option<f64>,
}

use super::host_clock::{local_utc_offset, system_clock};

impl RecordedInput {
    /// A replay that returns `recorded` values before taking new ones.
    pub fn replaying(recorded: Vec<f64>) -> Self {
        RecordedInput {
            replay: recorded,
            ..RecordedInput::default()
        }
    }

    /// Hands out `recorded` (from its first value) before taking new values. A state
    /// cloned mid-replay has used part of its old list: the count starts again here.
    pub fn replay_next(&mut self, recorded: Vec<f64>) {
        self.replay = recorded;
        self.replay_position = 0;
    }

    /// The next line of input without its line break, or `None` at end of input.
    pub fn read_line(&mut self) -> Option<String> {
        if let Some(recorded) = self.lines.get(self.replay_lines).cloned() {
            self.replay_lines += 1;
            return recorded;
        }
        let line = match &mut self.stdin {
            StdinSource::Closed => None,
            StdinSource::Process => read_process_line(),
            StdinSource::Text(text) => {
                if text.is_empty() {
                    None
                } else {
                    let end = text.find('\n').map_or(text.len(), |i| i + 1);
                    Some(text.drain(..end).collect())
                }
            }
        };
        let line = line.map(|l| l.trim_end_matches('\n').trim_end_matches('\r').to_string());
        self.lines.push(line.clone());
        self.replay_lines = self.lines.len();
        line
    }

    /// Seconds since the epoch, as `time.time()` gives them: the host's clock when
    /// it set one (`host_clock`, as the browser must), else the system's.
    pub fn wall_clock(&mut self) -> f64 {
        let host = self.host_clock;
        self.take(|| host.unwrap_or_else(system_clock))
    }

    /// The host zone's UTC offset in seconds at `seconds` since the epoch, as
    /// `datetime.now()` needs it to turn the clock into local time.
    pub fn local_offset(&mut self, seconds: f64) -> f64 {
        self.take(|| local_utc_offset(seconds))
    }

    /// A float in [0, 1), from a fixed-seed generator (splitmix64).
    pub fn random(&mut self) -> f64 {
        let mut state = self.random_state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        self.random_state = state;
        let fresh = move || {
            state = (state ^ (state >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            state = (state ^ (state >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            state ^= state >> 31;
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        self.take(fresh)
    }

    fn take(&mut self, fresh: impl FnOnce() -> f64) -> f64 {
        let value = match self.replay.get(self.replay_position) {
            Some(&recorded) => {
                self.replay_position += 1;
                recorded
            }
            None => fresh(),
        };
        self.log.push(value);
        value
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn read_process_line() -> Option<String> {
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line),
    }
}

/// There is no process input in WebAssembly.
#[cfg(target_arch = "wasm32")]
fn read_process_line() -> Option<String> {
    None
}
