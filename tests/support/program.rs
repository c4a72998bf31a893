//! One program of the corpus: its source, its recorded CPython behaviour, and running it
//! through the `cellscope` binary.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use super::mask::mask_output;

/// A program that has not finished after this long counts as failing: the limit is there
/// to end a program that hangs, far above what any corpus program takes (a second or two in
/// a debug build), since the test threads share the machine's cores with whatever else runs.
const TIMEOUT: Duration = Duration::from_secs(60);
/// Under `CELLSCOPE_GC_STRESS` every allocation is followed by a whole collection, which
/// makes a program that builds many objects (one importing `re` or `datetime`) ten times
/// slower or more.
const STRESS_TIMEOUT: Duration = Duration::from_secs(240);

fn timeout() -> Duration {
    if std::env::var_os("CELLSCOPE_GC_STRESS").is_some() {
        STRESS_TIMEOUT
    } else {
        TIMEOUT
    }
}
const POLL_INTERVAL: Duration = Duration::from_millis(5);

/// What a run produced, or what was recorded: masked stdout and stderr, and the exit code
/// (`None` when the process was killed, by a signal or by our timeout).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub exit: Option<i32>,
}

pub fn programs_directory() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs")
}

/// The names (without `.py`) of every program, sorted, keeping those that contain `only`.
pub fn program_names(directory: &Path, only: Option<&str>) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(directory)
        .map_err(|error| format!("cannot list {}: {error}", directory.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| entry.file_name().to_str().map(str::to_string))
        .filter_map(|file| file.strip_suffix(".py").map(str::to_string))
        .filter(|name| only.map_or(true, |part| name.contains(part)))
        .collect();
    names.sort();
    Ok(names)
}

fn read_optional(path: &Path) -> Result<Option<String>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(format!("cannot read {}: {error}", path.display())),
    }
}

/// What `scripts/record_programs.py` recorded: `.stdout` must exist; a missing `.stderr`
/// means empty and a missing `.exit` means 0.
pub fn recorded_outcome(directory: &Path, name: &str) -> Result<Outcome, String> {
    let stdout = read_optional(&directory.join(format!("{name}.stdout")))?
        .ok_or_else(|| format!("{name}.stdout is missing: run scripts/record_programs.py"))?;
    let stderr = read_optional(&directory.join(format!("{name}.stderr")))?.unwrap_or_default();
    let exit = match read_optional(&directory.join(format!("{name}.exit")))? {
        Some(text) => text
            .trim()
            .parse()
            .map_err(|_| format!("{name}.exit does not hold a number"))?,
        None => 0,
    };
    Ok(Outcome {
        stdout,
        stderr,
        exit: Some(exit),
    })
}

fn read_all_in_background(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Runs `binary run NAME.py` in the programs' directory, with NAME.stdin as its input.
pub fn run_program(binary: &Path, directory: &Path, name: &str) -> Result<Outcome, String> {
    run_subcommand(binary, directory, name, &["run"])
}

/// Runs `binary SUBCOMMAND… NAME.py [OPTIONS…]` in the programs' directory, with
/// NAME.stdin as its input; `arguments` is the subcommand and then its options.
pub fn run_subcommand(
    binary: &Path,
    directory: &Path,
    name: &str,
    arguments: &[&str],
) -> Result<Outcome, String> {
    let stdin = read_optional(&directory.join(format!("{name}.stdin")))?.unwrap_or_default();
    let (subcommand, options) = arguments.split_first().unwrap_or((&"run", &[]));
    let mut child = Command::new(binary)
        .arg(subcommand)
        .arg(format!("{name}.py"))
        .args(options)
        .current_dir(directory)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot start {}: {error}", binary.display()))?;
    let stdout = child.stdout.take().map(read_all_in_background);
    let stderr = child.stderr.take().map(read_all_in_background);
    if let Some(mut input) = child.stdin.take() {
        thread::spawn(move || input.write_all(stdin.as_bytes()));
    }
    let exit = wait_with_timeout(&mut child)?;
    let collect = |handle: Option<thread::JoinHandle<String>>| {
        handle.and_then(|h| h.join().ok()).unwrap_or_default()
    };
    let directory_text = directory.display().to_string();
    Ok(Outcome {
        stdout: mask_output(&collect(stdout), &directory_text),
        stderr: mask_output(&collect(stderr), &directory_text),
        exit,
    })
}

fn wait_with_timeout(child: &mut std::process::Child) -> Result<Option<i32>, String> {
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status.code()),
            Ok(None) if started.elapsed() > timeout() => {
                let _ = child.kill();
                let _ = child.wait();
                return Ok(None);
            }
            Ok(None) => thread::sleep(POLL_INTERVAL),
            Err(error) => return Err(format!("waiting for the program failed: {error}")),
        }
    }
}
