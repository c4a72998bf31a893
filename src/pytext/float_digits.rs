//! The decimal digits of a double, in the three modes CPython asks David Gay's `dtoa` for.
//!
//! Rust's float formatting is exact (correctly rounded, ties to even on the exact binary
//! value), so its output gives the same digits as `_Py_dg_dtoa`; this module only reshapes
//! it into `dtoa`'s answer: a digit string without trailing zeros and the position of the
//! decimal point, so that `0.d1d2d3... × 10^decimal_point` is the value.

/// A double is `m × 2^e` with `e >= -1074`, so its exact decimal expansion ends at most
/// 1074 places after the point and has at most 767 significant digits: asking for more
/// only adds zeros, which callers pad themselves. Rust's formatter also refuses a
/// precision past 65535, so requests are capped here.
const EXACT_FRACTION_PLACES: usize = 1074;
const EXACT_SIGNIFICANT_DIGITS: usize = 767;

/// A finite double written as decimal digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecimalDigits {
    pub negative: bool,
    /// Significant digits with no trailing zeros; `"0"` for zero, empty when a fixed
    /// rounding left nothing.
    pub digits: String,
    /// Where the decimal point goes: the value is `0.digits × 10^decimal_point`.
    pub decimal_point: i64,
}

impl DecimalDigits {
    /// dtoa mode 0: the shortest digits that read back as the same double (`repr`).
    /// Rust finds how many digits that takes; when two candidates of that length both
    /// read back, dtoa picks the nearer (ties to even), which is exactly the correctly
    /// rounded value at that length: `617243362624441.25` gives `…441.2`, not `…441.3`.
    /// Next to a power of two the gap below is half the gap above, so the nearest
    /// candidate may miss the double: dtoa then keeps the one that reads back.
    pub fn shortest(value: f64) -> DecimalDigits {
        let shortest = Self::from_scientific(value, &format!("{:e}", value.abs()));
        let nearest = Self::significant(value, shortest.digits.len());
        if nearest.reads_back_as(value) {
            nearest
        } else {
            shortest
        }
    }

    /// Whether these digits parse back to exactly `value` (Rust's parsing is correctly
    /// rounded, as CPython's `_Py_dg_strtod` is).
    fn reads_back_as(&self, value: f64) -> bool {
        let text = format!("0.{}e{}", self.digits, self.decimal_point);
        text.parse::<f64>().map_or(false, |parsed| parsed == value.abs())
    }

    /// dtoa mode 2: `count` significant digits, correctly rounded (`%e`, `%g`).
    pub fn significant(value: f64, count: usize) -> DecimalDigits {
        let count = count.clamp(1, EXACT_SIGNIFICANT_DIGITS);
        Self::from_scientific(value, &format!("{:.*e}", count - 1, value.abs()))
    }

    /// dtoa mode 3: rounded to `places` digits after the decimal point (`%f`).
    pub fn fixed(value: f64, places: usize) -> DecimalDigits {
        let places = places.min(EXACT_FRACTION_PLACES);
        let text = format!("{:.*}", places, value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((text.as_str(), ""));
        let all_digits = format!("{whole}{fraction}");
        let leading_zeros = all_digits.len() - all_digits.trim_start_matches('0').len();
        let digits = all_digits.trim_matches('0').to_string();
        let mut decimal_point = whole.len() as i64 - leading_zeros as i64;
        if value == 0.0 {
            return Self::zero(value);
        }
        if digits.is_empty() {
            // dtoa's "no digits" answer: the value rounded away to nothing.
            decimal_point = -(places as i64);
        }
        DecimalDigits {
            negative: value.is_sign_negative(),
            digits,
            decimal_point,
        }
    }

    fn zero(value: f64) -> DecimalDigits {
        DecimalDigits {
            negative: value.is_sign_negative(),
            digits: "0".to_string(),
            decimal_point: 1,
        }
    }

    /// Reads Rust's `d.ddde±x` text.
    fn from_scientific(value: f64, text: &str) -> DecimalDigits {
        let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
        let exponent: i64 = exponent.parse().unwrap_or(0);
        let digits = mantissa.replace('.', "").trim_end_matches('0').to_string();
        if digits.is_empty() {
            return Self::zero(value);
        }
        DecimalDigits {
            negative: value.is_sign_negative(),
            digits,
            decimal_point: exponent + 1,
        }
    }

    /// True when every digit is zero: the value rounded to zero.
    pub fn is_zero(&self) -> bool {
        self.digits.bytes().all(|digit| digit == b'0')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(d: DecimalDigits) -> (bool, String, i64) {
        (d.negative, d.digits, d.decimal_point)
    }

    #[test]
    fn shortest_digits_round_trip() {
        assert_eq!(parts(DecimalDigits::shortest(0.1)), (false, "1".into(), 0));
        assert_eq!(
            parts(DecimalDigits::shortest(-1234.5)),
            (true, "12345".into(), 4)
        );
        assert_eq!(parts(DecimalDigits::shortest(0.0)), (false, "0".into(), 1));
        assert_eq!(parts(DecimalDigits::shortest(-0.0)), (true, "0".into(), 1));
        assert_eq!(parts(DecimalDigits::shortest(617243362624441.2)), (false, "6172433626244412".into(), 15));
        // 2**-1017: the nearer 16 digits, …044, fall below the half gap under a power of two.
        assert_eq!(parts(DecimalDigits::shortest(2f64.powi(-1017))), (false, "7120236347223045".into(), -306));
    }

    #[test]
    fn significant_digits_round_half_even_on_exact_value() {
        assert_eq!(
            parts(DecimalDigits::significant(2.675, 3)),
            (false, "267".into(), 1)
        );
        assert_eq!(
            parts(DecimalDigits::significant(9.99, 2)),
            (false, "1".into(), 2)
        );
    }

    #[test]
    fn fixed_digits_can_round_to_nothing() {
        assert_eq!(
            parts(DecimalDigits::fixed(0.001, 1)),
            (false, "".into(), -1)
        );
        assert_eq!(parts(DecimalDigits::fixed(0.06, 1)), (false, "1".into(), 0));
        assert_eq!(
            parts(DecimalDigits::fixed(123.0, 2)),
            (false, "123".into(), 3)
        );
    }
}
