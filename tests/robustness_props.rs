//! Random valid programs (see `tests/robustness/program_gen.rs`) never panic or run
//! long, and, when `python3` is installed, print what CPython prints and end the same
//! way: the same exit code and the same last line of stderr.

#![cfg(not(target_arch = "wasm32"))]

#[path = "robustness/program_gen.rs"]
mod program_gen;

use cellscope::runtime::{run_source, RunOutput};
use program_gen::program_from;
use proptest::prelude::*;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Generated programs are small; one that takes longer than this has hung.
const SLOW: Duration = Duration::from_secs(3);

fn run_timed(source: &str) -> RunOutput {
    let started = Instant::now();
    let output = run_source(source, "prog.py");
    assert!(
        started.elapsed() < SLOW,
        "took {:?}:\n{source}",
        started.elapsed()
    );
    output
}

/// CPython's stdout, stderr and exit code, or `None` when there is no `python3`.
fn run_cpython(source: &str) -> Option<RunOutput> {
    let directory = std::env::temp_dir().join(format!("cellscope-props-{}", std::process::id()));
    std::fs::create_dir_all(&directory).ok()?;
    let path =
        directory.join(format!("prog{:?}.py", std::thread::current().id()).replace(['(', ')'], ""));
    std::fs::write(&path, source).ok()?;
    let output = Command::new("python3")
        .arg(&path)
        .current_dir(&directory)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    let _ = std::fs::remove_file(&path);
    Some(RunOutput {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        exit_code: output.status.code()?,
    })
}

fn last_line(text: &str) -> String {
    mask_addresses(text.lines().last().unwrap_or(""))
}

/// Object reprs hold addresses (`at 0x7f...`), which differ between any two runs.
fn mask_addresses(text: &str) -> String {
    let mut masked = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        let (before, from) = rest.split_at(at);
        masked.push_str(before);
        let digits = from[2..].bytes().take_while(u8::is_ascii_hexdigit).count();
        masked.push_str(if digits >= 6 {
            "0x?"
        } else {
            &from[..2 + digits]
        });
        rest = &from[2 + digits..];
    }
    masked + rest
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn generated_programs_run_quickly_without_panicking(choices in prop::collection::vec(any::<u8>(), 0..120)) {
        let source = program_from(&choices);
        let output = run_timed(&source);
        prop_assert!(matches!(output.exit_code, 0 | 1), "exit {}:\n{source}", output.exit_code);
    }

    #[test]
    fn generated_programs_match_cpython(choices in prop::collection::vec(any::<u8>(), 0..120)) {
        let source = program_from(&choices);
        let ours = run_timed(&source);
        let Some(theirs) = run_cpython(&source) else {
            return Ok(());
        };
        let (our_stdout, their_stdout) = (mask_addresses(&ours.stdout), mask_addresses(&theirs.stdout));
        prop_assert_eq!(our_stdout, their_stdout, "stdout differs:\n{}", source);
        prop_assert_eq!(ours.exit_code, theirs.exit_code, "exit code differs:\n{}\n{}", source, theirs.stderr);
        prop_assert_eq!(last_line(&ours.stderr), last_line(&theirs.stderr), "stderr differs:\n{}", source);
    }
}
