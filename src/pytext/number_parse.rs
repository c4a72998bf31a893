//! Reading numbers from text the way `int(text, base)` and `float(text)` do.

use num_bigint::BigInt;
use num_traits::{Num, Zero};

use super::char_class::{decimal_value, is_space};
use super::str_repr::str_repr;

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const MAX_STR_DIGITS: usize = 4300;

/// Rewrites text the way `_PyUnicode_TransformDecimalAndSpaceToASCII` does: any Unicode
/// whitespace becomes a space and any decimal digit its ASCII digit; then the ends are
/// stripped. Other non-ASCII characters become `?`, which no grammar accepts.
fn to_ascii_number_text(text: &str) -> String {
    let ascii: String = text
        .chars()
        .map(|ch| match ch {
            _ if ch.is_ascii() => ch,
            _ if is_space(ch) => ' ',
            _ => decimal_value(ch)
                .and_then(|value| char::from_digit(value, 10))
                .unwrap_or('?'),
        })
        .collect();
    ascii
        .trim_matches(|ch: char| ch.is_ascii_whitespace() || ch == '\u{b}')
        .to_string()
}

/// `int(text, base)`: optional sign, optional base prefix (required to pick the base
/// when `base` is 0), and digits with single underscores between them.
pub fn parse_int(text: &str, base: u32) -> Result<BigInt, String> {
    if base == 1 || base > 36 {
        return Err("int() base must be >= 2 and <= 36, or 0".to_string());
    }
    let invalid = || {
        let shown: String = str_repr(text).chars().take(200).collect();
        format!("invalid literal for int() with base {base}: {shown}")
    };
    let cleaned = to_ascii_number_text(text);
    let (negative, unsigned) = split_sign(&cleaned);
    let (radix, body, prefixed) = choose_radix(unsigned, base);
    let digits = strip_underscores(body, prefixed).ok_or_else(invalid)?;
    if digits.is_empty() || !digits.chars().all(|ch| ch.is_digit(radix)) {
        return Err(invalid());
    }
    // With base 0 a decimal literal may not start with 0 unless it is all zeros.
    if base == 0 && radix == 10 && digits.starts_with('0') && digits.chars().any(|ch| ch != '0') {
        return Err(invalid());
    }
    if !radix.is_power_of_two() && digits.len() > MAX_STR_DIGITS {
        return Err(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        ));
    }
    let magnitude = BigInt::from_str_radix(&digits, radix).map_err(|_| invalid())?;
    Ok(if negative { -magnitude } else { magnitude })
}

fn split_sign(text: &str) -> (bool, &str) {
    if let Some(rest) = text.strip_prefix('-') {
        (true, rest)
    } else {
        (false, text.strip_prefix('+').unwrap_or(text))
    }
}

/// The radix, the text after any base prefix, and whether there was a prefix.
fn choose_radix(text: &str, base: u32) -> (u32, &str, bool) {
    let lower = text.get(..2).map(str::to_ascii_lowercase);
    let prefixed = match lower.as_deref() {
        Some("0x") => Some(16),
        Some("0o") => Some(8),
        Some("0b") => Some(2),
        _ => None,
    };
    match prefixed {
        Some(radix) if base == 0 || base == radix => (radix, text.get(2..).unwrap_or(""), true),
        _ if base == 0 => (10, text, false),
        _ => (base, text, false),
    }
}

/// Removes underscores that sit between digits; `None` when one is misplaced. Right
/// after a base prefix one underscore may come first (`0x_ff`, PEP 515).
fn strip_underscores(digits: &str, after_prefix: bool) -> Option<String> {
    let mut previous_is_digit = after_prefix;
    let mut kept = String::with_capacity(digits.len());
    for ch in digits.chars() {
        if ch == '_' {
            if !previous_is_digit {
                return None;
            }
            previous_is_digit = false;
        } else {
            kept.push(ch);
            previous_is_digit = true;
        }
    }
    (previous_is_digit || digits.is_empty()).then_some(kept)
}

/// `float(text)`: decimal literals with single underscores between digits, or
/// `inf`/`infinity`/`nan` in any case, each with an optional sign.
pub fn parse_float(text: &str) -> Result<f64, String> {
    let invalid = || format!("could not convert string to float: {}", str_repr(text));
    let cleaned = to_ascii_number_text(text);
    let (negative, unsigned) = split_sign(&cleaned);
    let magnitude = match unsigned.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => parse_decimal_literal(unsigned).ok_or_else(invalid)?,
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// `digits [. digits] [e [sign] digits]` or `. digits [...]`, with underscores only
/// between two digits.
fn parse_decimal_literal(text: &str) -> Option<f64> {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (text.get(..at)?, Some(text.get(at + 1..)?)),
        None => (text, None),
    };
    let (whole, fraction) = mantissa
        .split_once('.')
        .map_or((mantissa, None), |(w, f)| (w, Some(f)));
    let whole = digit_run(whole)?;
    let fraction = fraction.map(digit_run).unwrap_or(Some(String::new()))?;
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut literal = format!("{whole}.{fraction}0");
    if let Some(exponent) = exponent {
        let (negative, digits) = split_sign(exponent);
        let digits = digit_run(digits).filter(|digits| !digits.is_empty())?;
        literal.push_str(&format!("e{}{digits}", if negative { "-" } else { "" }));
    }
    literal.parse().ok()
}

/// ASCII digits with single underscores between them; `None` when anything else appears.
fn digit_run(text: &str) -> Option<String> {
    let kept = strip_underscores(text, false)?;
    kept.chars().all(|ch| ch.is_ascii_digit()).then_some(kept)
}

/// `int(float)`: truncation toward zero, refusing infinities and NaN.
pub fn float_to_int(value: f64) -> Result<BigInt, String> {
    if value.is_nan() {
        return Err("cannot convert float NaN to integer".to_string());
    }
    if value.is_infinite() {
        return Err("cannot convert float infinity to integer".to_string());
    }
    let truncated = value.trunc();
    let digits = format!("{truncated:.0}");
    Ok(digits.parse::<BigInt>().unwrap_or_else(|_| BigInt::zero()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(text: &str, base: u32) -> String {
        parse_int(text, base).map_or_else(|error| format!("!{error}"), |value| value.to_string())
    }

    #[test]
    fn ints_follow_python() {
        assert_eq!(int(" -12 ", 10), "-12");
        assert_eq!(int("1_000", 10), "1000");
        assert_eq!(int("0x_1f", 0), "31");
        assert_eq!(int("0x_1f", 16), "31");
        assert_eq!(int("0_0", 0), "0");
        assert_eq!(int(" ١٢ ", 10), "12");
        assert_eq!(int("z", 36), "35");
        assert_eq!(int("09", 0), "!invalid literal for int() with base 0: '09'");
        assert_eq!(
            int("1__0", 10),
            "!invalid literal for int() with base 10: '1__0'"
        );
        assert_eq!(
            int("_1", 10),
            "!invalid literal for int() with base 10: '_1'"
        );
        assert_eq!(int("0b", 0), "!invalid literal for int() with base 0: '0b'");
        assert_eq!(int("1", 37), "!int() base must be >= 2 and <= 36, or 0");
    }

    #[test]
    fn floats_follow_python() {
        assert_eq!(parse_float(" -iNfInItY "), Ok(f64::NEG_INFINITY));
        assert_eq!(parse_float("1_2.3_4"), Ok(12.34));
        assert_eq!(parse_float("1.e5"), Ok(100000.0));
        assert_eq!(parse_float(".5"), Ok(0.5));
        assert_eq!(parse_float("1e1_0"), Ok(1e10));
        assert_eq!(parse_float("1e400"), Ok(f64::INFINITY));
        assert_eq!(
            parse_float("."),
            Err("could not convert string to float: '.'".to_string())
        );
        assert!(parse_float("0x10").is_err() && parse_float("1_.5").is_err());
        assert!(parse_float("nan").is_ok_and(f64::is_nan));
    }

    #[test]
    fn floats_truncate_to_ints() {
        assert_eq!(float_to_int(-2.7), Ok(BigInt::from(-2)));
        assert_eq!(
            float_to_int(1e20),
            Ok("100000000000000000000".parse().unwrap())
        );
        assert!(float_to_int(f64::NAN).is_err());
    }
}
