//! "When was this set?" over long recordings: what the write index costs while
//! recording (speed and bytes per step, with and without it), and how long
//! `Session::last_write` takes with it (p50 and p99 over random steps) and without it
//! (a backwards replay of the whole history, the worst case: a variable written once
//! at the start).
//!
//! Full run: `CELLSCOPE_BENCH=1 cargo test --profile bench-native --bench last_write_bench -- --nocapture`.
//! Without `CELLSCOPE_BENCH` each program records 20,000 steps, so `cargo test
//! --all-targets` stays quick. Times are this process's CPU time.

use cellscope::session::snapshot::HeapObject;
use cellscope::session::write_index::WriteTarget;
use cellscope::session::{Session, SessionOptions};

const PROGRAMS: [(&str, &str); 2] = [
    (
        "closure_int",
        include_str!("history_programs/closure_int.py"),
    ),
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

fn record(source: &str, max_steps: usize, index_writes: bool) -> (Session, f64) {
    let options = SessionOptions {
        max_steps,
        index_writes,
        ..SessionOptions::default()
    };
    let mut session = Session::new(source, options).expect("benchmark program compiles");
    let started = cpu_ms();
    while !session.run(100_000) {}
    (session, cpu_ms() - started)
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

/// (p50, p99, found) of `last_write` for `target` from random steps.
fn query_latency(session: &Session, target: &WriteTarget, how_many: usize) -> (f64, f64, usize) {
    let mut found = 0;
    let mut times: Vec<f64> = random_steps(session.step_count(), how_many)
        .into_iter()
        .map(|step| {
            let started = cpu_ms();
            found += usize::from(session.last_write(step, target).is_some());
            cpu_ms() - started
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let at = |fraction: f64| times[((times.len() - 1) as f64 * fraction).round() as usize];
    (at(0.5), at(0.99), found)
}

/// The targets to ask about: the first global the program binds (written once at the
/// start) and the first cell or the last global (rewritten all along).
fn targets(session: &Session) -> Vec<(String, WriteTarget)> {
    let last = session
        .snapshot(session.step_count() - 1)
        .expect("the end step");
    let globals = &last.frames[0].locals;
    let mut targets = vec![("first global".to_string(), global(&globals[0].name))];
    let cell = last
        .heap
        .iter()
        .find(|(_, o)| matches!(o, HeapObject::Cell(_)));
    match cell {
        Some((&cell, _)) => targets.push(("cell".into(), WriteTarget::Cell { cell })),
        None => targets.push((
            "last global".into(),
            global(&globals[globals.len() - 1].name),
        )),
    }
    targets
}

fn global(name: &str) -> WriteTarget {
    WriteTarget::Variable {
        frame: 0,
        name: name.to_string(),
    }
}

fn report(name: &str, source: &str, max_steps: usize) {
    let (plain, plain_ms) = record(source, max_steps, false);
    let (indexed, indexed_ms) = record(source, max_steps, true);
    let steps = indexed.step_count();
    let per_step = |session: &Session| session.memory_bytes() as f64 / steps as f64;
    println!(
        "{name} | {steps} steps | recording {:.2} M steps/s without the index, {:.2} with | history {:.2} / {:.2} B/step",
        steps as f64 / plain_ms / 1e3,
        steps as f64 / indexed_ms / 1e3,
        per_step(&plain),
        per_step(&indexed),
    );
    for (label, target) in targets(&indexed) {
        let (p50, p99, found) = query_latency(&indexed, &target, 200);
        let started = cpu_ms();
        let scanned = plain.last_write(steps - 1, &target);
        let scan_ms = cpu_ms() - started;
        assert_eq!(scanned, indexed.last_write(steps - 1, &target));
        println!(
            "  {label} {target:?}: indexed p50 {p50:.3} ms, p99 {p99:.3} ms ({found}/200 found); from the last step without the index {scan_ms:.1} ms"
        );
    }
}

#[test]
fn last_write_benchmark() {
    let max_steps = if std::env::var_os("CELLSCOPE_BENCH").is_some() {
        1_000_000
    } else {
        20_000
    };
    for (name, source) in PROGRAMS {
        report(name, source, max_steps);
    }
}
