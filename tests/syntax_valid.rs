//! Every program under tests/syntax/valid must parse to exactly the tree python3's
//! `ast.dump(ast.parse(src))` prints. Regenerate with scripts/record_ast_dumps.py.

use cellscope::syntax::{dump, parse};
use std::path::Path;

#[test]
fn valid_programs_dump_like_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax/valid");
    let mut programs: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    programs.sort();
    let mut failures = Vec::new();
    for program in &programs {
        let source = std::fs::read_to_string(program).unwrap();
        let expected = std::fs::read_to_string(program.with_extension("dump")).unwrap();
        let actual = match parse(&source) {
            Ok(module) => dump(&module),
            Err(error) => error.render(&source, "x.py"),
        };
        if actual.trim_end() != expected.trim_end() {
            failures.push(format!("{}:\nexpected {}\nactual   {}", program.display(), expected.trim_end(), actual.trim_end()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
