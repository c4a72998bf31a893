//! One test per bug found by feeding hostile programs to the binary: each aborted, hung,
//! grew without bound or computed the wrong answer. `run` must now end as `python3`
//! does (same stdout, stderr and exit code), and `trace --json` must end at its step
//! limit, promptly, with a bounded trace.

#![cfg(not(target_arch = "wasm32"))]

#[path = "robustness/harness.rs"]
mod harness;

use cellscope::runtime::load_program;
use harness::{assert_clean, run_capped, Ending, ScratchFile};
use std::process::{Command, Stdio};
use std::time::Duration;

/// The address-space cap of an ordinary run, in KiB.
const CAP_KIB: u64 = 2_000_000;

/// 1.5 times the default heap budget (512 MiB), in KiB: a run that passes it dies of
/// a failed allocation instead of raising MemoryError.
const HEAP_CAP_KIB: u64 = 3 * 512 * 1024 / 2;

/// The step limit given to `trace`: each snapshot inside a native call replays that
/// call from its start, so the limit also bounds what one snapshot costs.
const TRACE_STEPS: usize = 500;

/// How long a `trace` or `run` here may take: a debug build on a loaded machine is
/// slow, and these tests check that runs end, not how fast.
const SLOW_DEADLINE: Duration = Duration::from_secs(240);

/// Runs `python3 PATH`, failing loudly when it cannot start or dies of a signal.
fn cpython(path: &std::path::Path) -> (String, String, i32) {
    let output = Command::new("python3")
        .arg(path)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("python3 is needed as the reference and cannot run: {e}"));
    let code = output
        .status
        .code()
        .unwrap_or_else(|| panic!("python3 was killed: {:?}", output.status));
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    (text(&output.stdout), text(&output.stderr), code)
}

fn cellscope_run(path: &std::path::Path) -> (String, String, i32) {
    let output = Command::new(env!("CARGO_BIN_EXE_cellscope"))
        .arg("run")
        .arg(path)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cellscope cannot run: {e}"));
    let code = output
        .status
        .code()
        .unwrap_or_else(|| panic!("cellscope run was killed: {:?}", output.status));
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    (text(&output.stdout), text(&output.stderr), code)
}

/// `cellscope run` prints what `python3` prints and exits with its code.
fn assert_runs_like_cpython(name: &str, source: &str) {
    let file = ScratchFile::new(name, source.as_bytes());
    let ours = cellscope_run(&file.0);
    let theirs = cpython(&file.0);
    assert_eq!(ours, theirs, "{name}: (stdout, stderr, exit) differ from python3");
}

/// `trace --json` under the step limit: it ends in time, without a crash, with at most
/// one snapshot per step and the end step, the last of which says why it stopped.
fn assert_trace_stops_at_the_limit(name: &str, source: &str, steps: usize) -> Ending {
    let file = ScratchFile::new(name, source.as_bytes());
    let limit = steps.to_string();
    let args = ["trace", "--json", "--max-steps", limit.as_str()];
    let trace = run_capped(&args, &file.0, SLOW_DEADLINE, CAP_KIB);
    assert_clean(name, "trace --json", &trace, false);
    assert_eq!(trace.code, Some(0), "{name}: {}", trace.describe());
    assert!(
        trace.stdout_lines <= steps + 1,
        "{name}: {} snapshots for a limit of {steps}",
        trace.stdout_lines
    );
    assert!(
        trace.last_stdout_line.contains("\"stopped\""),
        "{name}: the last snapshot does not say the run was stopped: {}",
        &trace.last_stdout_line[..trace.last_stdout_line.len().min(400)]
    );
    trace
}

#[test]
fn float_format_with_huge_precision_aborted() {
    let source = "s = format(1.5, '.70000f')\nprint(len(s), s[:5], s[-3:])\n\
                  e = '%.70000e' % 1.5\nprint(len(e), e[-6:])\n\
                  print(len(format(2, '.65536f')), format(5e-324, '.1100f')[-30:])\n\
                  print(format(0.1, '.900g')[-40:])\nprint(len(f'{1e300:.70000g}'))\n";
    assert_runs_like_cpython("float_format_with_huge_precision_aborted", source);
}

#[test]
fn zfill_to_the_most_negative_width_overflowed() {
    let source = "print(repr('a'.zfill(-2**63)), repr('-1'.zfill(-2**63)))\n\
                  print(repr('ab'.center(-2**63)), repr('x'.ljust(-2**63 + 1, '*')), repr('x'.rjust(-2**63)))\n";
    assert_runs_like_cpython("zfill_to_the_most_negative_width_overflowed", source);
}

#[test]
fn empty_sequence_times_ten_to_the_eighteen_spun() {
    let source = "print([] * 10**18, () * 10**18, '' * 10**18, 10**18 * [])\n\
                  x = []\nx *= 10**18\nprint(x)\n\
                  try:\n    [] * 10**19\nexcept OverflowError as e:\n    print(e)\n\
                  print([1, 2] * -10**18, b'' * 10**18)\n\
                  try:\n    b'ab' * 10**19\nexcept OverflowError as e:\n    print(e)\n";
    assert_runs_like_cpython("empty_sequence_times_ten_to_the_eighteen_spun", source);
}

#[test]
fn endless_generator_drained_by_list_filled_the_event_queue() {
    let source = "def g():\n    while True:\n        yield 1\n\nlist(g())\n";
    assert_trace_stops_at_the_limit("endless_generator_list", source, TRACE_STEPS);
}

#[test]
fn endless_generator_drained_by_join_filled_the_event_queue() {
    let source = "def g():\n    while True:\n        yield 'a'\n\n''.join(g())\n";
    assert_trace_stops_at_the_limit("endless_generator_join", source, TRACE_STEPS);
}

#[test]
fn endless_generator_drained_by_any_filled_the_event_queue() {
    let source = "from itertools import count\nany(False for _ in count())\n";
    assert_trace_stops_at_the_limit("endless_generator_any", source, TRACE_STEPS);
}

/// The sum makes 30,005 trace events inside one native call; under a 2,000-step
/// limit the recording stops at 2,000 instead of running the whole call, and every
/// snapshot replays at most those 2,000.
#[test]
fn sum_over_a_generator_traced_past_the_step_limit() {
    let source = "print(sum(x for x in range(10000)))\n";
    assert_trace_stops_at_the_limit("sum_over_a_generator", source, 2_000);
    assert_runs_like_cpython("sum_over_a_generator", source);
}

/// In-process, with a 64 MiB heap budget: the run ends in MemoryError and the heap
/// holds at most 1.5 times the budget when it does.
fn assert_memory_error_within_budget(source: &str) {
    let budget = 64 << 20;
    let mut vm = load_program(source, "grow.py").expect("compiles");
    vm.budgets.max_heap_bytes = budget;
    let outcome = vm.run_loop(1, false);
    let held = vm.heap.estimated_bytes();
    let (stderr, code) = vm.describe_outcome(outcome);
    assert_eq!((code, stderr.lines().last()), (1, Some("MemoryError")), "{stderr}");
    assert!(held <= budget * 3 / 2, "{held} bytes held for a budget of {budget}");
}

#[test]
fn sets_appended_forever_passed_the_heap_budget() {
    assert_memory_error_within_budget("x = []\nwhile True:\n    x.append(set(range(1000)))\n");
}

#[test]
fn dicts_appended_forever_passed_the_heap_budget() {
    assert_memory_error_within_budget("x = []\nwhile True:\n    x.append({i: i for i in range(1000)})\n");
}

#[test]
fn set_grown_by_update_in_one_call_passed_the_heap_budget() {
    assert_memory_error_within_budget("s = set()\nfor n in range(100):\n    s.update(range(n * 10**6, (n + 1) * 10**6))\n");
}

/// The binary with its default 512 MiB heap budget, under an address-space cap of
/// 1.5 times that: past it the process would die of a failed allocation.
#[test]
fn sets_appended_forever_stay_within_the_default_heap_budget() {
    let source = "x = []\nwhile True:\n    x.append(set(range(1000)))\n";
    let file = ScratchFile::new("sets_appended_forever", source.as_bytes());
    let run = run_capped(&["run"], &file.0, SLOW_DEADLINE, HEAP_CAP_KIB);
    assert_clean("sets_appended_forever", "run", &run, false);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert_eq!(run.stderr.lines().last(), Some("MemoryError"), "{}", run.describe());
}
