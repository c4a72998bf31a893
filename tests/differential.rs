//! Differential tests: every program in `tests/programs/` must behave under Cellscope
//! exactly as it did under CPython 3.11 when `scripts/record_programs.py` recorded it.
//!
//! `programs_match_cpython` compares `cellscope run NAME.py` with the recorded stdout,
//! stderr and exit code (addresses masked). `trace_events_match_cpython` compares the
//! events rebuilt from `cellscope trace NAME.py --json` with NAME.events, for programs of
//! up to [`MAX_COMPARED_EVENTS`] recorded events.
//!
//! All programs run in parallel, then a test fails once with a summary: how many passed,
//! and a short diff for each failure. Programs listed in `tests/programs/KNOWN_GAPS` (for
//! events, `KNOWN_EVENT_GAPS`) are expected to fail, and the test fails if one of them
//! passes, so the lists only shrink. `CELLSCOPE_ONLY=substring` runs only the programs whose
//! name contains the substring, and `CELLSCOPE_BIN=path` runs another build of the binary.

mod support;

use std::path::{Path, PathBuf};

use support::diff::unified_diff;
use support::events::traced_events;
use support::known_gaps::read_known_gaps;
use support::program::{program_names, programs_directory, recorded_outcome, run_program, Outcome};
use support::summary::{check_all, Summary, Verdict};

/// How many diff lines each failing stream shows in the summary.
const DIFF_LINES_PER_STREAM: usize = 12;
/// Programs with more recorded events than this are left out of the events comparison:
/// a JSON snapshot a step makes long traces slow, and short ones cover the same rules.
const MAX_COMPARED_EVENTS: usize = 300;

fn cellscope_binary() -> PathBuf {
    std::env::var_os("CELLSCOPE_BIN").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_cellscope")),
        PathBuf::from,
    )
}

fn only_filter() -> Option<String> {
    std::env::var("CELLSCOPE_ONLY")
        .ok()
        .filter(|part| !part.is_empty())
}

fn stream_diff(stream: &str, want: &str, got: &str) -> Vec<String> {
    if want == got {
        return Vec::new();
    }
    let mut report = vec![format!("{stream} (- CPython, + cellscope):")];
    let diff = unified_diff(want, got, DIFF_LINES_PER_STREAM);
    report.extend(diff.into_iter().map(|line| format!("    {line}")));
    report
}

fn compare(expected: &Outcome, actual: &Outcome) -> Verdict {
    let mut report = Vec::new();
    if expected.exit != actual.exit {
        let show =
            |code: Option<i32>| code.map_or("killed (signal or timeout)".into(), |c| c.to_string());
        report.push(format!(
            "exit code: expected {}, got {}",
            show(expected.exit),
            show(actual.exit)
        ));
    }
    report.extend(stream_diff("stdout", &expected.stdout, &actual.stdout));
    report.extend(stream_diff("stderr", &expected.stderr, &actual.stderr));
    if report.is_empty() {
        Verdict::Passed
    } else {
        Verdict::Failed(report)
    }
}

fn check_output(binary: &Path, directory: &Path, name: &str) -> Verdict {
    let outcome = recorded_outcome(directory, name)
        .and_then(|expected| Ok((expected, run_program(binary, directory, name)?)));
    match outcome {
        Ok((expected, actual)) => compare(&expected, &actual),
        Err(problem) => Verdict::Failed(vec![problem]),
    }
}

fn check_events(binary: &Path, directory: &Path, name: &str) -> Verdict {
    let recorded = std::fs::read_to_string(directory.join(format!("{name}.events")));
    let Ok(expected) = recorded else {
        return Verdict::Failed(vec![format!("{name}.events cannot be read")]);
    };
    match traced_events(binary, directory, name) {
        Ok(actual) if actual == expected => Verdict::Passed,
        Ok(actual) => Verdict::Failed(stream_diff("events", &expected, &actual)),
        Err(problem) => Verdict::Failed(vec![problem]),
    }
}

/// Programs recorded with at most [`MAX_COMPARED_EVENTS`] events.
fn has_short_trace(directory: &Path, name: &str) -> bool {
    std::fs::read_to_string(directory.join(format!("{name}.events")))
        .is_ok_and(|events| events.lines().count() <= MAX_COMPARED_EVENTS)
}

#[test]
fn programs_match_cpython() {
    let (binary, directory, only) = (cellscope_binary(), programs_directory(), only_filter());
    let names =
        program_names(&directory, only.as_deref()).unwrap_or_else(|problem| panic!("{problem}"));
    assert!(
        !names.is_empty(),
        "no program matches CELLSCOPE_ONLY={only:?}"
    );
    let gaps = read_known_gaps(&directory.join("KNOWN_GAPS"))
        .unwrap_or_else(|problem| panic!("{problem}"));
    let verdicts = check_all(&names, |name| check_output(&binary, &directory, name));
    let summary = Summary::new(&names, verdicts, &gaps, only.as_deref());
    assert!(summary.is_clean(), "{}", summary.report("KNOWN_GAPS"));
}

#[test]
fn trace_events_match_cpython() {
    let (binary, directory, only) = (cellscope_binary(), programs_directory(), only_filter());
    let names: Vec<String> = program_names(&directory, only.as_deref())
        .unwrap_or_else(|problem| panic!("{problem}"))
        .into_iter()
        .filter(|name| has_short_trace(&directory, name))
        .collect();
    assert!(
        !names.is_empty(),
        "no recorded trace matches CELLSCOPE_ONLY={only:?}"
    );
    let gaps_path = directory.join("KNOWN_EVENT_GAPS");
    // The list also serves events_differential, which compares the long traces too.
    // Programs whose `trace --json` events differ while a recorded session's match: code
    // that natives run in a nested loop (a metaclass's `__prepare__`) is reported with the
    // frames of the class body that follows it.
    let trace_only = directory.join("KNOWN_TRACE_GAPS");
    let gaps = read_known_gaps(&gaps_path)
        .and_then(|mut gaps| {
            gaps.extend(read_known_gaps(&trace_only)?);
            Ok(gaps)
        })
        .unwrap_or_else(|problem| panic!("{problem}"))
        .into_iter()
        .filter(|(gap, _)| names.contains(gap))
        .collect();
    let verdicts = check_all(&names, |name| check_events(&binary, &directory, name));
    let summary = Summary::new(&names, verdicts, &gaps, only.as_deref());
    assert!(summary.is_clean(), "{}", summary.report("KNOWN_EVENT_GAPS"));
}
