//! Compares the text algorithms with python3's answers recorded by
//! `scripts/record_pytext.py` in `tests/pytext/*.txt`: one case a line, tab-separated
//! fields written as Python string literals, the answer last (`!Error: message` when
//! python3 raised).

use cellscope::pytext;
use num_bigint::BigInt;

#[path = "pytext_cases/mod.rs"]
mod pytext_cases;

use pytext_cases::{cases, error_text};

fn parse_f64(text: &str) -> f64 {
    text.parse()
        .unwrap_or_else(|_| panic!("not a float: {text}"))
}

/// Runs every case through `answer` and reports all mismatches at once.
fn check(name: &str, answer: impl Fn(&[String]) -> String) {
    let mut failures = Vec::new();
    let all = cases(name);
    for case in &all {
        let (inputs, expected) = case.split_at(case.len() - 1);
        let got = answer(inputs);
        if got != expected[0] {
            failures.push(format!(
                "{inputs:?}: expected {:?}, got {got:?}",
                expected[0]
            ));
        }
    }
    let shown: Vec<&String> = failures.iter().take(30).collect();
    assert!(
        failures.is_empty(),
        "{name}: {} of {} cases differ:\n{shown:#?}",
        failures.len(),
        all.len()
    );
}

#[test]
fn float_repr_matches_python() {
    check("float_repr", |inputs| {
        pytext::float_repr(parse_f64(&inputs[0]))
    });
}

#[test]
fn float_format_matches_python() {
    check("float_format", |inputs| {
        pytext::format_float(parse_f64(&inputs[0]), &inputs[1]).unwrap_or_else(error_text)
    });
}

#[test]
fn float_round_matches_python() {
    check("float_round", |inputs| {
        let ndigits: i64 = inputs[1].parse().unwrap_or(0);
        pytext::round_float(parse_f64(&inputs[0]), ndigits)
            .map(pytext::float_repr)
            .unwrap_or_else(error_text)
    });
}

#[test]
fn int_format_matches_python() {
    check("int_format", |inputs| {
        let value: BigInt = inputs[0].parse().unwrap_or_default();
        pytext::format_int(&value, &inputs[1]).unwrap_or_else(error_text)
    });
}

#[test]
fn str_repr_and_ascii_match_python() {
    for case in cases("str_repr") {
        assert_eq!(pytext::str_repr(&case[0]), case[1]);
        assert_eq!(pytext::ascii_repr(&case[0]), case[2]);
    }
}

#[test]
fn str_format_matches_python() {
    check("str_format", |inputs| {
        pytext::format_str(&inputs[0], &inputs[1]).unwrap_or_else(error_text)
    });
}

#[test]
fn parse_int_matches_python() {
    check("parse_int", |inputs| {
        let base: u32 = inputs[1].parse().unwrap_or(10);
        pytext::parse_int(&inputs[0], base)
            .map(|value| value.to_string())
            .unwrap_or_else(error_text)
    });
}

#[test]
fn parse_float_matches_python() {
    check("parse_float", |inputs| {
        pytext::parse_float(&inputs[0])
            .map(pytext::float_repr)
            .unwrap_or_else(error_text)
    });
}
