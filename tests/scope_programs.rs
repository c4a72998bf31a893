//! Every program in tests/scope/ and tests/programs/ gets the same scopes from
//! `cellscope scopes` as CPython's symtable module and code objects give it, as recorded
//! in the `.symtable` file beside it by scripts/record_symtables.py.

use cellscope::cli::scopes::scopes_report;
use std::path::{Path, PathBuf};

fn programs_in(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    paths.sort();
    paths
}

/// Runs every program of `dir` that has a recording; returns the mismatches as diffs.
/// With `parser_errors_by_line`, a program that fails to parse is compared on its
/// message and line only: CPython's end positions for tokenizer errors are odd (-1, 0)
/// and belong to the parser's tests.
fn mismatches_in(dir: &str, parser_errors_by_line: bool) -> (usize, Vec<String>) {
    let mut checked = 0;
    let mut failures = Vec::new();
    for path in programs_in(dir) {
        let Ok(expected) = std::fs::read_to_string(path.with_extension("symtable")) else {
            continue;
        };
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        checked += 1;
        let (actual, _) = scopes_report(&source);
        let (expected, actual) = match parser_errors_by_line && !expected.starts_with("module ") {
            true => (message_and_line(&expected), message_and_line(&actual)),
            false => (expected, actual),
        };
        if actual != expected {
            failures.push(format!(
                "{}\n{}",
                path.display(),
                first_difference(&expected, &actual)
            ));
        }
    }
    (checked, failures)
}

fn message_and_line(error: &str) -> String {
    let line = error
        .split_whitespace()
        .find(|field| field.starts_with("line="));
    format!(
        "{}\n{}\n",
        error.lines().next().unwrap_or_default(),
        line.unwrap_or_default()
    )
}

fn first_difference(expected: &str, actual: &str) -> String {
    let mut expected_lines = expected.lines();
    let mut actual_lines = actual.lines();
    for number in 1.. {
        match (expected_lines.next(), actual_lines.next()) {
            (None, None) => break,
            (e, a) if e == a => continue,
            (e, a) => {
                return format!("  line {number}:\n    python3:   {e:?}\n    cellscope: {a:?}")
            }
        }
    }
    String::new()
}

#[test]
fn scope_programs_match_cpython_symtables() {
    let (checked, failures) = mismatches_in("tests/scope", false);
    assert!(
        checked >= 40,
        "expected 40+ recorded programs in tests/scope, found {checked}"
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn differential_programs_match_cpython_symtables() {
    let (checked, failures) = mismatches_in("tests/programs", true);
    assert!(
        failures.is_empty(),
        "{} of {checked} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
