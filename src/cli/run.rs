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
use crate::runtime::output_order::{OutputOrder, Stream};
use crate::runtime::{load_program, StdinSource};
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
    let ended = run_program(&file.text, &file.path, stdin, &budgets);
    if write_output(&ended).is_err() {
        return 120;
    }
    if ended.interrupted {
        exit_by_sigint();
    }
    // The operating system keeps the low 8 bits of the status: exit(256) is 0, exit(-1) 255.
    (ended.exit_code & 0xff) as u8
}

/// What a run left to print, and how it ended.
struct EndedRun {
    stdout: String,
    /// What the program wrote to `sys.stderr` while it ran.
    stderr: String,
    order: OutputOrder,
    /// The traceback or budget message that ends the run, written last.
    ending: String,
    exit_code: i32,
    /// An uncaught KeyboardInterrupt ended the run.
    interrupted: bool,
}

/// Both streams in the order the program wrote them, then the ending. A failure to
/// write stdout (a closed pipe) is reported, as CPython exits 120 when its final flush
/// fails.
fn write_output(ended: &EndedRun) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    let mut wrote = Ok(());
    for (stream, text) in ended.order.interleave(&ended.stdout, &ended.stderr) {
        match stream {
            Stream::Stdout => wrote = wrote.and_then(|_| stdout.write_all(text.as_bytes())),
            Stream::Stderr => {
                let _ = stdout.flush();
                let _ = stderr.write_all(text.as_bytes());
            }
        }
    }
    wrote = wrote.and_then(|_| stdout.flush());
    let _ = stderr.write_all(ended.ending.as_bytes());
    wrote
}

fn run_program(source: &str, path: &str, stdin: StdinSource, budgets: &BudgetArgs) -> EndedRun {
    let mut vm = match load_program(source, path) {
        Ok(vm) => vm,
        Err(rendered) => {
            return EndedRun {
                stdout: String::new(),
                stderr: String::new(),
                order: OutputOrder::default(),
                ending: rendered,
                exit_code: 1,
                interrupted: false,
            }
        }
    };
    // CPython writes a SyntaxWarning while it compiles, before the program prints
    // anything, so with stdout and stderr in one file the warning comes first.
    let warnings = std::mem::take(&mut vm.compile_warnings);
    let _ = std::io::stderr().lock().write_all(warnings.as_bytes());
    vm.output_order = Some(OutputOrder::default());
    vm.input.stdin = stdin;
    vm.budgets.max_steps = budgets.max_steps.unwrap_or(DEFAULT_MAX_STEPS);
    if let Some(bytes) = budgets.max_heap_bytes {
        vm.budgets.max_heap_bytes = bytes;
    }
    vm.heap.stress_collection = std::env::var_os("CELLSCOPE_GC_STRESS").is_some_and(|v| v == "1");
    let outcome = vm.run_loop(1, false);
    let stderr = std::mem::take(&mut vm.stderr);
    let (ending, exit_code) = vm.describe_outcome(outcome);
    EndedRun {
        stdout: std::mem::take(&mut vm.stdout),
        stderr,
        order: vm.output_order.take().unwrap_or_default(),
        ending,
        exit_code,
        interrupted: vm.ended_by_keyboard_interrupt(),
    }
}

/// Ends the process as CPython's `exit_sigint` does after an uncaught
/// KeyboardInterrupt: SIGINT back to its default action, then sent to ourselves. If
/// the signal does not end the process, `main` returns 128 + SIGINT instead.
#[cfg(unix)]
fn exit_by_sigint() {
    const SIGINT: i32 = 2;
    const SIG_DFL: usize = 0;
    extern "C" {
        fn signal(signum: i32, handler: usize) -> usize;
        fn raise(signum: i32) -> i32;
    }
    // SAFETY: both are async-signal-safe libc calls with constant arguments; the
    // default action of SIGINT terminates the process before `raise` returns.
    unsafe {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
}

#[cfg(not(unix))]
fn exit_by_sigint() {}
