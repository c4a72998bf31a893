//! Runs the `cellscope` binary on one hostile program under a deadline and a memory
//! cap, and checks how every subcommand ends.

// Each test file that includes this harness uses only part of it.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long any subcommand may run: a debug build is many times slower than release, and
/// the test threads run several programs side by side on a small machine.
pub const DEADLINE: Duration = Duration::from_secs(120);

/// The heap budget a program expected to end in MemoryError runs under: an eighth of the
/// default, so the bomb trips in a few seconds of a debug build instead of a minute, and
/// the budget still has to stop it.
pub const BOMB_HEAP_BYTES: &str = "67108864";

/// How long a program that CPython never finishes must keep running.
const HANG_DEADLINE: Duration = Duration::from_secs(10);

/// The address-space cap for the child, in KiB (2 GB).
const MEMORY_CAP_KIB: u64 = 2_000_000;

/// The step budget given to `trace`, so that recording an endless loop ends quickly.
const TRACE_STEPS: &str = "500";

/// What `cellscope run` must do with a program, from its `# run:` header line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// Exit code 0 and nothing on stderr.
    Ok,
    /// Still running at the deadline, as CPython would be.
    Hang,
    /// Anything but a crash.
    Any,
    /// Exit code 1, and stderr's last line starts with this text.
    LastLine(String),
}

impl Expected {
    pub fn from_header(source: &str) -> Expected {
        let line = source
            .lines()
            .find_map(|line| line.trim_start_matches('\u{feff}').strip_prefix("# run: "))
            .unwrap_or_else(|| panic!("no '# run:' line in the header"));
        match line.trim() {
            "ok" => Expected::Ok,
            "hang" => Expected::Hang,
            "any" => Expected::Any,
            text => Expected::LastLine(text.to_string()),
        }
    }
}

/// How one child process ended.
pub struct Ending {
    /// `None` when it was killed at the deadline.
    pub code: Option<i32>,
    /// The signal that ended it, if any.
    pub signal: Option<i32>,
    pub stderr: String,
    pub stdout_len: usize,
    /// The last line of stdout (a `trace --json` run's final snapshot).
    pub last_stdout_line: String,
    pub stdout_lines: usize,
    pub elapsed: Duration,
}

impl Ending {
    fn last_stderr_line(&self) -> &str {
        self.stderr.lines().last().unwrap_or("")
    }

    pub fn describe(&self) -> String {
        let tail: String = {
            let chars: Vec<char> = self.stderr.chars().collect();
            chars[chars.len().saturating_sub(600)..].iter().collect()
        };
        format!(
            "exit {:?}, signal {:?}, {} bytes of stdout, {:.1?}, stderr ends:\n{tail}",
            self.code, self.signal, self.stdout_len, self.elapsed
        )
    }
}

/// A scratch file for the program, removed when dropped.
pub struct ScratchFile(pub PathBuf);

impl ScratchFile {
    pub fn new(name: &str, source: &[u8]) -> ScratchFile {
        let dir = std::env::temp_dir().join(format!("cellscope-robustness-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join(format!("{name}.py"));
        std::fs::write(&path, source).expect("write program");
        ScratchFile(path)
    }
}

impl Drop for ScratchFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Runs `cellscope ARGS` under `ulimit -v` and the deadline; stdout is counted, not kept.
fn run_binary(args: &[&str], path: &Path, deadline: Duration) -> Ending {
    run_capped(args, path, deadline, MEMORY_CAP_KIB)
}

/// Runs `cellscope ARGS PATH` with an address-space cap of `cap_kib` and a deadline.
pub fn run_capped(args: &[&str], path: &Path, deadline: Duration, cap_kib: u64) -> Ending {
    let script = format!("ulimit -v {cap_kib} && exec \"$0\" \"$@\"");
    let child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_cellscope"))
        .args(args)
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn cellscope");
    wait_with_deadline(child, deadline)
}

fn wait_with_deadline(mut child: Child, deadline: Duration) -> Ending {
    let started = Instant::now();
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let counting = std::thread::spawn(move || count_lines(&mut stdout));
    let collecting = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stderr.read_to_end(&mut text);
        String::from_utf8_lossy(&text).into_owned()
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if started.elapsed() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let elapsed = started.elapsed();
    let (stdout_len, stdout_lines, last_stdout_line) = counting.join().unwrap_or_default();
    let stderr = collecting.join().unwrap_or_default();
    use std::os::unix::process::ExitStatusExt;
    Ending {
        code: status.and_then(|s| s.code()),
        signal: status.and_then(|s| s.signal()),
        stderr,
        stdout_len,
        stdout_lines,
        last_stdout_line,
        elapsed,
    }
}

/// Bytes and lines of a stream, and its last line, without keeping the rest.
fn count_lines(stream: &mut impl Read) -> (usize, usize, String) {
    let (mut bytes, mut lines, mut current) = (0, 0, Vec::new());
    let mut last = Vec::new();
    let mut buffer = [0u8; 1 << 16];
    while let Ok(n) = stream.read(&mut buffer) {
        if n == 0 {
            break;
        }
        bytes += n;
        for &byte in &buffer[..n] {
            if byte == b'\n' {
                lines += 1;
                last = std::mem::take(&mut current);
            } else if current.len() < 1 << 20 {
                current.push(byte);
            }
        }
    }
    if !current.is_empty() {
        lines += 1;
        last = current;
    }
    (bytes, lines, String::from_utf8_lossy(&last).into_owned())
}

/// No panic, no signal, and (unless `may_hang`) finished before the deadline.
pub fn assert_clean(name: &str, command: &str, ending: &Ending, may_hang: bool) {
    let context = format!("{name}: cellscope {command}: {}", ending.describe());
    assert!(
        !ending.stderr.contains("panicked at"),
        "panicked: {context}"
    );
    assert!(
        !ending.stderr.contains("overflowed its stack"),
        "stack overflow: {context}"
    );
    assert!(
        !ending.stderr.contains("memory allocation of"),
        "allocation failure: {context}"
    );
    assert_ne!(ending.code, Some(101), "panic exit code: {context}");
    assert_eq!(ending.signal, None, "killed by a signal: {context}");
    if !may_hang {
        assert!(
            ending.code.is_some(),
            "still running at the deadline: {context}"
        );
    }
}

fn assert_run_outcome(name: &str, ending: &Ending, expected: &Expected) {
    let context = format!("{name}: cellscope run: {}", ending.describe());
    match expected {
        Expected::Ok => {
            assert_eq!(ending.code, Some(0), "{context}");
            assert_eq!(ending.stderr, "", "{context}");
        }
        Expected::Hang => assert_eq!(ending.code, None, "expected to run on: {context}"),
        Expected::Any => {}
        Expected::LastLine(text) => {
            assert_eq!(ending.code, Some(1), "{context}");
            assert!(
                ending.last_stderr_line().starts_with(text.as_str()),
                "expected '{text}': {context}"
            );
        }
    }
}

/// Runs `check`, `parse`, `scopes`, `trace --json` and `run` on `source`.
pub fn check_program(name: &str, source: &[u8], expected: &Expected) {
    let file = ScratchFile::new(name, source);
    for command in ["check", "parse", "scopes"] {
        let ending = run_binary(&[command], &file.0, DEADLINE);
        assert_clean(name, command, &ending, false);
        assert!(
            matches!(ending.code, Some(0 | 1)),
            "{name}: {command}: {}",
            ending.describe()
        );
    }
    let bomb = *expected == Expected::LastLine("MemoryError".into());
    let heap: &[&str] = if bomb { &["--max-heap-bytes", BOMB_HEAP_BYTES] } else { &[] };
    let trace_args = [&["trace", "--json", "--max-steps", TRACE_STEPS], heap].concat();
    let trace = run_binary(&trace_args, &file.0, DEADLINE);
    assert_clean(name, "trace --json", &trace, false);
    let hangs = *expected == Expected::Hang;
    let run = run_binary(
        &[&["run"], heap].concat(),
        &file.0,
        if hangs { HANG_DEADLINE } else { DEADLINE },
    );
    assert_clean(name, "run", &run, hangs);
    assert_run_outcome(name, &run, expected);
}
