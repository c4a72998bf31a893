//! Every fix with edits, applied to its lint case, gives a program that still
//! compiles and no longer has that diagnostic for those names.

#![cfg(not(target_arch = "wasm32"))]

use cellscope::insight::{lint, Diagnostic};
use std::path::Path;

fn apply(source: &str, diagnostic: &Diagnostic) -> String {
    let mut edits = diagnostic.fix.edits.clone();
    edits.sort_by_key(|edit| std::cmp::Reverse(edit.span.start));
    let mut fixed = source.to_string();
    for edit in edits {
        fixed.replace_range(edit.span.range(), &edit.replacement);
    }
    fixed
}

#[test]
fn applied_fixes_compile_and_clear_their_diagnostic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lint");
    let mut applied = 0;
    for entry in std::fs::read_dir(dir).expect("tests/lint exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_none_or(|ext| ext != "py") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("readable case");
        let Ok(found) = lint(&source) else {
            continue;
        };
        for diagnostic in found.iter().filter(|d| !d.fix.edits.is_empty()) {
            let fixed = apply(&source, diagnostic);
            let after = lint(&fixed).unwrap_or_else(|error| {
                panic!(
                    "{}: fix breaks the program: {error:?}\n{fixed}",
                    path.display()
                )
            });
            let again = after
                .iter()
                .any(|d| d.code == diagnostic.code && d.names == diagnostic.names);
            assert!(
                !again,
                "{}: fix does not clear {:?}\n{fixed}",
                path.display(),
                diagnostic.code
            );
            applied += 1;
        }
    }
    assert!(applied >= 20, "only {applied} fixes applied");
}
