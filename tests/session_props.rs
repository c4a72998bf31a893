//! No program, however broken, panics a `Session`: arbitrary text, token soup and
//! mutations of real programs go through compile, recording under small budgets,
//! every snapshot, and every navigation move.

use cellscope::session::{Session, SessionOptions};
use proptest::prelude::*;
use std::path::Path;

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

#[test]
fn every_corpus_program_survives_a_small_budget() {
    for program in corpus() {
        exercise(&program);
    }
}
