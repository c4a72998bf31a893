//! Deep and large programs through every pass on a 2 MiB stack, the stack the
//! WebAssembly module is linked with (`.cargo/config.toml`): parsing, the AST dump,
//! scope analysis, the lint, compiling, running, and recording with a snapshot of
//! every step. An overflow aborts the process, so
//! each program runs in a child process of its own (this test binary, run again).

#![cfg(not(target_arch = "wasm32"))]

#[path = "robustness/deep_programs.rs"]
mod deep_programs;

use deep_programs::{accepted_by_cpython, refused_by_cpython, DeepProgram, COMPILER_RECURSION};
use std::process::Command;

/// The WebAssembly module's stack. The wasm build is optimised; an unoptimised test
/// build's frames are several times larger (parsing 200 nested brackets takes under
/// 700 KiB optimised and several MiB unoptimised), so a debug run gets 16 MiB and only
/// `cargo test --release` checks the 2 MiB bound itself.
const TEST_STACK_BYTES: usize = if cfg!(debug_assertions) {
    16 << 20
} else {
    2 << 20
};
const PROGRAM_VARIABLE: &str = "CELLSCOPE_DEEP_PROGRAM";
/// Set to run the child on another stack size, to measure what a pass needs.
const STACK_VARIABLE: &str = "CELLSCOPE_DEEP_STACK_BYTES";

fn all_programs() -> Vec<DeepProgram> {
    let mut programs = accepted_by_cpython();
    programs.extend(refused_by_cpython());
    programs
}

/// Every pass over `source`; only panics and overflows matter here, not the results.
fn every_pass(source: &str) {
    eprintln!("pass: parse");
    if let Ok(module) = cellscope::syntax::parse(source) {
        eprintln!("pass: dump");
        let _ = cellscope::syntax::dump(&module);
        eprintln!("pass: scope");
        if let Ok(table) = cellscope::scope::analyze(&module) {
            eprintln!("pass: lint");
            let _ = cellscope::insight::lint_parsed(source, &module, &table);
        }
        eprintln!("pass: drop");
    }
    eprintln!("pass: run");
    let _ = cellscope::runtime::run_source(source, "deep.py");
    eprintln!("pass: session");
    let options = cellscope::session::SessionOptions {
        max_steps: 2000,
        stdin: Some(String::new()),
        ..Default::default()
    };
    if let Ok(mut session) = cellscope::session::Session::new(source, options) {
        while !session.run(1000) {}
        for step in 0..session.step_count() {
            let _ = session.snapshot(step);
        }
    }
}

fn child_stack_bytes() -> usize {
    let requested = std::env::var(STACK_VARIABLE).ok();
    requested.and_then(|bytes| bytes.parse().ok()).unwrap_or(TEST_STACK_BYTES)
}

/// The child's half: runs the program named by the environment on a small stack.
#[test]
fn one_program_on_a_small_stack() {
    let Ok(name) = std::env::var(PROGRAM_VARIABLE) else {
        return;
    };
    let program = all_programs()
        .into_iter()
        .find(|p| p.name == name)
        .expect("known program");
    std::thread::Builder::new()
        .stack_size(child_stack_bytes())
        .spawn(move || every_pass(&program.source))
        .expect("spawn")
        .join()
        .expect("no panic");
}

#[test]
fn deep_programs_fit_a_wasm_sized_stack() {
    let mut failures = Vec::new();
    for program in all_programs() {
        let output = Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "--exact",
                "one_program_on_a_small_stack",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env(PROGRAM_VARIABLE, program.name)
            .output()
            .expect("run the test binary again");
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let tail: Vec<&str> = stderr
                .lines()
                .filter(|l| !l.trim().is_empty())
                .filter(|l| !l.starts_with("pass:"))
                .take(3)
                .collect();
            let pass = stderr
                .lines()
                .filter(|l| l.starts_with("pass:"))
                .last()
                .unwrap_or("");
            failures.push(format!(
                "{}: {:?}: {pass} {}",
                program.name,
                output.status,
                tail.join(" | ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs `source` on a thread with a stack large enough for any pass, so that only the
/// outcome is tested here.
fn run_on_large_stack(source: String) -> cellscope::runtime::RunOutput {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || cellscope::runtime::run_source(&source, "deep.py"))
        .expect("spawn")
        .join()
        .expect("no panic")
}

#[test]
fn deep_programs_end_with_the_expected_message() {
    let mut mismatches = Vec::new();
    for program in all_programs() {
        // Cellscope departs from CPython only by refusing deep nesting sooner.
        let departs = program.cellscope != program.cpython;
        assert!(
            !departs || program.cellscope == Some(COMPILER_RECURSION),
            "{}",
            program.name
        );
        let output = run_on_large_stack(program.source);
        let ending = output.stderr.lines().last().map(str::to_string);
        let expected_code = if program.cellscope.is_some() { 1 } else { 0 };
        if ending.as_deref() != program.cellscope || output.exit_code != expected_code {
            mismatches.push(format!(
                "{}: exit {}, {ending:?}",
                program.name, output.exit_code
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
