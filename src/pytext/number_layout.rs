//! Sign, prefix, digit grouping and padding around a formatted number, as CPython's
//! `calc_number_widths` and `fill_number` (Python/formatter_unicode.c) arrange them.

use super::format_spec::FormatSpec;

/// A number cut into the pieces the layout treats differently.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NumberParts {
    pub negative: bool,
    /// `0x`, `0o`, `0b` (or upper case) in the alternate form of integers.
    pub prefix: String,
    /// The digits before any decimal point: the only part that grouping touches.
    pub digits: String,
    /// Everything after those digits: decimal point, fraction, exponent, `%`, `inf`.
    pub remainder: String,
}

impl NumberParts {
    /// Splits float text such as `-12.5e+03` (no sign handling beyond a leading `-`).
    pub fn from_float_text(text: &str) -> NumberParts {
        let (negative, unsigned) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let digit_end = unsigned
            .find(|ch: char| !ch.is_ascii_digit())
            .unwrap_or(unsigned.len());
        let (digits, remainder) = unsigned.split_at(digit_end);
        NumberParts {
            negative,
            prefix: String::new(),
            digits: digits.to_string(),
            remainder: remainder.to_string(),
        }
    }
}

/// Lays a number out within `spec`: numbers align right by default, and a `0` before
/// the width means zero padding between the sign and the digits.
pub fn lay_out_number(parts: &NumberParts, spec: &FormatSpec, group_size: usize) -> String {
    let fill = spec
        .fill
        .unwrap_or(if spec.zero_padding { '0' } else { ' ' });
    let align = spec
        .align
        .unwrap_or(if spec.zero_padding { '=' } else { '>' });
    let sign = match (parts.negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    };
    let width = spec.width.unwrap_or(0);
    let outside_digits =
        sign.chars().count() + parts.prefix.chars().count() + parts.remainder.chars().count();
    let digits = match spec.grouping {
        // Zero padding is grouped too: format(1234, '08,') == '0,001,234'.
        Some(separator) if !parts.digits.is_empty() => {
            let min_width = if fill == '0' && align == '=' {
                width.saturating_sub(outside_digits)
            } else {
                0
            };
            group_digits(&parts.digits, separator, group_size, min_width)
        }
        _ => parts.digits.clone(),
    };
    let length = outside_digits + digits.chars().count();
    let padding = width.saturating_sub(length);
    let pad = |count: usize| fill.to_string().repeat(count);
    let (left, middle, right) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    format!(
        "{}{sign}{}{}{digits}{}{}",
        pad(left),
        parts.prefix,
        pad(middle),
        parts.remainder,
        pad(right)
    )
}

/// Inserts `separator` every `group_size` digits from the right, first padding with
/// zeros to `min_width` characters the way `_PyUnicode_InsertThousandsGrouping` does:
/// a group is never started with a separator, so the result may pass `min_width` by one.
pub fn group_digits(digits: &str, separator: char, group_size: usize, min_width: usize) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width as i64;
    let mut groups: Vec<String> = Vec::new();
    loop {
        let length = (group_size as i64).min(remaining.max(min_width).max(1));
        let zeros = (length - remaining).max(0);
        let taken = remaining.min(length).max(0);
        let start = (remaining - taken) as usize;
        let chunk: String = digits
            .get(start..remaining.max(0) as usize)
            .unwrap_or(&[])
            .iter()
            .collect();
        groups.push(format!("{}{chunk}", "0".repeat(zeros as usize)));
        remaining -= taken;
        min_width -= length;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&separator.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_from_the_right_and_pads_with_grouped_zeros() {
        assert_eq!(group_digits("1234567", ',', 3, 0), "1,234,567");
        assert_eq!(group_digits("123", ',', 3, 0), "123");
        assert_eq!(group_digits("1234", ',', 3, 8), "0,001,234");
        assert_eq!(group_digits("ff", '_', 4, 7), "00_00ff");
    }

    #[test]
    fn splits_float_text() {
        let parts = NumberParts::from_float_text("-12.5e+03");
        assert!(parts.negative);
        assert_eq!(
            (parts.digits.as_str(), parts.remainder.as_str()),
            ("12", ".5e+03")
        );
    }
}
