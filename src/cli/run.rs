//! `cellscope run FILE [--max-steps N] [--max-heap-bytes N]`: run a program like
//! `python3 FILE`, with the same stdout, stderr and exit code.
//!
//! A program that has run [`DEFAULT_MAX_STEPS`] instructions is stopped, about a second
//! of a release build's time, so an endless loop ends with a message instead of running
//! for minutes; `--max-steps` raises the budget for a program that needs more.
//!
//! `CELLSCOPE_GC_STRESS=1` collects garbage at every instruction boundary after an
//! allocation, for tests: a value the collector cannot see is then freed at once, and
//! the program's output shows it.

use super::budget_args::{take_budget_args, BudgetArgs};
use super::source::read_source;
use crate::runtime::{load_program, RunOutput, StdinSource};
use std::io::Write;

/// Instructions a run may execute unless `--max-steps` says otherwise: a release build
/// executes about 110 million a second of `while True: pass`.
pub const DEFAULT_MAX_STEPS: u64 = 100_000_000;

pub fn main(args: &[String]) -> u8 {
    let (budgets, args) = match take_budget_args(args) {
        Ok(split) => split,
        Err(message) => {
            eprintln!("cellscope run: {message}");
            return 2;
        }
    };
    let file = match read_source(&args) {
        Ok(file) => file,
        Err(code) => return code,
    };
    let stdin = if file.path == "<stdin>" {
        StdinSource::Closed
    } else {
        StdinSource::Process
    };
    let output = run_program(&file.text, &file.path, stdin, &budgets);
    let mut stdout = std::io::stdout().lock();
    let wrote = stdout
        .write_all(output.stdout.as_bytes())
        .and_then(|_| stdout.flush());
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(output.stderr.as_bytes());
    if wrote.is_err() {
        return 120;
    }
    // The operating system keeps the low 8 bits of the status: exit(256) is 0, exit(-1) 255.
    (output.exit_code & 0xff) as u8
}

fn run_program(source: &str, path: &str, stdin: StdinSource, budgets: &BudgetArgs) -> RunOutput {
    let mut vm = match load_program(source, path) {
        Ok(vm) => vm,
        Err(stderr) => {
            return RunOutput {
                stdout: String::new(),
                stderr,
                exit_code: 1,
            }
        }
    };
    vm.input.stdin = stdin;
    vm.budgets.max_steps = budgets.max_steps.unwrap_or(DEFAULT_MAX_STEPS);
    if let Some(bytes) = budgets.max_heap_bytes {
        vm.budgets.max_heap_bytes = bytes;
    }
    vm.heap.stress_collection = std::env::var_os("CELLSCOPE_GC_STRESS").is_some_and(|v| v == "1");
    let outcome = vm.run_loop(1, false);
    let (stderr, exit_code) = vm.describe_outcome(outcome);
    RunOutput {
        stdout: std::mem::take(&mut vm.stdout),
        stderr,
        exit_code,
    }
}
