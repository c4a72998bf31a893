//! Time-travel figures for the native build, on the allocation-heavy programs in
//! `benches/history_programs/`: recording speed, random goto (snapshot) p50 and p99,
//! one step back, the time to rebuild a step's state without drawing it, checkpoints,
//! and history bytes per step beyond the live heap, both as the session estimates them
//! and as the allocator counts them.
//!
//! Full run: `CELLSCOPE_BENCH=1 cargo test --profile bench-native --bench history_bench -- --nocapture`
//! (or `benches/history_bench.sh`, which runs the wasm figures after). Without
//! `CELLSCOPE_BENCH` each program records 20,000 steps, so `cargo test --all-targets`
//! stays quick; `CELLSCOPE_BENCH_ONLY=NAME` runs only the programs whose name contains
//! NAME. Times are this process's CPU time, so a busy machine skews them less.

use cellscope::session::{Session, SessionOptions};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts the bytes allocated and not yet freed.
struct Counting;

static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE_BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE_BYTES.fetch_add(new_size, Ordering::Relaxed);
        LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const PROGRAMS: [(&str, &str); 4] = [
    ("closure_int", include_str!("history_programs/closure_int.py")),
    ("closure_str", include_str!("history_programs/closure_str.py")),
    ("memo_tuples", include_str!("history_programs/memo_tuples.py")),
    ("dict_list", include_str!("history_programs/dict_list.py")),
];

#[repr(C)]
struct Timespec {
    seconds: i64,
    nanoseconds: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
}

/// CPU time of this process, in milliseconds.
fn cpu_ms() -> f64 {
    const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
    let mut time = Timespec {
        seconds: 0,
        nanoseconds: 0,
    };
    // SAFETY: `time` is a valid, writable timespec for the call.
    unsafe { clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &mut time) };
    time.seconds as f64 * 1e3 + time.nanoseconds as f64 / 1e6
}

fn record(source: &str, max_steps: usize, checkpoint_spacing: u64) -> (Session, f64) {
    let options = SessionOptions {
        max_steps,
        checkpoint_spacing,
        ..SessionOptions::default()
    };
    let mut session = Session::new(source, options).expect("benchmark program compiles");
    let started = cpu_ms();
    while !session.run(100_000) {}
    (session, cpu_ms() - started)
}

fn percentile(sorted: &[f64], fraction: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * fraction).round() as usize;
    sorted.get(index).copied().unwrap_or_default()
}

/// Pseudo-random steps, the same every run.
fn random_steps(count: usize, how_many: usize) -> Vec<usize> {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    (0..how_many)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % count as u64) as usize
        })
        .collect()
}

/// (p50, p99) of `measure` over random steps.
fn latency(session: &Session, mut measure: impl FnMut(usize)) -> (f64, f64) {
    let mut times: Vec<f64> = random_steps(session.step_count(), 300)
        .into_iter()
        .map(|step| {
            let started = cpu_ms();
            measure(step);
            cpu_ms() - started
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (percentile(&times, 0.5), percentile(&times, 0.99))
}

/// Consecutive one-step-back snapshots from three places: (mean, worst).
fn step_back(session: &Session) -> (f64, f64) {
    let count = session.step_count();
    let mut times = Vec::new();
    for start in [count * 3 / 10, count * 6 / 10, count.saturating_sub(2)] {
        let _ = session.snapshot(start);
        for step in (start.saturating_sub(50)..start).rev() {
            let started = cpu_ms();
            let _ = session.snapshot(step);
            times.push(cpu_ms() - started);
        }
    }
    let worst = times.iter().copied().fold(0.0, f64::max);
    (times.iter().sum::<f64>() / times.len().max(1) as f64, worst)
}

/// Bytes the checkpoints keep alive, as the allocator counts them: the same recording
/// with checkpoints and with only the first one.
fn measured_checkpoint_bytes(source: &str, max_steps: usize) -> isize {
    let before = LIVE_BYTES.load(Ordering::Relaxed);
    let (with, _) = record(source, max_steps, SessionOptions::default().checkpoint_spacing);
    let with_bytes = LIVE_BYTES.load(Ordering::Relaxed) - before;
    drop(with);
    let before = LIVE_BYTES.load(Ordering::Relaxed);
    let (without, _) = record(source, max_steps, u64::MAX);
    let without_bytes = LIVE_BYTES.load(Ordering::Relaxed) - before;
    drop(without);
    with_bytes as isize - without_bytes as isize
}

fn report(name: &str, source: &str, max_steps: usize) {
    let (session, recording_ms) = record(source, max_steps, SessionOptions::default().checkpoint_spacing);
    let steps = session.step_count();
    let (goto_p50, goto_p99) = latency(&session, |step| {
        let _ = session.snapshot(step);
    });
    let (state_p50, state_p99) = latency(&session, |step| {
        let _ = session.state_at(step);
    });
    let (back_mean, back_worst) = step_back(&session);
    let estimated = session.memory_bytes() as f64 / steps as f64;
    let history = session.history().memory_bytes() as isize;
    let measured = (measured_checkpoint_bytes(source, max_steps) + history) as f64 / steps as f64;
    println!(
        "native | {name} | {steps} | {:.2} | {} | {goto_p50:.2} / {goto_p99:.2} | {state_p50:.2} / {state_p99:.2} | {back_mean:.2} / {back_worst:.2} | {estimated:.1} | {measured:.1}",
        steps as f64 / recording_ms / 1e3,
        session.checkpoint_count(),
    );
}

#[test]
fn history_benchmark() {
    let max_steps = if std::env::var_os("CELLSCOPE_BENCH").is_some() {
        1_000_000
    } else {
        20_000
    };
    println!(
        "native | program | steps | M steps/s | checkpoints | goto p50 / p99 ms | state p50 / p99 ms | step back mean / max ms | history B/step (estimated) | (counted)"
    );
    // `CELLSCOPE_BENCH_ONLY=memo` runs the programs whose name contains it.
    let only = std::env::var("CELLSCOPE_BENCH_ONLY").unwrap_or_default();
    for (name, source) in PROGRAMS.iter().filter(|(name, _)| name.contains(&only)) {
        report(name, source, max_steps);
    }
}
