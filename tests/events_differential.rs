//! The steps a `Session` records, compared with `sys.settrace` under CPython 3.11: for
//! every `tests/programs/NAME.events`, the sequence of `event line function` (module
//! frame's call and return left out, as recorded) must match. Programs listed in
//! `tests/programs/KNOWN_EVENT_GAPS` may differ; the test fails if one starts matching.
//! `CELLSCOPE_ONLY=substring` narrows the run.

use cellscope::cli::source_encoding::decode_source;
use cellscope::session::history::StepKind;
use cellscope::session::{Session, SessionOptions};
use std::path::{Path, PathBuf};

fn programs_directory() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs")
}

/// The recorded steps of a program in the `.events` format.
fn session_events(source: &str, stdin: String) -> String {
    let options = SessionOptions {
        max_steps: 2_000_000,
        stdin: Some(stdin),
        ..SessionOptions::default()
    };
    let Ok(mut session) = Session::new(source, options) else {
        return String::new();
    };
    while !session.run(100_000) {}
    let history = session.history();
    let mut out = String::new();
    for record in history.records.iter().filter(|r| r.kind != StepKind::End) {
        out.push_str(&format!(
            "{} {} {}\n",
            record.kind.name(),
            record.line,
            history.function_name(record)
        ));
    }
    out
}

fn known_gaps() -> Vec<String> {
    let text =
        std::fs::read_to_string(programs_directory().join("KNOWN_EVENT_GAPS")).unwrap_or_default();
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim().to_string())
        .filter(|name| !name.is_empty())
        .collect()
}

fn first_difference(expected: &str, actual: &str) -> String {
    let pairs = expected.lines().zip(actual.lines()).enumerate();
    match pairs.clone().find(|(_, (e, a))| e != a) {
        Some((index, (e, a))) => format!("step {index}: expected `{e}`, got `{a}`"),
        None => format!(
            "{} expected events, {} recorded",
            expected.lines().count(),
            actual.lines().count()
        ),
    }
}

#[test]
fn session_steps_match_cpython_trace_events() {
    let directory = programs_directory();
    let only = std::env::var("CELLSCOPE_ONLY").unwrap_or_default();
    let mut names: Vec<String> = std::fs::read_dir(&directory)
        .expect("tests/programs exists")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".events") && name.contains(&only))
        .collect();
    names.sort();
    let gaps = known_gaps();
    let (mut matching, mut problems) = (0, Vec::new());
    for events_name in &names {
        let program = events_name.replace(".events", ".py");
        let bytes = std::fs::read(directory.join(&program)).unwrap_or_default();
        // A session is given text; decoding a file's bytes (PEP 263 cookies, a BOM,
        // invalid UTF-8) is the command line's part, which tests/differential.rs
        // compares. A file CPython refuses to decode has no session to compare.
        let Ok(source) = decode_source(&bytes, &program) else {
            continue;
        };
        let expected = std::fs::read_to_string(directory.join(events_name)).unwrap_or_default();
        let stdin = std::fs::read_to_string(directory.join(program.replace(".py", ".stdin")));
        let actual = session_events(&source, stdin.unwrap_or_default());
        let listed = gaps.contains(&program);
        match (actual == expected, listed) {
            (true, false) => matching += 1,
            (true, true) => problems.push(format!(
                "{program}: matches now; remove it from KNOWN_EVENT_GAPS"
            )),
            (false, false) => problems.push(format!(
                "{program}: {}",
                first_difference(&expected, &actual)
            )),
            (false, true) => {}
        }
    }
    println!(
        "{matching} of {} programs match CPython's trace events ({} known gaps)",
        names.len(),
        gaps.len()
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
