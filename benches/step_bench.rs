//! Recording and time-travel figures for the native build: steps per second over a
//! million-step closure loop, peak memory, random `snapshot` (goto) latency, and the
//! time to draw a snapshot with 100 and 1,000 live objects.
//!
//! Full run: `CELLSCOPE_BENCH=1 cargo bench --profile bench-native --bench step_bench -- --nocapture`
//! (or `benches/step_bench.sh`). Without `CELLSCOPE_BENCH` it records 20,000 steps, so
//! that `cargo test --all-targets` stays quick.

use cellscope::session::{Session, SessionOptions};
use std::time::{Duration, Instant};

const CLOSURE_LOOP: &str = "\
def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

tick = counter()
while True:
    tick()
";

fn full_run() -> bool {
    std::env::var_os("CELLSCOPE_BENCH").is_some()
}

fn recorded(source: &str, max_steps: usize) -> (Session, Duration) {
    let options = SessionOptions {
        max_steps,
        ..SessionOptions::default()
    };
    let mut session = Session::new(source, options).expect("benchmark program compiles");
    let started = Instant::now();
    while !session.run(100_000) {}
    (session, started.elapsed())
}

/// Peak resident memory of this process, from `/proc/self/status`.
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn percentile(sorted: &[Duration], fraction: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * fraction).round() as usize;
    sorted.get(index).copied().unwrap_or_default()
}

/// `snapshot(n)` for 1,000 pseudo-random steps; returns (p50, p99).
fn goto_latency(session: &Session) -> (Duration, Duration) {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut times = Vec::with_capacity(1000);
    for _ in 0..1000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let step = (state % session.step_count() as u64) as usize;
        let started = Instant::now();
        let snapshot = session.snapshot(step);
        times.push(started.elapsed());
        assert!(snapshot.is_some());
    }
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.99))
}

/// A program whose last line sees `objects` live objects: lists and closures.
fn objects_program(objects: usize) -> String {
    format!(
        "def make(i):\n    def get():\n        return i\n    return get\n\nkept = []\nfor i in range({}):\n    kept.append([make(i)])\ndone = True\n",
        objects / 3
    )
}

/// Average time per snapshot when stepping forwards through the 50 steps before the
/// end, as the page does.
fn stepping_time(objects: usize) -> Duration {
    let (session, _) = recorded(&objects_program(objects), 1_000_000);
    let end = session.step_count().saturating_sub(1);
    let first = end.saturating_sub(50);
    let started = Instant::now();
    for step in first..end {
        let _ = session.snapshot(step);
    }
    started.elapsed() / (end - first).max(1) as u32
}

/// Average time to build the last line's snapshot, and how many objects it drew.
fn snapshot_time(objects: usize) -> (Duration, usize) {
    let (session, _) = recorded(&objects_program(objects), 1_000_000);
    let last_line = session.step_count().saturating_sub(2);
    let drawn = session.snapshot(last_line).map_or(0, |s| s.heap.len());
    let rounds: u32 = 50;
    let started = Instant::now();
    for _ in 0..rounds {
        let _ = session.snapshot(last_line);
    }
    (started.elapsed() / rounds, drawn)
}

#[test]
fn step_benchmark() {
    let steps = if full_run() { 1_000_000 } else { 20_000 };
    let (session, elapsed) = recorded(CLOSURE_LOOP, steps);
    let rate = session.step_count() as f64 / elapsed.as_secs_f64();
    println!(
        "recorded {} steps in {:.3} s: {:.2} M steps/s",
        session.step_count(),
        elapsed.as_secs_f64(),
        rate / 1e6
    );
    println!(
        "history estimate {:.1} MB ({} checkpoints)",
        session.memory_bytes() as f64 / 1e6,
        session.checkpoint_count()
    );
    if let Some(peak) = peak_memory_kib() {
        println!(
            "peak resident memory (VmHWM) {:.1} MB",
            peak as f64 / 1024.0
        );
    }
    let (p50, p99) = goto_latency(&session);
    println!(
        "random goto (snapshot) over 1,000 steps: p50 {:.3} ms, p99 {:.3} ms",
        ms(p50),
        ms(p99)
    );
    for objects in [100, 1000] {
        let (time, drawn) = snapshot_time(objects);
        let stepping = stepping_time(objects);
        println!(
            "snapshot with ~{objects} live objects ({drawn} drawn): {:.3} ms",
            ms(time)
        );
        println!(
            "  stepping forwards at that size: {:.3} ms a step",
            ms(stepping)
        );
    }
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}
