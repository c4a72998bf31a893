//! Every `tests/lint/NAME.py` is linted as `NAME.py`; what `cellscope lint` prints
//! (diagnostics, then any syntax error) and its exit code must equal
//! `tests/lint/NAME.expected`. Files named `ok_*` are correct closure patterns and
//! expect no diagnostic at all. `LINT_BLESS=1 cargo test --test lint_cases` rewrites
//! the expected files from the current output, to be reviewed in the diff.

#![cfg(not(target_arch = "wasm32"))]

use cellscope::cli::lint::lint_report;
use std::path::{Path, PathBuf};

fn cases() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lint");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/lint exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    cases.sort();
    cases
}

fn actual_output(case: &Path) -> String {
    let source = std::fs::read_to_string(case).expect("readable case");
    let name = case
        .file_name()
        .and_then(|n| n.to_str())
        .expect("utf-8 name");
    let report = lint_report(&source, name);
    format!("{}{}exit {}\n", report.stdout, report.stderr, report.code)
}

#[test]
fn lint_output_matches_expected_files() {
    let bless = std::env::var_os("LINT_BLESS").is_some();
    let mut failures = Vec::new();
    for case in cases() {
        let actual = actual_output(&case);
        let expected_path = case.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &actual).expect("writable expected file");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if actual != expected {
            failures.push(format!(
                "{}\n--- expected\n{expected}--- actual\n{actual}",
                case.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn there_are_enough_cases_and_correct_patterns_stay_silent() {
    let cases = cases();
    assert!(cases.len() >= 30, "only {} lint cases", cases.len());
    for case in cases.iter().filter(|case| {
        case.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("ok_"))
    }) {
        assert_eq!(
            actual_output(case),
            "exit 0\n",
            "{} should lint clean",
            case.display()
        );
    }
}
