//! Runs the programs in `tests/library/` through `cellscope::runtime::run_source` and
//! compares stdout, stderr and exit code with python3's, as `scripts/record_library.py`
//! recorded them (addresses masked as `at 0x…`).

use std::path::{Path, PathBuf};

fn library_directory() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("library")
}

/// Replaces the hex digits after every `at 0x` with `…`, as the recording script does.
fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("at 0x") {
        let (before, after) = rest.split_at(at + "at 0x".len());
        out.push_str(before);
        let digits = after
            .find(|ch: char| !ch.is_ascii_hexdigit())
            .unwrap_or(after.len());
        if digits > 0 {
            out.push('…');
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

fn read_or_empty(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Differences between what python3 recorded and what Cellscope did, for one program.
fn compare_program(program: &Path) -> Option<String> {
    let name = program.file_name()?.to_string_lossy().to_string();
    let source = std::fs::read_to_string(program).ok()?;
    let output = cellscope::runtime::run_source(&source, &name);
    let expected_exit: i32 = read_or_empty(&program.with_extension("exit"))
        .trim()
        .parse()
        .unwrap_or(0);
    let mut problems = Vec::new();
    for (stream, expected, actual) in [
        (
            "stdout",
            read_or_empty(&program.with_extension("stdout")),
            output.stdout,
        ),
        (
            "stderr",
            read_or_empty(&program.with_extension("stderr")),
            output.stderr,
        ),
    ] {
        let actual = mask_addresses(&actual);
        if expected != actual {
            problems.push(format!(
                "{stream}:\n--- python3\n{expected}\n+++ cellscope\n{actual}"
            ));
        }
    }
    if expected_exit != output.exit_code {
        problems.push(format!(
            "exit code: expected {expected_exit}, got {}",
            output.exit_code
        ));
    }
    (!problems.is_empty()).then(|| format!("== {name}\n{}", problems.join("\n")))
}

#[test]
fn library_programs_match_python() {
    let mut programs: Vec<PathBuf> = std::fs::read_dir(library_directory())
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .collect()
        })
        .unwrap_or_default();
    programs.retain(|path| path.extension().is_some_and(|ext| ext == "py"));
    programs.sort();
    assert!(!programs.is_empty(), "no programs in tests/library");
    let failures: Vec<String> = programs
        .iter()
        .filter_map(|program| compare_program(program))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} programs differ:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}

#[test]
fn masking_hides_addresses_only() {
    assert_eq!(
        mask_addresses("<function f at 0x7f3a>: at 0x"),
        "<function f at 0x…>: at 0x"
    );
}
