//! `round(float)` and `round(float, ndigits)`, correctly rounded like CPython's
//! `double_round`: the exact binary value is rounded half to even, so
//! `round(2.675, 2) == 2.67` (2.675 is really 2.67499999...) and `round(0.5) == 0`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

use super::number_parse::float_to_int;

/// Beyond these many digits a double has nothing left to round (CPython's NDIGITS_MAX
/// and NDIGITS_MIN, from the width of a double's exponent range).
const MOST_DIGITS: i64 = 323;
const FEWEST_DIGITS: i64 = -308;

/// `round(x, ndigits)`.
pub fn round_float(value: f64, ndigits: i64) -> Result<f64, String> {
    if !value.is_finite() || value == 0.0 || ndigits > MOST_DIGITS {
        return Ok(value);
    }
    if ndigits < FEWEST_DIGITS {
        return Ok(0.0 * value);
    }
    let rounded = if ndigits >= 0 {
        // Rust's fixed formatting is the correctly rounded decimal, ties to even.
        format!("{:.*}", ndigits as usize, value)
            .parse::<f64>()
            .unwrap_or(value)
    } else {
        round_to_tens(value, ndigits.unsigned_abs() as u32)
    };
    if rounded.is_infinite() {
        return Err("rounded value too large to represent".to_string());
    }
    Ok(rounded)
}

/// Rounds to a multiple of `10^places`. A tie needs the value to be an integer, so the
/// exact integer part and whether a fraction remains decide it.
fn round_to_tens(value: f64, places: u32) -> f64 {
    let whole = float_to_int(value.abs().trunc()).unwrap_or_else(|_| BigInt::zero());
    let has_fraction = value.fract() != 0.0;
    let unit = BigInt::from(10).pow(places);
    let (mut quotient, remainder) = whole.div_rem(&unit);
    let twice = &remainder * 2;
    let round_up = twice > unit || (twice == unit && (has_fraction || quotient.is_odd()));
    if round_up {
        quotient += BigInt::one();
    }
    let magnitude = format!("{quotient}e{places}")
        .parse::<f64>()
        .unwrap_or(f64::INFINITY);
    magnitude.copysign(value)
}

/// `round(x)`: the nearest int, ties to even.
pub fn round_float_to_int(value: f64) -> Result<BigInt, String> {
    float_to_int(value.round_ties_even())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_the_exact_binary_value() {
        assert_eq!(round_float(2.675, 2), Ok(2.67));
        assert_eq!(round_float(2.5, 0), Ok(2.0));
        assert_eq!(round_float(1234.5, -1), Ok(1230.0));
        assert_eq!(round_float(25.0, -1), Ok(20.0));
        assert_eq!(round_float(25.000001, -1), Ok(30.0));
        assert_eq!(round_float(-25.0, -1), Ok(-20.0));
        assert!(round_float(-0.4, 0).is_ok_and(|x| x == 0.0 && x.is_sign_negative()));
        assert_eq!(round_float(1e-320, 400), Ok(1e-320));
        assert!(round_float(1.7976931348623157e308, -308).is_err());
    }

    #[test]
    fn rounds_to_int_half_even() {
        assert_eq!(round_float_to_int(0.5), Ok(BigInt::zero()));
        assert_eq!(round_float_to_int(1.5), Ok(BigInt::from(2)));
        assert_eq!(round_float_to_int(-2.5), Ok(BigInt::from(-2)));
        assert_eq!(
            round_float_to_int(f64::INFINITY),
            Err("cannot convert float infinity to integer".to_string())
        );
    }
}
