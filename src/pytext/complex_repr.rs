//! `repr(z)` for complex numbers: CPython's `complex_repr`. Each part is written as
//! `repr(float)` would, without a `.0` on whole numbers; a real part of +0.0 is left
//! out (`2j`), otherwise both parts are shown in parentheses (`(1-2j)`).

use super::float_repr;

/// `repr(complex(real, imag))`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let imag_text = part(imag);
    if real == 0.0 && real.is_sign_positive() {
        return format!("{imag_text}j");
    }
    let sign = if imag_text.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{imag_text}j)", part(real))
}

/// A part as the `r` format writes it without `Py_DTSF_ADD_DOT_0`.
fn part(value: f64) -> String {
    let text = float_repr(value);
    match text.strip_suffix(".0") {
        Some(whole) => whole.to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_parts_like_cpython() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(1.0, -2.5), "(1-2.5j)");
        assert_eq!(complex_repr(-0.0, 0.0), "(-0+0j)");
        assert_eq!(complex_repr(1e16, f64::INFINITY), "(1e+16+infj)");
        assert_eq!(complex_repr(0.0, f64::NAN), "nanj");
    }
}
