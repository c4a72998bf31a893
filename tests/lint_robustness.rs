//! The lint never panics: not on any program of the test corpora, and not on
//! programs assembled from closure-shaped lines at random indentation. Every fix's
//! edits stay inside the source and on character boundaries, and applying them
//! leaves a program that compiles.

#![cfg(not(target_arch = "wasm32"))]

use cellscope::insight::{lint, Code, Diagnostic};
use proptest::prelude::*;
use std::path::Path;

fn python_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            python_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            found.push(path);
        }
    }
}

fn assert_edits_fit(source: &str, diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        let spans = diagnostic
            .fix
            .edits
            .iter()
            .map(|edit| edit.span)
            .chain(std::iter::once(diagnostic.span))
            .chain(diagnostic.related.iter().map(|related| related.span));
        for span in spans {
            assert!(span.start <= span.end && span.end as usize <= source.len());
            assert!(source.is_char_boundary(span.start as usize));
            assert!(source.is_char_boundary(span.end as usize));
        }
        assert!(!diagnostic.message.is_empty() && !diagnostic.fix.text.is_empty());
        let fixed = apply(source, diagnostic);
        assert!(
            lint(&fixed).is_ok(),
            "the fix of {:?} breaks\n{source}\ninto\n{fixed}",
            diagnostic.code
        );
    }
}

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
fn every_corpus_program_lints_without_panicking() {
    let mut files = Vec::new();
    python_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"),
        &mut files,
    );
    python_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("www"),
        &mut files,
    );
    assert!(files.len() > 100, "only {} programs", files.len());
    for file in files {
        let Ok(source) = std::fs::read_to_string(&file) else {
            continue;
        };
        if let Ok(diagnostics) = lint(&source) {
            assert_edits_fit(&source, &diagnostics);
        }
    }
}

const LINES: &[&str] = &[
    "def f(a, b=[], *c, d={}, **e):",
    "def g():",
    "lambda_list = [lambda: i for i in range(3)]",
    "for i in range(3):",
    "while n > 0:",
    "funcs.append(lambda x: x + i)",
    "handlers[i] = lambda: print(i)",
    "nonlocal n",
    "global total",
    "n += 1",
    "total = total + 1",
    "b.append(n)",
    "d[n] = 1",
    "return lambda: n",
    "yield lambda: i",
    "return g",
    "x = (y := n)",
    "class C:",
    "del n",
    "n = 0",
    "pass",
    "print(é, i)",
    "def h(): n += 1; return n",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn assembled_programs_never_panic(lines in prop::collection::vec((0usize..LINES.len(), 0usize..4), 1..14)) {
        let source = assemble(&lines);
        if let Ok(diagnostics) = lint(&source) {
            assert_edits_fit(&source, &diagnostics);
        }
    }
}

/// Lines indented the way Python expects most of the time: one level deeper after a
/// line ending in `:`, otherwise the same or a chosen number of levels shallower.
fn assemble(lines: &[(usize, usize)]) -> String {
    let mut depth = 0usize;
    let mut opens_block = false;
    let mut source = String::new();
    for (line, dedent) in lines {
        let text = LINES.get(*line).copied().unwrap_or("pass");
        depth = if opens_block {
            depth + 1
        } else {
            depth.saturating_sub(*dedent)
        };
        source.push_str(&format!("{}{text}\n", "    ".repeat(depth)));
        opens_block = text.ends_with(':');
    }
    if opens_block {
        source.push_str(&format!("{}pass\n", "    ".repeat(depth + 1)));
    }
    source
}

#[test]
fn the_assembler_makes_programs_that_compile() {
    let lines = [
        (0, 0),
        (19, 0),
        (1, 0),
        (7, 0),
        (9, 0),
        (3, 1),
        (5, 0),
        (13, 1),
    ];
    let source = assemble(&lines);
    let codes: Vec<_> = lint(&source)
        .expect("compiles")
        .iter()
        .map(|d| d.code)
        .collect();
    assert_eq!(codes, vec![Code::LateBinding], "{source}");
}
