//! Every program under tests/syntax/valid must parse to exactly the tree python3's
//! `ast.dump(ast.parse(src))` prints (NAME.dump), with the same positions on every node
//! as `include_attributes=True` shows them (NAME.positions). Regenerate both with
//! scripts/record_ast_dumps.py.

use cellscope::syntax::{dump, dump_with_positions, parse};
use std::path::{Path, PathBuf};

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax/valid");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    programs.sort();
    programs
}

/// Compares `render(source)` with the recorded file of each program.
fn compare_with_recorded(extension: &str, render: impl Fn(&str) -> String) {
    let mut failures = Vec::new();
    for program in programs() {
        let source = std::fs::read_to_string(&program).unwrap();
        let expected = std::fs::read_to_string(program.with_extension(extension)).unwrap();
        let actual = render(&source);
        if actual.trim_end() != expected.trim_end() {
            failures.push(format!(
                "{}:\nexpected {}\nactual   {}",
                program.display(),
                expected.trim_end(),
                actual.trim_end()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn valid_programs_dump_like_cpython() {
    compare_with_recorded("dump", |source| match parse(source) {
        Ok(module) => dump(&module),
        Err(error) => error.render(source, "x.py"),
    });
}

#[test]
fn valid_programs_have_cpython_positions() {
    compare_with_recorded("positions", |source| match parse(source) {
        Ok(module) => dump_with_positions(&module, source),
        Err(error) => error.render(source, "x.py"),
    });
}
