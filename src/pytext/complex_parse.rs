//! `complex(text)`: CPython's `complex_from_string_inner`. Optional parentheses and
//! surrounding whitespace; a real part, an imaginary part ending in `j`, or both
//! (`1-2.5j`); a bare `j` means 1.

use super::parse_float;

const MALFORMED: &str = "complex() arg is a malformed string";

/// The real and imaginary parts `text` spells, or CPython's ValueError message.
pub fn parse_complex(text: &str) -> Result<(f64, f64), String> {
    let trimmed = text.trim();
    let inner = match (trimmed.strip_prefix('('), trimmed.ends_with(')')) {
        (Some(rest), true) => rest.strip_suffix(')').unwrap_or(rest).trim(),
        (None, false) => trimmed,
        _ => return Err(MALFORMED.to_string()),
    };
    if inner.is_empty() || inner.chars().any(char::is_whitespace) {
        return Err(MALFORMED.to_string());
    }
    let Some(body) = inner.strip_suffix(['j', 'J']) else {
        return Ok((part(inner)?, 0.0));
    };
    match imaginary_start(body) {
        Some(split) => Ok((part(&body[..split])?, imaginary(&body[split..])?)),
        None => Ok((0.0, imaginary(body)?)),
    }
}

/// Where the imaginary part begins: the last sign that is not an exponent's.
fn imaginary_start(body: &str) -> Option<usize> {
    let bytes = body.as_bytes();
    (1..bytes.len()).rev().find(|&i| {
        matches!(bytes.get(i), Some(b'+' | b'-')) && !matches!(bytes.get(i - 1), Some(b'e' | b'E'))
    })
}

/// An imaginary coefficient; a lone sign or nothing means one.
fn imaginary(text: &str) -> Result<f64, String> {
    match text {
        "" | "+" => Ok(1.0),
        "-" => Ok(-1.0),
        _ => part(text),
    }
}

fn part(text: &str) -> Result<f64, String> {
    parse_float(text).map_err(|_| MALFORMED.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_cpython_accepts() {
        assert_eq!(parse_complex("1+2j"), Ok((1.0, 2.0)));
        assert_eq!(parse_complex(" (1e3-2.5e1j) "), Ok((1000.0, -25.0)));
        assert_eq!(parse_complex("-j"), Ok((0.0, -1.0)));
        assert_eq!(parse_complex("1+j"), Ok((1.0, 1.0)));
        assert_eq!(parse_complex("+1.5"), Ok((1.5, 0.0)));
        assert!(parse_complex("1 + 2j").is_err());
        assert!(parse_complex("()").is_err());
        assert!(parse_complex("(1").is_err());
        assert!(parse_complex("x").is_err());
    }
}
