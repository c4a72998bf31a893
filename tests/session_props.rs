//! No program, however broken, panics a `Session`: arbitrary text, token soup and
//! mutations of real programs go through compile, recording under small budgets,
//! every snapshot, and every navigation move. And time travel finds what stepping
//! forward finds: a step reached by random jumps shows the same snapshot as the step
//! reached by stepping from the start, wherever the checkpoints are.

#[path = "robustness/program_gen.rs"]
mod program_gen;

use cellscope::session::snapshot::Snapshot;
use cellscope::session::{Session, SessionOptions};
use proptest::prelude::*;
use std::path::Path;

/// Records `source` to the end with checkpoints `spacing` instructions apart.
fn recorded_with_spacing(source: &str, max_steps: usize, spacing: u64) -> Option<Session> {
    recorded_with(source, max_steps, spacing, u64::MAX)
}

/// Records `source` with checkpoints `spacing` instructions apart, and replays that
/// keep copies `recent` instructions apart near the steps they go to.
fn recorded_with(source: &str, max_steps: usize, spacing: u64, recent: u64) -> Option<Session> {
    let options = SessionOptions {
        max_steps,
        stdin: Some("7\n".into()),
        checkpoint_spacing: spacing,
        recent_state_spacing: recent,
        ..SessionOptions::default()
    };
    let mut session = Session::new(source, options).ok()?;
    while !session.run(97) {}
    Some(session)
}

/// Every snapshot, in order from step 0, as the page steps forward.
fn stepped_forward(session: &Session) -> Vec<Snapshot> {
    (0..session.step_count())
        .map(|step| session.snapshot(step).expect("a recorded step"))
        .collect()
}

/// Asserts that `jumps` (taken as steps modulo the count) show `expected`.
fn assert_jumps_agree(session: &Session, expected: &[Snapshot], jumps: &[usize], source: &str) {
    assert_eq!(session.step_count(), expected.len(), "{source}");
    for &jump in jumps {
        let step = jump % expected.len();
        let snapshot = session.snapshot(step).expect("a recorded step");
        assert!(
            snapshot == expected[step],
            "step {step} differs after a jump:\n{source}"
        );
    }
}

/// A loop that makes enough garbage for several collections, and keeps a few objects
/// across them, so that sweeps meet pages that checkpoints share.
const COLLECTING: &str = "\
def make(n):
    def get():
        return n
    return get

kept = []
total = 0
for i in range(60000):
    pair = (str(i), [i, i + 1])
    total += len(pair[0]) + pair[1][1]
    if i % 997 == 0:
        kept.append(make(pair))
print(total, len(kept), kept[-1]()[0])
";

/// Records `source` under a small budget and exercises everything a page can call.
fn exercise(source: &str) {
    let options = SessionOptions {
        max_steps: 150,
        max_output_bytes: 4096,
        ..SessionOptions::default()
    };
    let Ok(mut session) = Session::new(source, options) else {
        return;
    };
    for _ in 0..40 {
        if session.run(25) {
            break;
        }
        if session.status().awaiting_input {
            session.provide_input("7");
        }
    }
    session.stop();
    let count = session.step_count();
    assert!(
        count > 0,
        "a stopped or finished run has at least its end step"
    );
    for step in 0..count {
        let snapshot = session
            .snapshot(step)
            .expect("every recorded step has a snapshot");
        assert_eq!(snapshot.step, step);
        assert!(snapshot.frames.iter().filter(|f| f.is_current).count() == 1);
        for from in [step, step.saturating_mul(7) % (count + 3)] {
            for backward in [false, true] {
                assert!(session.step_over(from, backward) < count);
                assert!(session.step_into(from, backward) < count);
                assert!(session.step_out(from, backward) < count);
                assert!(session.continue_to(from, backward, &[1, 2, 3]) < count);
            }
            assert!(session.run_to_line(from, 2) < count);
        }
    }
    assert!(session.snapshot(count).is_none());
}

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut programs = Vec::new();
    for directory in ["tests/golden", "tests/programs"] {
        let Ok(entries) = std::fs::read_dir(root.join(directory)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "py"))
        {
            programs.extend(std::fs::read_to_string(path).ok());
        }
    }
    programs
}

const TOKENS: &[&str] = &[
    "def ",
    "f",
    "g",
    "x",
    "(",
    ")",
    ":",
    "\n",
    "    ",
    "return ",
    "nonlocal ",
    "global ",
    "lambda ",
    "=",
    "+=",
    "1",
    "0",
    "'s'",
    "[",
    "]",
    "{",
    "}",
    ",",
    "yield ",
    "for ",
    " in ",
    "range(3)",
    "while ",
    "True",
    "print(",
    "input()",
    "raise ",
    "ValueError",
    "try:",
    "except:",
    "class ",
    "C",
    "del ",
    ".",
    "*",
    "/",
    "if ",
    "else:",
    "None",
];

/// Cuts a program at two points and splices in a fragment.
fn mutate(program: &str, cut: usize, length: usize, fragment: &str) -> String {
    let chars: Vec<char> = program.chars().collect();
    let start = cut % (chars.len() + 1);
    let end = (start + length).min(chars.len());
    let mut out: String = chars[..start].iter().collect();
    out.push_str(fragment);
    out.extend(&chars[end..]);
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(source in "[a-z0-9 ():=+*,\\[\\]'\\n\\t.-]{0,120}") {
        exercise(&source);
    }

    #[test]
    fn token_soup_never_panics(indices in proptest::collection::vec(0..TOKENS.len(), 0..60)) {
        let source: String = indices.iter().map(|&i| TOKENS[i]).collect();
        exercise(&source);
    }

    #[test]
    fn mutated_programs_never_panic(
        which in 0usize..1000,
        cut in 0usize..4000,
        length in 0usize..12,
        token in 0..TOKENS.len(),
    ) {
        let programs = corpus();
        if let Some(program) = programs.get(which % programs.len().max(1)) {
            exercise(&mutate(program, cut, length, TOKENS[token]));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn jumps_show_what_stepping_forward_shows_wherever_the_checkpoints_are(
        choices in prop::collection::vec(any::<u8>(), 0..120),
        spacing in 1u64..400,
        jumps in prop::collection::vec(any::<usize>(), 1..24),
    ) {
        let source = program_gen::program_from(&choices);
        // Only the first checkpoint: every step is replayed from the start.
        let Some(reference) = recorded_with_spacing(&source, 600, u64::MAX) else {
            return Ok(());
        };
        let expected = stepped_forward(&reference);
        let jumping = recorded_with_spacing(&source, 600, spacing).expect("compiled once");
        assert_jumps_agree(&jumping, &expected, &jumps, &source);
    }

    /// Copies kept by recent replays: stepping back from each jump, and jumping again
    /// near it, starts from them, and must find what stepping forward found.
    #[test]
    fn steps_back_from_recent_copies_show_what_stepping_forward_shows(
        choices in prop::collection::vec(any::<u8>(), 0..120),
        spacing in 1u64..400,
        recent in 1u64..40,
        jumps in prop::collection::vec((any::<usize>(), 0usize..12), 1..12),
    ) {
        let source = program_gen::program_from(&choices);
        let Some(reference) = recorded_with_spacing(&source, 600, u64::MAX) else {
            return Ok(());
        };
        let expected = stepped_forward(&reference);
        let jumping = recorded_with(&source, 600, spacing, recent).expect("compiled once");
        let count = expected.len();
        let mut visits = Vec::new();
        for (jump, back) in jumps {
            let step = jump % count;
            visits.extend((step.saturating_sub(back)..=step).rev());
            visits.push((step + back / 2) % count);
        }
        assert_jumps_agree(&jumping, &expected, &visits, &source);
    }
}

#[test]
fn steps_back_agree_across_collections_with_recent_copies() {
    let sparse = recorded_with_spacing(COLLECTING, 1_000_000, 20_011).expect("compiles");
    let copying = recorded_with(COLLECTING, 1_000_000, 20_011, 7).expect("compiles");
    let count = sparse.step_count();
    for start in [count / 3, count * 2 / 3, count - 1] {
        for step in (start - 40..=start).rev() {
            assert!(
                copying.snapshot(step).unwrap() == sparse.snapshot(step).unwrap(),
                "step {step}"
            );
        }
    }
}

/// Key functions that `sorted`, `map` and `max` call, and a generator that `sum` pulls
/// from: their steps are drawn from pictures a replay keeps, and a long run of them
/// outlasts the pictures a replay keeps behind its step.
const CALLED_BACK: &str = "\
def by_distance_from(origin):
    def distance(point):
        gap = point - origin
        return abs(gap)
    return distance

points = [(i * 37) % 101 for i in range(60)]
key = by_distance_from(50)
print(sorted(points, key=key)[:3], list(map(lambda p: p // 2, points))[:3])
print(max(points, key=key), sum(p for p in points if p % 3))
";

#[test]
fn callbacks_steps_agree_stepping_back_jumping_and_stepping_forward() {
    let reference = recorded_with_spacing(CALLED_BACK, 10_000, u64::MAX).expect("compiles");
    let expected = stepped_forward(&reference);
    let key_calls = expected
        .iter()
        .filter(|s| s.frames.iter().any(|f| f.function == "distance" && f.state != "closed"))
        .count();
    assert!(key_calls > 100, "key calls drawn with their frames: {key_calls}");
    let session = recorded_with(CALLED_BACK, 10_000, 97, 13).expect("compiles");
    let count = expected.len();
    for step in (0..count).rev() {
        assert!(session.snapshot(step).unwrap() == expected[step], "step {step} back");
    }
    let jumps: Vec<usize> = (0..count).map(|i| (i * 7919) % count).collect();
    assert_jumps_agree(&session, &expected, &jumps, CALLED_BACK);
}

/// Strs grown by `+=` share buffers, and replays meet buffers the run has written
/// further since; a `__repr__` drawing a value concatenates onto the growing str too.
const GROWING_STRS: &str = "\
class Tag:
    def __init__(self, text):
        self.text = text
    def __repr__(self):
        return self.text + '!'

line = '-' * 300
kept = []
for i in range(300):
    line += str(i % 10)
    if i % 40 == 0:
        kept.append(line)
        fork = line + 'x'
        tag = Tag(line)
print(len(line), [len(k) for k in kept][-2:], fork[-3:], repr(tag)[-3:])
";

#[test]
fn grown_strs_agree_stepping_back_jumping_and_stepping_forward() {
    let reference = recorded_with_spacing(GROWING_STRS, 100_000, u64::MAX).expect("compiles");
    let expected = stepped_forward(&reference);
    let end = expected.last().expect("an end step");
    assert!(end.stdout.ends_with("600 [541, 581] 90x 90!\n"), "{}", end.stdout);
    let session = recorded_with(GROWING_STRS, 100_000, 211, 17).expect("compiles");
    let count = expected.len();
    for step in (0..count).rev() {
        assert!(session.snapshot(step).unwrap() == expected[step], "step {step} back");
    }
    let jumps: Vec<usize> = (0..count).map(|i| (i * 7919) % count).collect();
    assert_jumps_agree(&session, &expected, &jumps, GROWING_STRS);
}

#[test]
fn jumps_agree_across_collections_whatever_the_checkpoints() {
    let dense = recorded_with_spacing(COLLECTING, 1_000_000, 50).expect("compiles");
    let sparse = recorded_with_spacing(COLLECTING, 1_000_000, 20_011).expect("compiles");
    let count = dense.step_count();
    assert!(count > 200_000, "enough steps for several collections");
    let forward: Vec<usize> = (0..count)
        .step_by(4_999)
        .chain([count - 2, count - 1])
        .collect();
    let expected: Vec<Snapshot> = forward
        .iter()
        .map(|&s| sparse.snapshot(s).unwrap())
        .collect();
    for (index, &step) in forward.iter().enumerate().rev() {
        assert!(
            dense.snapshot(step).unwrap() == expected[index],
            "step {step}"
        );
    }
    let end = dense.snapshot(count - 1).unwrap();
    assert!(end.stdout.ends_with(" 61 59820\n"), "{}", end.stdout);
}

#[test]
fn every_corpus_program_survives_a_small_budget() {
    for program in corpus() {
        exercise(&program);
    }
}
