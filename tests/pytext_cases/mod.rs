//! Reading the case files that `scripts/record_pytext.py` writes.

use cellscope::pytext;

/// Decodes a string literal as `repr(str)` writes it.
pub fn unquote(literal: &str) -> String {
    let inner = literal
        .get(1..literal.len().saturating_sub(1))
        .unwrap_or("");
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(ch) = chars.next() {
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        let escape = chars.next().unwrap_or('\\');
        let hex_digits = match escape {
            'x' => 2,
            'u' => 4,
            'U' => 8,
            'n' => {
                out.push('\n');
                continue;
            }
            't' => {
                out.push('\t');
                continue;
            }
            'r' => {
                out.push('\r');
                continue;
            }
            other => {
                out.push(other);
                continue;
            }
        };
        let code: String = chars.by_ref().take(hex_digits).collect();
        out.push(
            u32::from_str_radix(&code, 16)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{fffd}'),
        );
    }
    out
}

pub fn cases(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/tests/pytext/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    text.lines()
        .map(|line| line.split('\t').map(unquote).collect())
        .collect()
}

pub fn error_text(message: String) -> String {
    let kind = if pytext::is_overflow_message(&message) {
        "OverflowError"
    } else {
        "ValueError"
    };
    format!("!{kind}: {message}")
}
