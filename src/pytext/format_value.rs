//! `format(value, spec)` for int, float and str: the `__format__` methods of CPython's
//! built-in types (Python/formatter_unicode.c).
//!
//! Errors are CPython's messages. They are ValueErrors, except the three that
//! [`is_overflow_message`] recognises, which CPython raises as OverflowError.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_repr::{format_double, FloatLayout, FloatStyle};
use super::format_spec::{unknown_code, FormatSpec};
use super::number_layout::{lay_out_number, NumberParts};

const CHAR_RANGE: &str = "%c arg not in range(0x110000)";
const CHAR_TOO_LARGE: &str = "Python int too large to convert to C long";
const INT_TOO_LARGE_FOR_FLOAT: &str = "int too large to convert to float";

/// True for the messages CPython raises as OverflowError rather than ValueError.
pub fn is_overflow_message(message: &str) -> bool {
    matches!(
        message,
        CHAR_RANGE | CHAR_TOO_LARGE | INT_TOO_LARGE_FOR_FLOAT
    )
}

/// `format(int, spec)`.
pub fn format_int(value: &BigInt, spec: &str) -> Result<String, String> {
    format_int_as(value, spec, "int")
}

/// `format(value, spec)` for an int subclass such as bool, named in messages.
pub fn format_int_as(value: &BigInt, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        return super::int_to_decimal(value);
    }
    let spec = FormatSpec::parse(spec, Some('d'), type_name)?;
    if let Some(kind @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) = spec.kind {
        let as_float = value.to_f64().filter(|float| float.is_finite());
        let float = as_float.ok_or_else(|| INT_TOO_LARGE_FOR_FLOAT.to_string())?;
        return format_float_spec(float, &spec, kind, type_name);
    }
    let kind = spec.kind.unwrap_or('d');
    if !matches!(kind, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
        return Err(unknown_code(kind, type_name));
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_negative_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    let (radix, prefix, group_size) = match kind {
        'd' | 'n' => (10, "", 3),
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        'c' => return format_char(value, &spec),
        _ => return Err(unknown_code(kind, type_name)),
    };
    let mut digits = if radix == 10 {
        // Decimal output obeys the 4300-digit limit, as str() does.
        super::int_to_decimal(&BigInt::from_biguint(Sign::Plus, value.magnitude().clone()))?
    } else {
        value.magnitude().to_str_radix(radix)
    };
    if kind == 'X' {
        digits = digits.to_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let parts = NumberParts {
        negative: value.sign() == Sign::Minus,
        prefix: prefix.to_string(),
        digits,
        remainder: String::new(),
    };
    Ok(lay_out_number(&parts, &spec, group_size))
}

/// The `c` presentation: the character with that code point, laid out like a number.
fn format_char(value: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    if spec.sign.is_some() {
        return Err("Sign not allowed with integer format specifier 'c'".to_string());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed with integer format specifier 'c'".to_string());
    }
    let code = value.to_i64().ok_or_else(|| CHAR_TOO_LARGE.to_string())?;
    let ch = u32::try_from(code).ok().and_then(char::from_u32);
    let ch = ch.ok_or_else(|| CHAR_RANGE.to_string())?;
    let parts = NumberParts {
        digits: ch.to_string(),
        ..NumberParts::default()
    };
    let mut spec = spec.clone();
    spec.grouping = None;
    Ok(lay_out_number(&parts, &spec, 3))
}

/// `format(float, spec)`.
pub fn format_float(value: f64, spec: &str) -> Result<String, String> {
    format_float_as(value, spec, "float")
}

/// `format(value, spec)` for a float subclass, named in messages.
pub fn format_float_as(value: f64, spec: &str, type_name: &str) -> Result<String, String> {
    let spec = FormatSpec::parse(spec, None, type_name)?;
    let kind = spec.kind.unwrap_or('\0');
    format_float_spec(value, &spec, kind, type_name)
}

/// CPython's `format_float_internal`: choose the `PyOS_double_to_string` layout for the
/// presentation type, then pad. No type means `repr`, or `g` showing `.0` when a
/// precision is given.
fn format_float_spec(
    value: f64,
    spec: &FormatSpec,
    kind: char,
    type_name: &str,
) -> Result<String, String> {
    let precision = spec.precision;
    let (style, default_precision) = match kind {
        '\0' if precision.is_none() => (FloatStyle::Repr, 0),
        '\0' | 'g' | 'G' | 'n' => (FloatStyle::General, 6),
        'e' | 'E' => (FloatStyle::Exponent, 6),
        'f' | 'F' | '%' => (FloatStyle::Fixed, 6),
        _ => return Err(unknown_code(kind, type_name)),
    };
    let mut layout = FloatLayout::new(style, precision.unwrap_or(default_precision));
    layout.add_dot_zero = kind == '\0';
    layout.alternate = spec.alternate;
    layout.no_negative_zero = spec.no_negative_zero;
    layout.uppercase = matches!(kind, 'E' | 'F' | 'G');
    let scaled = if kind == '%' { value * 100.0 } else { value };
    let mut parts = NumberParts::from_float_text(&format_double(scaled, &layout));
    if kind == '%' {
        parts.remainder.push('%');
    }
    Ok(lay_out_number(&parts, spec, 3))
}

/// `format(str, spec)`: strings align left, take no sign, `#`, `z` or `=`, and a
/// precision truncates them.
pub fn format_str(text: &str, spec: &str) -> Result<String, String> {
    let spec = FormatSpec::parse(spec, Some('s'), "str")?;
    // `str.__format__` turns other types away before it looks at the rest.
    if let Some(kind) = spec.kind.filter(|&kind| kind != 's') {
        return Err(unknown_code(kind, "str"));
    }
    let refusal = match (spec.sign, spec.no_negative_zero, spec.alternate, spec.align) {
        (Some(' '), ..) => Some("Space not allowed in string format specifier"),
        (Some(_), ..) => Some("Sign not allowed in string format specifier"),
        (_, true, ..) => Some("Negative zero coercion (z) not allowed in string format specifier"),
        (_, _, true, _) => Some("Alternate form (#) not allowed in string format specifier"),
        (.., Some('=')) => Some("'=' alignment not allowed in string format specifier"),
        _ => None,
    };
    if let Some(message) = refusal {
        return Err(message.to_string());
    }
    let shown: String = match spec.precision {
        Some(limit) => text.chars().take(limit).collect(),
        None => text.to_string(),
    };
    let fill = spec
        .fill
        .unwrap_or(if spec.zero_padding { '0' } else { ' ' });
    let padding = spec
        .width
        .unwrap_or(0)
        .saturating_sub(shown.chars().count());
    let pad = |count: usize| fill.to_string().repeat(count);
    Ok(match spec.align.unwrap_or('<') {
        '>' => format!("{}{shown}", pad(padding)),
        '^' => format!("{}{shown}{}", pad(padding / 2), pad(padding - padding / 2)),
        _ => format!("{shown}{}", pad(padding)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(value: i64, spec: &str) -> String {
        format_int(&BigInt::from(value), spec).unwrap_or_else(|error| format!("!{error}"))
    }

    fn float(value: f64, spec: &str) -> String {
        format_float(value, spec).unwrap_or_else(|error| format!("!{error}"))
    }

    #[test]
    fn ints_follow_python() {
        assert_eq!(int(1234567, ","), "1,234,567");
        assert_eq!(int(-255, "#010_x"), "-0x00_00ff");
        assert_eq!(int(1234, "08,"), "0,001,234");
        assert_eq!(int(65, "05c"), "0000A");
        assert_eq!(int(65, "<05"), "65000");
        assert_eq!(int(1, "=^5"), "==1==");
        assert_eq!(int(1, "%"), "100.000000%");
        assert_eq!(int(-1, "c"), "!%c arg not in range(0x110000)");
        assert_eq!(
            int(1, ".2"),
            "!Precision not allowed in integer format specifier"
        );
    }

    #[test]
    fn floats_follow_python() {
        assert_eq!(float(1.0, ""), "1.0");
        assert_eq!(float(1e16, "#"), "1.e+16");
        assert_eq!(float(123.0, ".2"), "1.2e+02");
        assert_eq!(float(1234.5, "012,.2f"), "0,001,234.50");
        assert_eq!(float(f64::INFINITY, "010,"), "0000000inf");
        assert_eq!(float(f64::NAN, "+010"), "+000000nan");
        assert_eq!(float(-0.0001, "z.2f"), "0.00");
        assert_eq!(float(1.5, ".0%"), "150%");
        assert_eq!(float(-1.5, "=10"), "-      1.5");
        assert_eq!(
            float(1.5, "d"),
            "!Unknown format code 'd' for object of type 'float'"
        );
    }

    #[test]
    fn strings_follow_python() {
        assert_eq!(format_str("ab", "05").unwrap(), "ab000");
        assert_eq!(format_str("abc", "*^8.2").unwrap(), "***ab***");
        assert_eq!(
            format_str("ab", ",").unwrap_err(),
            "Cannot specify ',' with 's'."
        );
        assert_eq!(
            format_str("ab", " ").unwrap_err(),
            "Space not allowed in string format specifier"
        );
    }
}
