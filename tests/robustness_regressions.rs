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

/// The heap budget the binary is given for a memory bomb (64 MiB): small enough that a
/// debug build reaches it in seconds.
const BOMB_HEAP_BYTES: u64 = 64 << 20;

/// 1.5 times that budget, in KiB, as the process's address-space cap: a run that passes
/// it dies of a failed allocation instead of raising MemoryError.
const HEAP_CAP_KIB: u64 = 3 * BOMB_HEAP_BYTES / 1024 / 2;

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
    // The reader is told the budget they set, even when the recorder ran out of room
    // for steps inside one native call.
    let said = format!("Stopped after {} steps", with_thousands(steps));
    assert!(
        trace.last_stdout_line.contains(&said),
        "{name}: the stop does not say {said:?}: {}",
        &trace.last_stdout_line[trace.last_stdout_line.len().saturating_sub(400)..]
    );
    trace
}

/// 2000 as "2,000", as the stop message writes counts.
fn with_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
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

/// An async generator that never ends, drained by `async for` inside one native
/// `send` of the task's coroutine: the trace stops at the limit all the same.
#[test]
fn endless_async_generator_drained_by_async_for_stops_at_the_limit() {
    let source = "import asyncio\n\nasync def forever():\n    while True:\n        yield 1\n\n\
                  async def main():\n    async for x in forever():\n        pass\n\n\
                  asyncio.run(main())\n";
    assert_trace_stops_at_the_limit("endless_async_generator", source, TRACE_STEPS);
}

/// Async generators nested deeper than the native runs allowed end in RecursionError,
/// which the program can catch, where CPython (with a larger C stack) would finish.
#[test]
fn async_generators_nested_past_the_native_run_limit_raise_recursion_error() {
    let source = "import asyncio\n\nasync def leaf():\n    yield 1\n\n\
                  async def wrap(inner):\n    async for x in inner:\n        yield x + 1\n\n\
                  async def main(depth):\n    g = leaf()\n    for _ in range(depth):\n        \
                  g = wrap(g)\n    try:\n        print([x async for x in g])\n    \
                  except RecursionError as e:\n        print('RecursionError', e)\n\n\
                  asyncio.run(main(50))\nasyncio.run(main(300))\nprint('after')\n";
    let file = ScratchFile::new("deep_async_generators", source.as_bytes());
    let (stdout, stderr, code) = cellscope_run(&file.0);
    assert_eq!(
        (stdout.as_str(), stderr.as_str(), code),
        ("[51]\nRecursionError maximum recursion depth exceeded\nafter\n", "", 0)
    );
}

/// An async comprehension over an async generator that never ends grows a list
/// until the heap budget stops it.
#[test]
fn async_comprehension_over_an_endless_async_generator_passed_the_heap_budget() {
    assert_memory_error_within_budget(
        "import asyncio\n\nasync def forever():\n    while True:\n        yield 'x' * 100\n\n\
         async def main():\n    return [x async for x in forever()]\n\nasyncio.run(main())\n",
    );
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

/// `s += t` copied the whole str each time, so a million appends inside a function took
/// over a minute (CPython: 0.15 s). Strs now grow in a buffer they share.
#[test]
fn str_appended_to_a_million_times_was_quadratic() {
    let source = "def build():\n    s = ''\n    for i in range(1000000):\n        s += 'ab'\n    return s\n\n\
                  s = build()\nt = s\ns += 'c'\nu = t + 'd'\nprint(len(s), len(t), s[-3:], u[-3:], t == u[:-1])\n";
    assert_runs_like_cpython("str_appended_a_million_times", source);
}

/// A short str kept while the str grown from it is dropped holds the whole buffer:
/// the heap is weighed by each buffer's room, so a loop of such strs ends in
/// MemoryError within the budget.
#[test]
fn short_strs_kept_from_grown_buffers_stay_within_the_heap_budget() {
    assert_memory_error_within_budget(
        "kept = []\nwhile True:\n    s = '-' * 300 + '.'\n    kept.append(s)\n\
         for i in range(100):\n        s += 'x' * 10000\n",
    );
    let source = "kept = []\nwhile True:\n    s = '-' * 300 + '.'\n    kept.append(s)\n\
                  for i in range(100):\n        s += 'x' * 10000\n";
    let file = ScratchFile::new("short_strs_kept", source.as_bytes());
    let budget = BOMB_HEAP_BYTES.to_string();
    let args = ["run", "--max-heap-bytes", budget.as_str()];
    let run = run_capped(&args, &file.0, SLOW_DEADLINE, HEAP_CAP_KIB);
    assert_clean("short_strs_kept", "run", &run, false);
    assert_eq!(run.stderr.lines().last(), Some("MemoryError"), "{}", run.describe());
}

/// The binary with a 64 MiB heap budget given by `--max-heap-bytes`, under an
/// address-space cap of 1.5 times that: past it the process would die of a failed
/// allocation.
#[test]
fn sets_appended_forever_stay_within_the_heap_budget() {
    let source = "x = []\nwhile True:\n    x.append(set(range(1000)))\n";
    let file = ScratchFile::new("sets_appended_forever", source.as_bytes());
    let budget = BOMB_HEAP_BYTES.to_string();
    let args = ["run", "--max-heap-bytes", budget.as_str()];
    let run = run_capped(&args, &file.0, SLOW_DEADLINE, HEAP_CAP_KIB);
    assert_clean("sets_appended_forever", "run", &run, false);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert_eq!(run.stderr.lines().last(), Some("MemoryError"), "{}", run.describe());
}

/// Under `run`'s default step budget an endless loop stopped only after 2,000,000,000
/// instructions (20 to 60 s); the default is now about a second of a release build.
#[test]
fn while_true_ran_for_a_minute_under_the_default_step_budget() {
    let file = ScratchFile::new("while_true_default_budget", b"while True:\n    pass\n");
    let run = run_capped(&["run"], &file.0, SLOW_DEADLINE, CAP_KIB);
    assert_clean("while_true_default_budget", "run", &run, false);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert_eq!(
        run.stderr.lines().last(),
        Some("cellscope: stopped after 100000000 steps (step budget reached)"),
        "{}",
        run.describe()
    );
    let raised = run_capped(&["run", "--max-steps", "1000"], &file.0, SLOW_DEADLINE, CAP_KIB);
    assert_eq!(
        raised.stderr.lines().last(),
        Some("cellscope: stopped after 1000 steps (step budget reached)"),
        "{}",
        raised.describe()
    );
}

/// The collector never ran while native code called back into Python, so the lists a
/// key function threw away piled up until the sort ended: under a 32 MiB budget this
/// sort of 200,000 items (170 MB of garbage) raised MemoryError.
#[test]
fn garbage_made_by_a_key_function_was_kept_until_the_sort_ended() {
    let source = "print(sorted(range(200000), key=lambda x: len([x] * 50) - x)[:3])\n";
    let mut vm = load_program(source, "sort.py").expect("compiles");
    vm.budgets.max_heap_bytes = 32 << 20;
    let outcome = vm.run_loop(1, false);
    let (stderr, code) = vm.describe_outcome(outcome);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(vm.stdout, "[199999, 199998, 199997]\n");
}

/// Collecting inside nested runs must keep what native code holds: natives that call
/// back into Python (sorted, min and max with a key, map, filter, join over a
/// generator, reduce, dict lookups through `__hash__` and `__eq__`, sorting through
/// `__lt__`) give python3's output with a collection at every allocation.
#[test]
fn natives_calling_back_into_python_keep_their_values_through_collections() {
    let source = include_str!("robustness/natives_calling_back.py");
    let file = ScratchFile::new("natives_calling_back", source.as_bytes());
    let output = Command::new(env!("CARGO_BIN_EXE_cellscope"))
        .arg("run")
        .arg(&file.0)
        .env("CELLSCOPE_GC_STRESS", "1")
        .stdin(Stdio::null())
        .output()
        .expect("cellscope runs");
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    let ours = (text(&output.stdout), text(&output.stderr), output.status.code().unwrap_or(-1));
    assert_eq!(ours, cpython(&file.0));
}

/// An uncaught KeyboardInterrupt ended `run` with status 1; CPython prints the
/// traceback and then dies of SIGINT, so a shell sees 130 and a parent the signal. A
/// subclass of KeyboardInterrupt ends with status 1 in both.
#[test]
#[cfg(unix)]
fn uncaught_keyboard_interrupt_exited_with_status_1() {
    use std::os::unix::process::ExitStatusExt;
    let interrupted = "print('before')\ntry:\n    raise KeyboardInterrupt\n\
                       except KeyboardInterrupt:\n    print('caught')\nraise KeyboardInterrupt('now')\n";
    let subclass = "class Stop(KeyboardInterrupt):\n    pass\n\nraise Stop('now')\n";
    for (name, source, signal) in [
        ("keyboard_interrupt", interrupted, Some(2)),
        ("keyboard_interrupt_subclass", subclass, None),
    ] {
        let file = ScratchFile::new(name, source.as_bytes());
        let run = |program: &str, args: &[&str]| {
            Command::new(program)
                .args(args)
                .arg(&file.0)
                .stdin(Stdio::null())
                .output()
                .unwrap_or_else(|e| panic!("{program} cannot run: {e}"))
        };
        let ours = run(env!("CARGO_BIN_EXE_cellscope"), &["run"]);
        let theirs = run("python3", &[]);
        assert_eq!(theirs.status.signal(), signal, "{name}: python3 {:?}", theirs.status);
        assert_eq!(ours.status.into_raw(), theirs.status.into_raw(), "{name}: exit status");
        assert_eq!(ours.stdout, theirs.stdout, "{name}: stdout");
        let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
        assert_eq!(text(&ours.stderr), text(&theirs.stderr), "{name}: stderr");
    }
}

/// With stdout and stderr in one file, a SyntaxWarning came after the program's output
/// (CPython writes it while compiling), and everything the program wrote to stderr came
/// after all of its stdout. CPython run unbuffered, as in a terminal, keeps the order
/// of writes.
#[test]
fn stderr_and_warnings_written_after_all_of_stdout() {
    let source = "import sys\nprint('first')\nx = 1 is 1\nprint('to stderr', file=sys.stderr)\n\
                  print('second')\nsys.stderr.write('again\\n')\nprint('third')\nraise ValueError('end')\n";
    let file = ScratchFile::new("stderr_order", source.as_bytes());
    let merged = |program: &str, args: &str| {
        let command = format!("{program} {args} \"$0\" 2>&1");
        let output = Command::new("sh")
            .arg("-c")
            .arg(command)
            .arg(&file.0)
            .env("PYTHONUNBUFFERED", "1")
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("sh cannot run {program}: {e}"));
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let ours = merged(env!("CARGO_BIN_EXE_cellscope"), "run");
    let theirs = merged("python3", "");
    assert!(theirs.starts_with(&format!("{}:3: SyntaxWarning", file.0.display())), "{theirs}");
    assert!(theirs.contains("first\nto stderr\nsecond\nagain\nthird\n"), "{theirs}");
    assert_eq!(ours, theirs);
}
