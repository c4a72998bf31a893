//! Compares the str methods with python3's answers in `tests/pytext/str_methods.txt`
//! (recorded by `scripts/record_pytext.py`): method name, receiver, arguments, and the
//! repr of python3's result.

use cellscope::pytext;

#[path = "pytext_cases/mod.rs"]
mod pytext_cases;

use pytext_cases::{cases, error_text};

fn list(items: Vec<String>) -> String {
    let shown: Vec<String> = items.iter().map(|item| pytext::str_repr(item)).collect();
    format!("[{}]", shown.join(", "))
}

fn triple((a, b, c): (String, String, String)) -> String {
    format!(
        "({}, {}, {})",
        pytext::str_repr(&a),
        pytext::str_repr(&b),
        pytext::str_repr(&c)
    )
}

fn boolean(value: bool) -> String {
    if value { "True" } else { "False" }.to_string()
}

fn position(found: Option<usize>) -> String {
    found.map_or("-1".to_string(), |at| at.to_string())
}

fn optional_int(text: &str) -> Option<i64> {
    text.parse().ok()
}

fn int(text: &str) -> i64 {
    text.parse().unwrap_or(0)
}

/// Calls one method the way the recorded case names it.
fn call(inputs: &[String]) -> String {
    let (name, text, args) = (inputs[0].as_str(), inputs[1].as_str(), &inputs[2..]);
    let arg = |i: usize| args[i].as_str();
    let (start, end) = match args {
        [_, start, end] => (optional_int(start), optional_int(end)),
        _ => (None, None),
    };
    match (name, args.len()) {
        ("upper", 0) => pytext::str_repr(&pytext::upper(text)),
        ("lower", 0) => pytext::str_repr(&pytext::lower(text)),
        ("casefold", 0) => pytext::str_repr(&pytext::casefold(text)),
        ("title", 0) => pytext::str_repr(&pytext::title(text)),
        ("capitalize", 0) => pytext::str_repr(&pytext::capitalize(text)),
        ("swapcase", 0) => pytext::str_repr(&pytext::swapcase(text)),
        ("isupper", 0) => boolean(pytext::is_upper_text(text)),
        ("islower", 0) => boolean(pytext::is_lower_text(text)),
        ("istitle", 0) => boolean(pytext::is_title_text(text)),
        ("isalpha", 0) => boolean(pytext::is_alpha_text(text)),
        ("isalnum", 0) => boolean(pytext::is_alnum_text(text)),
        ("isdigit", 0) => boolean(pytext::is_digit_text(text)),
        ("isdecimal", 0) => boolean(pytext::is_decimal_text(text)),
        ("isnumeric", 0) => boolean(pytext::is_numeric_text(text)),
        ("isspace", 0) => boolean(pytext::is_space_text(text)),
        ("isidentifier", 0) => boolean(pytext::is_identifier_text(text)),
        ("isprintable", 0) => boolean(pytext::is_printable_text(text)),
        ("isascii", 0) => boolean(pytext::is_ascii_text(text)),
        ("splitlines", 0) => list(pytext::splitlines(text, false)),
        ("splitlines", 1) => list(pytext::splitlines(text, true)),
        ("strip", 0) => pytext::str_repr(pytext::strip(text, None)),
        ("lstrip", 0) => pytext::str_repr(pytext::lstrip(text, None)),
        ("rstrip", 0) => pytext::str_repr(pytext::rstrip(text, None)),
        ("strip", 1) => pytext::str_repr(pytext::strip(text, Some(arg(0)))),
        ("lstrip", 1) => pytext::str_repr(pytext::lstrip(text, Some(arg(0)))),
        ("rstrip", 1) => pytext::str_repr(pytext::rstrip(text, Some(arg(0)))),
        ("split", 0) => pytext::split(text, None, None)
            .map(list)
            .unwrap_or_else(error_text),
        ("rsplit", 0) => pytext::rsplit(text, None, None)
            .map(list)
            .unwrap_or_else(error_text),
        ("split_none", 1) => pytext::split(text, None, Some(int(arg(0))))
            .map(list)
            .unwrap_or_else(error_text),
        ("rsplit_none", 1) => pytext::rsplit(text, None, Some(int(arg(0))))
            .map(list)
            .unwrap_or_else(error_text),
        ("split", 2) => pytext::split(text, Some(arg(0)), Some(int(arg(1))))
            .map(list)
            .unwrap_or_else(error_text),
        ("rsplit", 2) => pytext::rsplit(text, Some(arg(0)), Some(int(arg(1))))
            .map(list)
            .unwrap_or_else(error_text),
        ("center", 2) => pytext::str_repr(&pytext::center(text, int(arg(0)), '*')),
        ("ljust", 2) => pytext::str_repr(&pytext::ljust(text, int(arg(0)), '*')),
        ("rjust", 2) => pytext::str_repr(&pytext::rjust(text, int(arg(0)), '*')),
        ("zfill", 1) => pytext::str_repr(&pytext::zfill(text, int(arg(0)))),
        ("expandtabs", 1) => pytext::str_repr(&pytext::expandtabs(text, int(arg(0)))),
        ("partition", 1) => pytext::partition(text, arg(0))
            .map(triple)
            .unwrap_or_else(error_text),
        ("rpartition", 1) => pytext::rpartition(text, arg(0))
            .map(triple)
            .unwrap_or_else(error_text),
        ("removeprefix", 1) => pytext::str_repr(pytext::removeprefix(text, arg(0))),
        ("removesuffix", 1) => pytext::str_repr(pytext::removesuffix(text, arg(0))),
        ("replace", 3) => {
            pytext::str_repr(&pytext::replace(text, arg(0), arg(1), optional_int(arg(2))))
        }
        ("find", 3) => position(pytext::find(text, arg(0), start, end)),
        ("rfind", 3) => position(pytext::rfind(text, arg(0), start, end)),
        ("index", 3) => pytext::index(text, arg(0), start, end)
            .map(|at| at.to_string())
            .unwrap_or_else(error_text),
        ("rindex", 3) => pytext::rindex(text, arg(0), start, end)
            .map(|at| at.to_string())
            .unwrap_or_else(error_text),
        ("count", 3) => pytext::count(text, arg(0), start, end).to_string(),
        ("startswith", 3) => boolean(pytext::starts_with(text, arg(0), start, end)),
        ("endswith", 3) => boolean(pytext::ends_with(text, arg(0), start, end)),
        _ => format!("no such case: {name}/{}", args.len()),
    }
}

#[test]
fn str_methods_match_python() {
    let all = cases("str_methods");
    let mut failures = Vec::new();
    for case in &all {
        let (inputs, expected) = case.split_at(case.len() - 1);
        let got = call(inputs);
        if got != expected[0] {
            failures.push(format!(
                "{inputs:?}: expected {:?}, got {got:?}",
                expected[0]
            ));
        }
    }
    let shown: Vec<&String> = failures.iter().take(40).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{shown:#?}",
        failures.len(),
        all.len()
    );
}

#[test]
fn case_mappings_match_python() {
    let all = cases("str_case");
    let mut failures = Vec::new();
    for case in &all {
        let text = case[0].as_str();
        let got = [
            pytext::upper(text),
            pytext::lower(text),
            pytext::title(text),
            pytext::capitalize(text),
            pytext::swapcase(text),
            pytext::casefold(text),
            boolean(pytext::is_upper_text(text)),
            boolean(pytext::is_lower_text(text)),
            boolean(pytext::is_title_text(text)),
        ];
        if got[..] != case[1..] {
            failures.push(format!("{text:?}: expected {:?}, got {got:?}", &case[1..]));
        }
    }
    let shown: Vec<&String> = failures.iter().take(10).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{shown:#?}",
        failures.len(),
        all.len()
    );
}
