//! Integers as text: `str(int)` with CPython's digit limit, and `hex`/`oct`/`bin`.

use num_bigint::{BigInt, Sign};

use super::number_parse::MAX_STR_DIGITS;

/// `str(n)`: refuses, as CPython 3.11 does, to write more than 4300 decimal digits.
pub fn int_to_decimal(value: &BigInt) -> Result<String, String> {
    // A cheap bound first: bits × log10(2) overestimates the digit count only a little.
    let bound = (value.bits() as f64 * std::f64::consts::LOG10_2) as u64;
    if bound > MAX_STR_DIGITS as u64 + 1 || value.magnitude().to_string().len() > MAX_STR_DIGITS {
        return Err(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ));
    }
    Ok(value.to_string())
}

/// `hex(n)`, `oct(n)`, `bin(n)`: the sign, then `prefix`, then lower-case digits.
pub fn int_to_radix(value: &BigInt, radix: u32, prefix: &str) -> String {
    let sign = if value.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{}", value.magnitude().to_str_radix(radix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radix_text_matches_python() {
        assert_eq!(int_to_radix(&BigInt::from(-255), 16, "0x"), "-0xff");
        assert_eq!(int_to_radix(&BigInt::from(8), 8, "0o"), "0o10");
        assert_eq!(int_to_radix(&BigInt::from(0), 2, "0b"), "0b0");
    }

    #[test]
    fn decimal_text_has_a_digit_limit() {
        let limit = BigInt::from(10).pow(4299);
        assert_eq!(int_to_decimal(&limit).map(|text| text.len()), Ok(4300));
        assert!(int_to_decimal(&(limit * 10)).is_err());
        assert_eq!(int_to_decimal(&BigInt::from(-42)), Ok("-42".to_string()));
    }
}
