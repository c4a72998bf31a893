//! Every program under tests/syntax/invalid must fail exactly as python3 says: the
//! same exception type, message, position (character columns) and rendered text.
//! Regenerate the expectations with scripts/record_syntax_errors.py.

use cellscope::syntax::{parse, LineIndex};
use std::path::Path;

/// What python3 recorded: the header fields and the rendered text.
struct Expected {
    header: String,
    rendered: String,
}

fn read_expected(path: &Path) -> Expected {
    let text = std::fs::read_to_string(path).unwrap();
    let (header, rendered) = text.split_once("---\n").unwrap();
    Expected { header: header.to_string(), rendered: rendered.to_string() }
}

/// Formats our error the way the recording script formats CPython's.
fn actual_header(source: &str) -> (String, String) {
    let Err(error) = parse(source) else { return ("parsed without error\n".into(), String::new()) };
    let index = LineIndex::new(source);
    let start = error.start(&index);
    let end = error.end(&index);
    let header = format!(
        "{}\n{}\n{} {} {} {}\n",
        error.kind.name(),
        error.message,
        start.line,
        start.column,
        end.line,
        end.column
    );
    (header, error.render(source, "x.py"))
}

#[test]
fn invalid_programs_fail_like_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax/invalid");
    let mut programs: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    programs.sort();
    let mut failures = Vec::new();
    for program in &programs {
        let source = std::fs::read_to_string(program).unwrap();
        let expected = read_expected(&program.with_extension("expected"));
        let (mut header, rendered) = actual_header(&source);
        // The tokenizer's errors carry no end in CPython (end column 0 or -1): compare
        // the start only.
        if let Some(start) = expected.header.lines().nth(2).and_then(|l| l.split(' ').nth(3)).filter(|end| end.parse::<i32>().is_ok_and(|e| e <= 0)) {
            let mut lines: Vec<String> = header.lines().map(String::from).collect();
            if let Some(position) = lines.get_mut(2) {
                let fields: Vec<&str> = position.split(' ').collect();
                *position = format!("{} {} {} {}", fields[0], fields[1], fields[0], start);
            }
            header = lines.join("\n") + "\n";
        }
        if header != expected.header || rendered != expected.rendered {
            failures.push(format!(
                "{}:\n--- expected\n{}{}--- actual\n{}{}",
                program.file_name().unwrap().to_string_lossy(),
                expected.header,
                expected.rendered,
                header,
                rendered
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} differ:\n{}", failures.len(), programs.len(), failures.join("\n"));
}
