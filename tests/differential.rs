//! Differential test: every program in `tests/programs/` must behave under `cellscope run`
//! exactly as it did under CPython 3.11 when `scripts/record_programs.py` recorded it —
//! the same stdout, stderr and exit code, with addresses masked.
//!
//! All programs run (in parallel), then the test fails once with a summary: how many
//! passed, and a short diff for each failure. Programs listed in `tests/programs/KNOWN_GAPS`
//! are expected to fail, and the test fails if one of them passes, so the list only shrinks.
//! `CELLSCOPE_ONLY=substring` runs only the programs whose name contains the substring, and
//! `CELLSCOPE_BIN=path` runs another build of the binary (a release build, say) instead.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;

use support::diff::unified_diff;
use support::known_gaps::{read_known_gaps, KnownGaps};
use support::program::{program_names, programs_directory, recorded_outcome, run_program, Outcome};

/// How many diff lines each failing stream shows in the summary.
const DIFF_LINES_PER_STREAM: usize = 12;
/// Failures beyond this many are listed by name only, so the summary stays readable.
const MAX_DETAILED_FAILURES: usize = 40;

enum Verdict {
    Passed,
    Failed(Vec<String>),
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
    for (stream, want, got) in [
        ("stdout", &expected.stdout, &actual.stdout),
        ("stderr", &expected.stderr, &actual.stderr),
    ] {
        if want != got {
            report.push(format!("{stream} (- CPython, + cellscope):"));
            let diff = unified_diff(want, got, DIFF_LINES_PER_STREAM);
            report.extend(diff.into_iter().map(|line| format!("    {line}")));
        }
    }
    if report.is_empty() {
        Verdict::Passed
    } else {
        Verdict::Failed(report)
    }
}

fn check_program(binary: &Path, directory: &Path, name: &str) -> Verdict {
    let outcome = recorded_outcome(directory, name)
        .and_then(|expected| Ok((expected, run_program(binary, directory, name)?)));
    match outcome {
        Ok((expected, actual)) => compare(&expected, &actual),
        Err(problem) => Verdict::Failed(vec![problem]),
    }
}

/// Runs every program on a few threads and returns the verdicts in the names' order.
fn check_all(binary: &Path, directory: &Path, names: &[String]) -> Vec<Verdict> {
    let next = AtomicUsize::new(0);
    let verdicts: Mutex<Vec<Option<Verdict>>> = Mutex::new(names.iter().map(|_| None).collect());
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8);
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = names.get(index) else { break };
                let verdict = check_program(binary, directory, name);
                if let Ok(mut slots) = verdicts.lock() {
                    slots[index] = Some(verdict);
                }
            });
        }
    });
    let slots = verdicts.into_inner().unwrap_or_default();
    slots
        .into_iter()
        .map(|slot| {
            slot.unwrap_or_else(|| Verdict::Failed(vec!["the worker running it panicked".into()]))
        })
        .collect()
}

#[derive(Default)]
struct Summary {
    passed: usize,
    /// Prefix (`closure`, `gen`, …) → (programs that pass, programs).
    by_prefix: BTreeMap<String, (usize, usize)>,
    expected_failures: usize,
    failures: Vec<String>,
    unexpected_passes: Vec<String>,
}

fn summarize(names: &[String], verdicts: Vec<Verdict>, gaps: &KnownGaps) -> Summary {
    let mut summary = Summary::default();
    for (name, verdict) in names.iter().zip(verdicts) {
        let known = gaps.contains_key(name);
        let prefix = name.split('_').next().unwrap_or(name).to_string();
        let tally = summary.by_prefix.entry(prefix).or_default();
        tally.1 += 1;
        tally.0 += usize::from(matches!(verdict, Verdict::Passed));
        match (verdict, known) {
            (Verdict::Passed, false) => summary.passed += 1,
            (Verdict::Passed, true) => summary.unexpected_passes.push(name.clone()),
            (Verdict::Failed(_), true) => summary.expected_failures += 1,
            (Verdict::Failed(report), false) => {
                let mut text = format!("--- {name}.py\n");
                for line in report {
                    text.push_str(&format!("  {line}\n"));
                }
                summary.failures.push(text);
            }
        }
    }
    summary
}

fn listed_but_missing(names: &[String], gaps: &KnownGaps, only: Option<&str>) -> Vec<String> {
    gaps.keys()
        .filter(|gap| only.map_or(true, |part| gap.contains(part)))
        .filter(|gap| !names.contains(gap))
        .cloned()
        .collect()
}

fn report(summary: &Summary, total: usize, missing: &[String]) -> String {
    let counts = format!(
        "{} of {total} programs pass; {} fail; {} fail as listed in KNOWN_GAPS; {} listed in KNOWN_GAPS pass\n",
        summary.passed,
        summary.failures.len(),
        summary.expected_failures,
        summary.unexpected_passes.len(),
    );
    let mut text = counts.clone();
    for failure in summary.failures.iter().take(MAX_DETAILED_FAILURES) {
        text.push_str(failure);
    }
    let undetailed: Vec<&str> = summary
        .failures
        .iter()
        .skip(MAX_DETAILED_FAILURES)
        .filter_map(|failure| failure.lines().next())
        .map(|header| header.trim_start_matches("--- "))
        .collect();
    if !undetailed.is_empty() {
        text.push_str(&format!(
            "--- {} more failing (run with CELLSCOPE_ONLY=name for details): {}\n",
            undetailed.len(),
            undetailed.join(" ")
        ));
    }
    for name in &summary.unexpected_passes {
        text.push_str(&format!(
            "+++ {name}.py passes now: remove it from KNOWN_GAPS\n"
        ));
    }
    for name in missing {
        text.push_str(&format!(
            "??? KNOWN_GAPS lists {name}, which is not a program\n"
        ));
    }
    text.push('\n');
    text.push_str(&tallies_by_prefix(summary));
    text.push_str(&counts);
    text
}

/// One line such as `passing by prefix: class 3/40, closure 70/90, …`.
fn tallies_by_prefix(summary: &Summary) -> String {
    let tallies: Vec<String> = summary
        .by_prefix
        .iter()
        .map(|(prefix, (passed, total))| format!("{prefix} {passed}/{total}"))
        .collect();
    format!("passing by prefix: {}\n", tallies.join(", "))
}

#[test]
fn programs_match_cpython() {
    let binary = std::env::var_os("CELLSCOPE_BIN").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_cellscope")),
        PathBuf::from,
    );
    let directory = programs_directory();
    let only = std::env::var("CELLSCOPE_ONLY").ok();
    let only = only.as_deref().filter(|part| !part.is_empty());
    let names = program_names(&directory, only).unwrap_or_else(|problem| panic!("{problem}"));
    let gaps = read_known_gaps(&directory.join("KNOWN_GAPS"))
        .unwrap_or_else(|problem| panic!("{problem}"));
    assert!(
        !names.is_empty(),
        "no program matches CELLSCOPE_ONLY={only:?}"
    );
    let verdicts = check_all(&binary, &directory, &names);
    let summary = summarize(&names, verdicts, &gaps);
    let missing = listed_but_missing(&names, &gaps, only);
    let text = report(&summary, names.len(), &missing);
    let clean =
        summary.failures.is_empty() && summary.unexpected_passes.is_empty() && missing.is_empty();
    assert!(clean, "{text}");
}
