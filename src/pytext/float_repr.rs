//! Doubles as text: `repr(float)` and the `e`/`f`/`g`/`r` layouts behind `format()`,
//! ported from CPython's `format_float_short` (Python/pystrtod.c).

use super::float_digits::DecimalDigits;

/// Which of CPython's `PyOS_double_to_string` presentations to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// `%e`: one digit before the point, `precision` after, and an exponent.
    Exponent,
    /// `%f`: `precision` digits after the point.
    Fixed,
    /// `%g`: `precision` significant digits, exponent when it is < -4 or >= precision.
    General,
    /// `repr`: the shortest round-trip digits, exponent when it is < -4 or >= 16.
    Repr,
}

/// The knobs of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FloatLayout {
    pub style: FloatStyle,
    pub precision: usize,
    /// `Py_DTSF_SIGN`: write `+` before non-negative numbers.
    pub always_sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: an integral result still shows `.0`.
    pub add_dot_zero: bool,
    /// `Py_DTSF_ALT` (`#`): keep trailing zeros and the decimal point.
    pub alternate: bool,
    /// `Py_DTSF_NO_NEG_0` (`z`): a result that rounds to zero loses its minus sign.
    pub no_negative_zero: bool,
    pub uppercase: bool,
}

impl FloatLayout {
    pub fn new(style: FloatStyle, precision: usize) -> FloatLayout {
        FloatLayout {
            style,
            precision,
            always_sign: false,
            add_dot_zero: false,
            alternate: false,
            no_negative_zero: false,
            uppercase: false,
        }
    }
}

/// `repr(x)` for a float: `0.1`, `1e+16`, `1e-05`, `-0.0`, `inf`, `nan`.
pub fn float_repr(value: f64) -> String {
    let mut layout = FloatLayout::new(FloatStyle::Repr, 0);
    layout.add_dot_zero = true;
    format_double(value, &layout)
}

/// `PyOS_double_to_string`: lay a double out the way CPython's `%`-formats do.
pub fn format_double(value: f64, layout: &FloatLayout) -> String {
    if !value.is_finite() {
        return non_finite(value, layout);
    }
    let digits = match layout.style {
        FloatStyle::Exponent => DecimalDigits::significant(value, layout.precision + 1),
        FloatStyle::Fixed => DecimalDigits::fixed(value, layout.precision),
        FloatStyle::General => DecimalDigits::significant(value, layout.precision.max(1)),
        FloatStyle::Repr => DecimalDigits::shortest(value),
    };
    let mut text = String::new();
    let negative = digits.negative && !(layout.no_negative_zero && digits.is_zero());
    if negative {
        text.push('-');
    } else if layout.always_sign {
        text.push('+');
    }
    text.push_str(&lay_out_digits(&digits, layout));
    text
}

/// Infinities keep their sign; a NaN's sign is ignored, as CPython does.
fn non_finite(value: f64, layout: &FloatLayout) -> String {
    let word = match (value.is_nan(), layout.uppercase) {
        (true, false) => "nan",
        (true, true) => "NAN",
        (false, false) => "inf",
        (false, true) => "INF",
    };
    let sign = if value.is_sign_negative() && !value.is_nan() {
        "-"
    } else if layout.always_sign {
        "+"
    } else {
        ""
    };
    format!("{sign}{word}")
}

/// Whether the style writes an exponent, and where the visible digits end (relative to
/// the first digit) before zero padding: `format_float_short`'s switch on the type.
fn exponent_and_end(
    layout: &FloatLayout,
    decimal_point: i64,
    digit_count: i64,
    precision: i64,
) -> (bool, i64) {
    match layout.style {
        FloatStyle::Exponent => (true, precision + 1),
        FloatStyle::Fixed => (false, decimal_point + precision),
        FloatStyle::General => {
            let precision = precision.max(1);
            let limit = if layout.add_dot_zero {
                precision - 1
            } else {
                precision
            };
            let use_exponent = decimal_point <= -4 || decimal_point > limit;
            (
                use_exponent,
                if layout.alternate {
                    precision
                } else {
                    digit_count
                },
            )
        }
        FloatStyle::Repr => (decimal_point <= -4 || decimal_point > 16, digit_count),
    }
}

/// Places the decimal point, the zero padding and the exponent around the digits.
fn lay_out_digits(digits: &DecimalDigits, layout: &FloatLayout) -> String {
    let significant = &digits.digits;
    let digit_count = significant.len() as i64;
    let precision = layout.precision as i64;
    let mut decimal_point = digits.decimal_point;
    let (use_exponent, mut visible_end) =
        exponent_and_end(layout, decimal_point, digit_count, precision);
    let exponent = decimal_point - 1;
    if use_exponent {
        decimal_point = 1;
    }
    let visible_start = if decimal_point <= 0 {
        decimal_point - 1
    } else {
        0
    };
    let minimum_end = if !use_exponent && layout.add_dot_zero {
        decimal_point + 1
    } else {
        decimal_point
    };
    visible_end = visible_end.max(minimum_end);
    let mut text = place_point(significant, decimal_point, visible_start, visible_end);
    if text.ends_with('.') && !layout.alternate {
        text.pop();
    }
    if use_exponent {
        let sign = if exponent < 0 { '-' } else { '+' };
        let letter = if layout.uppercase { 'E' } else { 'e' };
        text.push_str(&format!("{letter}{sign}{:02}", exponent.abs()));
    }
    text
}

/// Writes the digits between `visible_start` and `visible_end` (positions relative to the
/// first digit), padding with zeros, with exactly one decimal point at `decimal_point`.
fn place_point(
    significant: &str,
    decimal_point: i64,
    visible_start: i64,
    visible_end: i64,
) -> String {
    let digit_count = significant.len() as i64;
    let zeros = |count: i64| "0".repeat(count.max(0) as usize);
    let mut text = String::new();
    if decimal_point <= 0 {
        text.push_str(&zeros(decimal_point - visible_start));
        text.push('.');
        text.push_str(&zeros(-decimal_point));
    } else {
        text.push_str(&zeros(-visible_start));
    }
    if 0 < decimal_point && decimal_point <= digit_count {
        let (whole, fraction) = significant.split_at(decimal_point as usize);
        text.push_str(whole);
        text.push('.');
        text.push_str(fraction);
    } else {
        text.push_str(significant);
    }
    if digit_count < decimal_point {
        text.push_str(&zeros(decimal_point - digit_count));
        text.push('.');
        text.push_str(&zeros(visible_end - decimal_point));
    } else {
        text.push_str(&zeros(visible_end - digit_count));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        let cases = [
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (123456789012345.0, "123456789012345.0"),
            (1.2345678901234568e16, "1.2345678901234568e+16"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e300, "1e+300"),
            (5e-324, "5e-324"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
        ];
        for (value, expected) in cases {
            assert_eq!(float_repr(value), expected, "repr of {value:e}");
        }
    }

    #[test]
    fn general_and_exponent_layouts() {
        let general = FloatLayout::new(FloatStyle::General, 6);
        assert_eq!(format_double(1234567.0, &general), "1.23457e+06");
        assert_eq!(format_double(0.0001, &general), "0.0001");
        assert_eq!(format_double(100.0, &general), "100");
        let exponent = FloatLayout::new(FloatStyle::Exponent, 2);
        assert_eq!(format_double(12345.678, &exponent), "1.23e+04");
        let fixed = FloatLayout::new(FloatStyle::Fixed, 2);
        assert_eq!(format_double(2.675, &fixed), "2.67");
        assert_eq!(format_double(-0.001, &fixed), "-0.00");
    }
}
