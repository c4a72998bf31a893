//! Misuse of `global`, `nonlocal`, the walrus and parameters: each program in
//! tests/scope/errors/ must fail with the message, line and columns CPython 3.11 gives,
//! as recorded in the `.error` file beside it by scripts/record_symtables.py.

use cellscope::cli::scopes::scopes_report;
use std::path::{Path, PathBuf};

fn error_programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scope/errors");
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

#[test]
fn misuse_programs_fail_as_cpython_does() {
    let mut failures = Vec::new();
    let programs = error_programs();
    for path in &programs {
        let source = std::fs::read_to_string(path).unwrap_or_default();
        let expected = std::fs::read_to_string(path.with_extension("error")).unwrap_or_default();
        let (actual, code) = scopes_report(&source);
        if actual != expected || code != 1 {
            failures.push(format!(
                "{}:\n  python3:   {expected:?}\n  cellscope: {actual:?}",
                path.display()
            ));
        }
    }
    assert!(
        programs.len() >= 20,
        "expected 20+ misuse programs, found {}",
        programs.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}
