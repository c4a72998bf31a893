//! The examples the page offers: the ones that show a closure pitfall are flagged
//! with it, and every other one lints clean.

#![cfg(not(target_arch = "wasm32"))]

use cellscope::insight::{lint, Code};
use std::path::Path;

const PITFALLS: [(&str, Code); 3] = [
    ("late_binding.py", Code::LateBinding),
    ("mutable_default.py", Code::MutableDefault),
    ("missing_nonlocal.py", Code::MissingNonlocal),
];

#[test]
fn examples_are_flagged_exactly_when_they_show_a_pitfall() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/examples");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("www/examples exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_none_or(|ext| ext != "py") {
            continue;
        }
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let source = std::fs::read_to_string(&path).expect("readable example");
        let codes: Vec<Code> = lint(&source)
            .expect("examples compile")
            .iter()
            .map(|d| d.code)
            .collect();
        let expected: Vec<Code> = PITFALLS
            .iter()
            .filter(|(file, _)| *file == name)
            .map(|(_, code)| *code)
            .collect();
        assert_eq!(codes, expected, "{name}");
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} examples found");
}
