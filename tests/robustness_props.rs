//! Random valid programs (see `tests/robustness/program_gen.rs`) never panic or run
//! away, and print what CPython prints and end the same way: the same stdout, the same
//! stderr and the same exit code. `python3` is the reference: when it is missing or dies
//! of a signal the tests fail rather than pass unchecked. The soak test strings many
//! generated programs together in a loop that makes garbage, so the collector runs many
//! times while their objects are alive.


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
    run_with_limit(source, MAX_INSTRUCTIONS)
}

fn run_with_limit(source: &str, limit: u64) -> RunOutput {
    let mut vm = match load_program(source, "prog.py") {
        Ok(vm) => vm,
        Err(stderr) => return RunOutput { stdout: String::new(), stderr, exit_code: 1 },
    };
    vm.budgets.max_steps = limit;
    let outcome = vm.run_loop(1, false);
    assert!(
        !matches!(outcome, Err(Exception::Budget(BudgetExceeded::Steps(_)))),
        "ran past {limit} instructions:\n{source}"
    );
    let (stderr, exit_code) = vm.describe_outcome(outcome);
    RunOutput { stdout: std::mem::take(&mut vm.stdout), stderr, exit_code }
}

/// CPython's stdout, stderr and exit code for `source` saved as `prog.py`. Panics when
/// `python3` cannot be started or is killed: a reference that did not run proves nothing.
fn run_cpython(source: &str) -> RunOutput {
    let thread = format!("{:?}", std::thread::current().id()).replace(|c: char| !c.is_ascii_alphanumeric(), "");
    let directory = std::env::temp_dir().join(format!("cellscope-props-{}-{thread}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("a scratch directory for python3");
    let path = directory.join("prog.py");
    std::fs::write(&path, source).expect("write prog.py");
    // `timeout` ends a program that would loop forever; its exit code 124 then shows
    // up as a mismatch instead of a hung suite.
    let output = Command::new("timeout")
        .args(["20", "python3", "prog.py"])
        .current_dir(&directory)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("python3 (the reference) cannot be started: {e}"));
    let exit_code = output.status.code().unwrap_or_else(|| {
        panic!("python3 was killed by a signal ({:?}) running:\n{source}", output.status)
    });
    assert_ne!(exit_code, 127, "python3 is not installed: it is the reference these tests need");
    // CPython names the script by its absolute path in tracebacks.
    let absolute = format!("{}/", directory.display());
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).replace(&absolute, "");
    RunOutput { stdout: text(&output.stdout), stderr: text(&output.stderr), exit_code }
}

/// Both runs agree on stdout, stderr and exit code, addresses masked.
fn assert_same_outcome(ours: &RunOutput, theirs: &RunOutput, source: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(mask_addresses(&ours.stdout), mask_addresses(&theirs.stdout), "stdout differs:\n{}", source);
    prop_assert_eq!(mask_addresses(&ours.stderr), mask_addresses(&theirs.stderr), "stderr differs:\n{}", source);
    prop_assert_eq!(ours.exit_code, theirs.exit_code, "exit code differs:\n{}", source);
    Ok(())
}

/// Generated programs, one after another in a loop whose every pass also makes 20,000
/// short-lived lists: the collector runs dozens of times while the programs' closures,
/// cells and containers are alive.
fn soak_program(chunks: &[Vec<u8>]) -> String {
    let mut out = String::from("for _soak in range(30):\n");
    for chunk in chunks {
        for line in program_from(chunk).lines() {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
        out.push_str("    _garbage = [[_soak, i] for i in range(2000)]\n");
    }
    out
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

/// The soak's instruction limit: ten programs thirty times, and the garbage.
const SOAK_INSTRUCTIONS: u64 = 60_000_000;

/// Soak programs per run; `CELLSCOPE_SOAK_CASES` runs more.
fn soak_cases() -> u32 {
    std::env::var("CELLSCOPE_SOAK_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(3)
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
        let theirs = run_cpython(&source);
        assert_same_outcome(&ours, &theirs, &source)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: soak_cases(), ..ProptestConfig::default() })]

    #[test]
    fn soak_of_generated_programs_collecting_garbage_matches_cpython(
        chunks in prop::collection::vec(prop::collection::vec(any::<u8>(), 20..120), 10..11)
    ) {
        let source = soak_program(&chunks);
        let ours = run_with_limit(&source, SOAK_INSTRUCTIONS);
        let theirs = run_cpython(&source);
        assert_same_outcome(&ours, &theirs, &source)?;
    }
}
