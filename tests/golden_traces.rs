//! Golden step-by-step dumps: for every closure program in `tests/golden/*.py`, the text
//! dump of each step's snapshot (frames, cells with owners and holders, heap,
//! narration), compared with insta snapshots in `tests/golden/snapshots/`.
//!
//! Object ids are renumbered in order of first appearance (`#1`, `#2`, …) so that a
//! change in how many built-in objects the interpreter allocates does not touch every
//! file. Addresses in reprs (`at 0x7f…`) are masked for the same reason: they move
//! with every object the interpreter allocates before the program starts. Review
//! changes with `cargo insta review`.

use cellscope::session::text_dump::dump_snapshot;
use cellscope::session::{Session, SessionOptions};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Enough for every golden program; the infinite loop one stops here.
const GOLDEN_MAX_STEPS: usize = 120;

fn trace_dump(source: &str) -> String {
    let options = SessionOptions {
        max_steps: GOLDEN_MAX_STEPS,
        ..SessionOptions::default()
    };
    let mut session = match Session::new(source, options) {
        Ok(session) => session,
        Err(error) => return format!("{error:?}\n"),
    };
    while !session.run(1_000) {}
    let mut out = String::new();
    for step in 0..session.step_count() {
        let snapshot = session
            .snapshot(step)
            .expect("every recorded step has a snapshot");
        out.push_str(&dump_snapshot(
            &snapshot,
            session.history().stdout_during(step),
        ));
    }
    mask_addresses(&renumber_generator_frames(&renumber_ids(&out)))
}

/// A generator's frame id is derived from the generator object's heap id, so it moves
/// like an address; rewrite each to `g1`, `g2`, … in order of first appearance.
fn renumber_generator_frames(text: &str) -> String {
    const FIRST_GENERATOR_FRAME: u64 = 1 << 31;
    let mut ranks: HashMap<String, usize> = HashMap::new();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("frame ") {
        out.push_str(&rest[..at + "frame ".len()]);
        let after = &rest[at + "frame ".len()..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let number = &after[..digits];
        if number
            .parse::<u64>()
            .is_ok_and(|id| id >= FIRST_GENERATOR_FRAME)
        {
            let next = ranks.len() + 1;
            out.push_str(&format!(
                "g{}",
                ranks.entry(number.to_string()).or_insert(next)
            ));
        } else {
            out.push_str(number);
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// Rewrites every `at 0x…` address in a repr to `at 0x…`, as the differential corpus does.
fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("at 0x") {
        out.push_str(&rest[..at + "at 0x".len()]);
        let after = &rest[at + "at 0x".len()..];
        let digits = after.len()
            - after
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .len();
        if digits > 0 {
            out.push('…');
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// Rewrites every object id `#N` to its rank among the ids in order of first
/// appearance. An id is a number the dump lists as a heap object (`  #N kind …`);
/// any other `#k` is part of a label (`increment #2`) and stays as it is.
fn renumber_ids(text: &str) -> String {
    let heap_ids: HashSet<&str> = text
        .lines()
        .filter_map(|line| line.strip_prefix("  #"))
        .filter_map(|rest| rest.split(' ').next())
        .collect();
    let mut ranks: HashMap<String, usize> = HashMap::new();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(hash) = rest.find('#') {
        out.push_str(&rest[..=hash]);
        let after = &rest[hash + 1..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && heap_ids.contains(&after[..digits]) {
            let next = ranks.len() + 1;
            let rank = *ranks.entry(after[..digits].to_string()).or_insert(next);
            out.push_str(&rank.to_string());
        } else {
            out.push_str(&after[..digits]);
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

#[test]
fn golden_traces() {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut programs: Vec<_> = std::fs::read_dir(&directory)
        .expect("tests/golden exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    programs.sort();
    assert!(
        programs.len() >= 25,
        "expected at least 25 golden programs, found {}",
        programs.len()
    );
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(directory.join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for path in &programs {
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("program")
                .to_string();
            let source = std::fs::read_to_string(path).expect("golden program is readable");
            insta::assert_snapshot!(name, trace_dump(&source));
        }
    });
}

#[test]
fn renumbering_keeps_order_of_first_appearance() {
    assert_eq!(
        renumber_ids("  #9 list []\n  #170 -> #9 and #170, inc #2\n  #170 cell 0\n"),
        "  #1 list []\n  #2 -> #1 and #2, inc #2\n  #2 cell 0\n"
    );
}

fn end_step(program: &str) -> cellscope::session::snapshot::Snapshot {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/golden/{program}.py"));
    let source = std::fs::read_to_string(path).expect("golden program is readable");
    let mut session = Session::new(&source, SessionOptions::default()).expect("compiles");
    while !session.run(1_000) {}
    session
        .snapshot(session.step_count() - 1)
        .expect("the end step has a snapshot")
}

/// The end step of an uncaught exception used to show only the global frame and
/// report the caller's line (where `f()` is called), not the line that raised.
#[test]
fn the_end_step_of_an_uncaught_exception_shows_where_it_was_raised() {
    let cases = [
        ("uncaught_in_nested_closure", 3, "inner #1 call 1", 2),
        ("uncaught_in_decorator", 5, "wrapper #1 call 2", 2),
        ("uncaught_in_method", 8, "withdraw #1 call 2", 2),
    ];
    for (program, line, label, depth) in cases {
        let end = end_step(program);
        let exception = end.exception.as_ref().expect("an uncaught exception");
        let current = end.frames.last().expect("frames");
        assert!(end.post_mortem, "{program}");
        assert_eq!(end.event, "end", "{program}");
        assert_eq!((exception.line, end.line), (line, line), "{program}");
        assert_eq!(current.label, label, "{program}");
        assert!(current.is_current, "{program}");
        assert_eq!(exception.frame, Some(current.id), "{program}");
        assert_eq!(end.frames.len(), depth, "{program}");
        assert!(end.frames.iter().all(|f| f.state == "raised"), "{program}");
        assert!(end
            .narration
            .contains(&format!("raised in {label} on line {line}")));
    }
}

/// When `counter()` returned, its frame just vanished: nothing said that its cell
/// lives on and its plain locals do not.
#[test]
fn the_step_after_a_frame_returns_says_what_of_it_lives_on() {
    let source = "def counter():\n    count = 0\n    step = 1\n    def inc():\n        nonlocal count\n        count += step\n    return inc\n\ntick = counter()\n";
    let mut session = Session::new(source, SessionOptions::default()).expect("compiles");
    while !session.run(1_000) {}
    let returned: Vec<_> = (0..session.step_count())
        .filter_map(|step| session.snapshot(step)?.returned_frames)
        .collect();
    assert_eq!(returned.len(), 1, "one frame with cells returned");
    let gone = &returned[0][0];
    assert_eq!(gone.label, "counter call 1");
    assert_eq!(gone.cells_kept.len(), 2, "count and step are both captured");
    assert!(gone.cells_freed.is_empty());
    assert_eq!(gone.locals_dropped, vec!["inc".to_string()]);
}
