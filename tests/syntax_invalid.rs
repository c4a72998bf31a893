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

/// CPython gives most tokenizer errors no end (an end column of 0 or -1); for those
/// only the start of our position line is compared, so our end is replaced by theirs.
fn comparable_position(actual: &str, expected: &str) -> String {
    let expected_position = expected.lines().nth(2).unwrap_or("");
    let expected_end: Vec<&str> = expected_position.split(' ').skip(2).collect();
    if !expected_end.get(1).is_some_and(|end| end.parse::<i32>().is_ok_and(|e| e <= 0)) {
        return actual.to_string();
    }
    let mut lines: Vec<String> = actual.lines().map(String::from).collect();
    if let Some(position) = lines.get_mut(2) {
        let start: Vec<&str> = position.split(' ').take(2).collect();
        *position = format!("{} {}", start.join(" "), expected_end.join(" "));
    }
    lines.join("\n") + "\n"
}

#[test]
fn invalid_programs_fail_like_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax/invalid");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    programs.sort();
    let mut failures = Vec::new();
    for program in &programs {
        let source = std::fs::read_to_string(program).unwrap();
        let expected = read_expected(&program.with_extension("expected"));
        let (header, rendered) = actual_header(&source);
        let header = comparable_position(&header, &expected.header);
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
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}
