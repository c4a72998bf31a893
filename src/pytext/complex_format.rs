//! `format(complex, spec)`: CPython's `format_complex_internal`
//! (Python/formatter_unicode.c). Each part is written as a float is, then the whole
//! `re+imj` is padded as one field.

use super::float_repr::{format_double, FloatLayout, FloatStyle};
use super::format_spec::{unknown_code, FormatSpec};
use super::number_layout::{lay_out_number, NumberParts};

/// `format(complex(real, imag), spec)`; numbers align right by default.
pub fn format_complex(real: f64, imag: f64, spec: &str) -> Result<String, String> {
    let spec = FormatSpec::parse(spec, None, "complex")?;
    let kind = spec.kind.unwrap_or('\0');
    if !matches!(kind, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(unknown_code(kind, "complex"));
    }
    if spec.zero_padding || spec.fill == Some('0') {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    // No type is like str(z): repr-style parts, a real +0.0 left out, otherwise
    // parentheses; a precision turns it into `g`, still without the parentheses'
    // companion `.0`.
    let omitted = kind == '\0';
    let skip_real = omitted && real == 0.0 && real.is_sign_positive();
    let parentheses = omitted && !skip_real;
    let layout = part_layout(kind, &spec);
    let mut part_spec = spec.clone();
    part_spec.fill = None;
    part_spec.align = Some('<');
    part_spec.width = None;
    let real_text = lay_out_number(&part_parts(real, &layout), &part_spec, 3);
    // The imaginary part always shows its sign after a real part.
    if !skip_real {
        part_spec.sign = Some('+');
    }
    let imag_text = lay_out_number(&part_parts(imag, &layout), &part_spec, 3);
    let mut body = String::new();
    if parentheses {
        body.push('(');
    }
    if !skip_real {
        body.push_str(&real_text);
    }
    body.push_str(&imag_text);
    body.push('j');
    if parentheses {
        body.push(')');
    }
    Ok(pad_field(&body, &spec))
}

/// The `PyOS_double_to_string` request for both parts: `r` when no type is given
/// (`g` once a precision is), `n` as `g`, and a default precision of 6.
fn part_layout(kind: char, spec: &FormatSpec) -> FloatLayout {
    let style = match (kind, spec.precision) {
        ('\0', None) => FloatStyle::Repr,
        ('\0' | 'g' | 'G' | 'n', _) => FloatStyle::General,
        ('e' | 'E', _) => FloatStyle::Exponent,
        _ => FloatStyle::Fixed,
    };
    let default_precision = if style == FloatStyle::Repr { 0 } else { 6 };
    let mut layout = FloatLayout::new(style, spec.precision.unwrap_or(default_precision));
    layout.alternate = spec.alternate;
    layout.no_negative_zero = spec.no_negative_zero;
    layout.uppercase = matches!(kind, 'E' | 'F' | 'G');
    layout
}

fn part_parts(value: f64, layout: &FloatLayout) -> NumberParts {
    NumberParts::from_float_text(&format_double(value, layout))
}

/// `calc_padding` around the composed number.
fn pad_field(body: &str, spec: &FormatSpec) -> String {
    let fill = spec.fill.unwrap_or(' ').to_string();
    let padding = spec.width.unwrap_or(0).saturating_sub(body.chars().count());
    let (left, right) = match spec.align.unwrap_or('>') {
        '<' => (0, padding),
        '^' => (padding / 2, padding - padding / 2),
        _ => (padding, 0),
    };
    format!("{}{body}{}", fill.repeat(left), fill.repeat(right))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complex(real: f64, imag: f64, spec: &str) -> String {
        format_complex(real, imag, spec).unwrap_or_else(|error| format!("!{error}"))
    }

    #[test]
    fn complex_follows_python() {
        assert_eq!(complex(1.0, 2.0, ".2f"), "1.00+2.00j");
        assert_eq!(complex(1.0, 2.0, ">10"), "    (1+2j)");
        assert_eq!(complex(0.0, 1.0, "10"), "        1j");
        assert_eq!(complex(1.5, 2.25, ".1"), "(2+2j)");
        assert_eq!(complex(1.0, 2.0, "+"), "(+1+2j)");
        assert_eq!(complex(-0.0, -0.0, "g"), "-0-0j");
        assert_eq!(complex(1.0, 2.0, "#.0f"), "1.+2.j");
        assert_eq!(complex(12345.678, 9876543.21, ",.2f"), "12,345.68+9,876,543.21j");
        assert_eq!(complex(1.0, 2.0, "010"), "!Zero padding is not allowed in complex format specifier");
        assert_eq!(complex(1.0, 2.0, "d"), "!Unknown format code 'd' for object of type 'complex'");
    }
}
