//! Random valid programs (see `tests/robustness/program_gen.rs`) never panic or run
//! away, and, when `python3` is installed, print what CPython prints and end the same
//! way: the same exit code and the same last line of stderr.

#![cfg(not(target_arch = "wasm32"))]

#[path = "robustness/program_gen.rs"]
mod program_gen;

use cellscope::runtime::exception::{BudgetExceeded, Exception};
use cellscope::runtime::{load_program, RunOutput};
use program_gen::program_from;
use proptest::prelude::*;
use std::process::{Command, Stdio};

/// Generated programs are small and their loops bounded; one that executes more
/// instructions than this has hung. A count, not a clock, so a loaded machine cannot
/// make the test fail.
const MAX_INSTRUCTIONS: u64 = 2_000_000;

fn run_bounded(source: &str) -> RunOutput {
    let mut vm = match load_program(source, "prog.py") {
        Ok(vm) => vm,
        Err(stderr) => return RunOutput { stdout: String::new(), stderr, exit_code: 1 },
    };
    vm.budgets.max_steps = MAX_INSTRUCTIONS;
    let outcome = vm.run_loop(1, false);
    assert!(
        !matches!(outcome, Err(Exception::Budget(BudgetExceeded::Steps(_)))),
        "ran past {MAX_INSTRUCTIONS} instructions:\n{source}"
    );
    let (stderr, exit_code) = vm.describe_outcome(outcome);
    RunOutput { stdout: std::mem::take(&mut vm.stdout), stderr, exit_code }
}

/// CPython's stdout, stderr and exit code, or `None` when there is no `python3`.
fn run_cpython(source: &str) -> Option<RunOutput> {
    let directory = std::env::temp_dir().join(format!("cellscope-props-{}", std::process::id()));
    std::fs::create_dir_all(&directory).ok()?;
    let path =
        directory.join(format!("prog{:?}.py", std::thread::current().id()).replace(['(', ')'], ""));
    std::fs::write(&path, source).ok()?;
    // `timeout` ends a program that would loop forever; its exit code 124 then shows
    // up as a mismatch instead of a hung suite.
    let output = Command::new("timeout")
        .args(["10", "python3"])
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

/// Generated programs per test. A debug build interprets them slowly, so the suite runs
/// a few dozen; `CELLSCOPE_GENERATED_CASES=300` runs a deeper search.
fn generated_cases() -> u32 {
    std::env::var("CELLSCOPE_GENERATED_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(40)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: generated_cases(), ..ProptestConfig::default() })]

    #[test]
    fn generated_programs_end_without_panicking(choices in prop::collection::vec(any::<u8>(), 0..120)) {
        let source = program_from(&choices);
        let output = run_bounded(&source);
        prop_assert!(matches!(output.exit_code, 0 | 1), "exit {}:\n{source}", output.exit_code);
    }

    #[test]
    fn generated_programs_match_cpython(choices in prop::collection::vec(any::<u8>(), 0..120)) {
        let source = program_from(&choices);
        let ours = run_bounded(&source);
        let Some(theirs) = run_cpython(&source) else {
            return Ok(());
        };
        let (our_stdout, their_stdout) = (mask_addresses(&ours.stdout), mask_addresses(&theirs.stdout));
        prop_assert_eq!(our_stdout, their_stdout, "stdout differs:\n{}", source);
        prop_assert_eq!(ours.exit_code, theirs.exit_code, "exit code differs:\n{}\n{}", source, theirs.stderr);
        prop_assert_eq!(last_line(&ours.stderr), last_line(&theirs.stderr), "stderr differs:\n{}", source);
    }
}
