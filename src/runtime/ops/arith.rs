//! The arithmetic and bitwise operators on numbers, with CPython's messages.

use super::numbers::Number;
use crate::runtime::exception::{BudgetExceeded, Exception};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::Operator;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

impl Vm {
    /// `a op b` when both are numbers; `None` when the operator does not apply.
    pub(crate) fn numeric_op(
        &mut self,
        op: Operator,
        a: &Number,
        b: &Number,
    ) -> Result<Option<Value>, Exception> {
        if let (Number::Int(x), Number::Int(y)) = (a, b) {
            if let Some(v) = small_int_op(op, *x, *y) {
                return Ok(Some(v));
            }
        }
        if op == Operator::Div && !a.is_float() && !b.is_float() {
            if let (Some(x), Some(y)) = (a.to_bigint(), b.to_bigint()) {
                // Past 53 bits an int is not exact as a float, so CPython's
                // long_true_divide divides the ints themselves.
                if y.is_zero() {
                    return Err(self.error(TypeId::ZeroDivisionError, "division by zero"));
                }
                if x.bits() > 53 || y.bits() > 53 {
                    return match int_true_divide(&x, &y) {
                        Some(q) => Ok(Some(Value::Float(q))),
                        None => Err(self.overflow("integer division result too large for a float")),
                    };
                }
            }
        }
        if a.is_float() || b.is_float() || op == Operator::Div {
            return self.float_op(op, a, b);
        }
        let (Some(x), Some(y)) = (a.to_bigint(), b.to_bigint()) else {
            return Ok(None);
        };
        self.big_int_op(op, x, y)
    }

    fn big_int_op(
        &mut self,
        op: Operator,
        x: BigInt,
        y: BigInt,
    ) -> Result<Option<Value>, Exception> {
        let result = match op {
            Operator::Add => x + y,
            Operator::Sub => x - y,
            Operator::Mult => {
                self.check_int_bits(x.bits() + y.bits())?;
                x * y
            }
            Operator::FloorDiv if y.is_zero() => {
                return Err(self.error(
                    TypeId::ZeroDivisionError,
                    "integer division or modulo by zero",
                ));
            }
            Operator::Mod if y.is_zero() => {
                return Err(self.error(TypeId::ZeroDivisionError, "integer modulo by zero"));
            }
            Operator::FloorDiv => x.div_floor(&y),
            Operator::Mod => x.mod_floor(&y),
            Operator::Pow => return self.int_pow(x, y).map(Some),
            Operator::LShift => {
                let count = self.shift_count(&y)?;
                if x.is_zero() {
                    return Ok(Some(Value::Int(0)));
                }
                self.check_left_shift_size(&x, &y)?;
                let Some(shift) = count else {
                    return Err(self.exception_with_args(TypeId::MemoryError, Vec::new()));
                };
                self.check_int_bits(x.bits() + shift)?;
                x << shift
            }
            Operator::RShift => match self.shift_count(&y)? {
                Some(shift) => x >> shift.min(u64::from(u32::MAX)),
                // Shifting right by more bits than any int has leaves only the sign.
                None if x.is_negative() => BigInt::from(-1),
                None => BigInt::zero(),
            },
            Operator::BitAnd => x & y,
            Operator::BitOr => x | y,
            Operator::BitXor => x ^ y,
            Operator::Div | Operator::MatMult => return Ok(None),
        };
        self.new_int_big(result).map(Some)
    }

    /// The shift count, or None when it does not fit 64 bits.
    fn shift_count(&mut self, y: &BigInt) -> Result<Option<u64>, Exception> {
        if y.is_negative() {
            return Err(self.value_error("negative shift count"));
        }
        Ok(y.to_u64())
    }

    /// The errors CPython 3.11's long_lshift gives before computing `x << y` (x nonzero):
    /// a result of more 30-bit digits than an int object can hold is
    /// `OverflowError: too many digits in integer` (`_PyLong_New`; divmod_shift clips a
    /// huge word shift to that), and one needing more bytes than a 64-bit process can
    /// address is a failed allocation, `MemoryError()`, on every machine. Smaller results
    /// past the int budget stop the program instead.
    fn check_left_shift_size(&mut self, x: &BigInt, y: &BigInt) -> Result<(), Exception> {
        const DIGIT_BITS: u128 = 30;
        const DIGIT_BYTES: u128 = 4;
        const HEADER_BYTES: u128 = 24;
        const SSIZE_MAX: u128 = i64::MAX as u128;
        const MAX_DIGITS: u128 = (SSIZE_MAX - HEADER_BYTES) / DIGIT_BYTES;
        const ADDRESSABLE_BYTES: u128 = 1 << 47;
        let clipped = SSIZE_MAX / DIGIT_BYTES;
        let (word_shift, bit_shift) = match y.to_u128() {
            Some(count) if count / DIGIT_BITS < clipped => (count / DIGIT_BITS, count % DIGIT_BITS),
            _ => (clipped, 0),
        };
        let old_digits = u128::from(x.bits()).div_ceil(DIGIT_BITS);
        let digits = old_digits + word_shift + u128::from(bit_shift != 0);
        if digits > MAX_DIGITS {
            return Err(self.overflow("too many digits in integer"));
        }
        if HEADER_BYTES + digits * DIGIT_BYTES > ADDRESSABLE_BYTES {
            return Err(self.exception_with_args(TypeId::MemoryError, Vec::new()));
        }
        Ok(())
    }

    fn check_int_bits(&self, bits: u64) -> Result<(), Exception> {
        if bits > self.budgets.max_int_bits + 64 {
            return Err(Exception::Budget(BudgetExceeded::IntBits(
                self.budgets.max_int_bits,
            )));
        }
        Ok(())
    }

    /// `x ** y` on ints: a negative exponent gives a float, as in Python.
    fn int_pow(&mut self, x: BigInt, y: BigInt) -> Result<Value, Exception> {
        if y.is_negative() {
            let base = Number::Big(x.into());
            let exponent = Number::Big(y.into());
            return self
                .float_op(Operator::Pow, &base, &exponent)
                .map(|v| v.unwrap_or(Value::None));
        }
        let magnitude = x.magnitude().bits();
        let Some(exponent) = y.to_u64() else {
            if magnitude <= 1 {
                return self.new_int_big(small_power(&x, &y));
            }
            return Err(Exception::Budget(BudgetExceeded::IntBits(
                self.budgets.max_int_bits,
            )));
        };
        if magnitude > 1 {
            self.check_int_bits(magnitude.saturating_sub(1).saturating_mul(exponent))?;
        }
        let exponent = u32::try_from(exponent).unwrap_or(u32::MAX);
        self.new_int_big(num_traits::pow(x, exponent as usize))
    }

    fn float_op(
        &mut self,
        op: Operator,
        a: &Number,
        b: &Number,
    ) -> Result<Option<Value>, Exception> {
        let x = a.to_f64().map_err(|m| self.overflow(m));
        let x = x?;
        let y = b.to_f64().map_err(|m| self.overflow(m))?;
        let result = match op {
            Operator::Add => x + y,
            Operator::Sub => x - y,
            Operator::Mult => x * y,
            Operator::Div if y == 0.0 => {
                let message = if a.is_float() || b.is_float() {
                    "float division by zero"
                } else {
                    "division by zero"
                };
                return Err(self.error(TypeId::ZeroDivisionError, message));
            }
            Operator::Div => x / y,
            Operator::FloorDiv if y == 0.0 => {
                return Err(self.error(TypeId::ZeroDivisionError, "float floor division by zero"))
            }
            Operator::Mod if y == 0.0 => {
                return Err(self.error(TypeId::ZeroDivisionError, "float modulo"))
            }
            Operator::FloorDiv => float_floor_div(x, y),
            Operator::Mod => float_mod(x, y),
            Operator::Pow => return self.float_pow(x, y).map(Some),
            _ => return Ok(None),
        };
        Ok(Some(Value::Float(result)))
    }

    fn float_pow(&mut self, x: f64, y: f64) -> Result<Value, Exception> {
        if x == 0.0 && y < 0.0 {
            return Err(self.error(
                TypeId::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ));
        }
        if x < 0.0 && y.fract() != 0.0 {
            // A negative base to a fractional power is complex (float_pow's rule).
            let as_complex = |real| crate::runtime::ops::Complex { real, imag: 0.0 };
            let result = self.complex_pow(as_complex(x), as_complex(y), Value::Float(y))?;
            return Ok(self.new_complex(result));
        }
        let result = x.powf(y);
        if result.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.error(
                TypeId::OverflowError,
                "(34, 'Numerical result out of range')",
            ));
        }
        Ok(Value::Float(result))
    }
}

/// The common case without allocation; `None` on overflow or where big-int rules or
/// errors apply.
fn small_int_op(op: Operator, x: i64, y: i64) -> Option<Value> {
    let result = match op {
        Operator::Add => x.checked_add(y)?,
        Operator::Sub => x.checked_sub(y)?,
        Operator::Mult => x.checked_mul(y)?,
        Operator::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => Integer::div_floor(&x, &y),
        Operator::Mod if y != 0 && !(x == i64::MIN && y == -1) => Integer::mod_floor(&x, &y),
        Operator::BitAnd => x & y,
        Operator::BitOr => x | y,
        Operator::BitXor => x ^ y,
        Operator::LShift if (0..63).contains(&y) => {
            let shifted = x.checked_shl(y as u32)?;
            if shifted >> y != x {
                return None;
            }
            shifted
        }
        Operator::RShift if y >= 0 => x >> y.min(63),
        Operator::Pow if (0..64).contains(&y) => x.checked_pow(y as u32)?,
        _ => return None,
    };
    Some(Value::Int(result))
}

fn small_power(x: &BigInt, y: &BigInt) -> BigInt {
    if x.is_zero() {
        return BigInt::zero();
    }
    if x.is_negative() && y.is_odd() {
        return BigInt::from(-1);
    }
    BigInt::from(1)
}

/// Python's float `//`: the floor of the exact quotient, computed through `divmod`.
fn float_floor_div(x: f64, y: f64) -> f64 {
    let (div, _) = float_divmod(x, y);
    div
}

fn float_mod(x: f64, y: f64) -> f64 {
    float_divmod(x, y).1
}

/// CPython's `float_divmod`: the remainder takes the sign of the divisor.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut modulo = x % y;
    let mut div = (x - modulo) / y;
    if modulo != 0.0 {
        if (y < 0.0) != (modulo < 0.0) {
            modulo += y;
            div -= 1.0;
        }
    } else {
        modulo = 0.0f64.copysign(y);
    }
    let floor_div = if div != 0.0 {
        let mut floored = div.floor();
        if div - floored > 0.5 {
            floored += 1.0;
        }
        floored
    } else {
        0.0f64.copysign(x / y)
    };
    (floor_div, modulo)
}

/// `x / y` for ints, correctly rounded as CPython's long_true_divide is (converting both
/// to floats first would round twice): a quotient of 55 or 56 bits with a sticky bit for
/// any remainder is rounded once, to nearest even, at the precision the result has as a
/// float (53 bits, or fewer when it is subnormal). `None` when the result is too large
/// for a float.
fn int_true_divide(x: &BigInt, y: &BigInt) -> Option<f64> {
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    let shift = a.bits() as i64 - b.bits() as i64 - 55;
    let (quotient, remainder) = if shift >= 0 {
        a.div_rem(&(b << shift as u64))
    } else {
        (a << (-shift) as u64).div_rem(&b)
    };
    let quotient = quotient.to_u64()?;
    let (mantissa, exponent) = round_quotient(quotient, !remainder.is_zero(), shift);
    let result = scale_by_power_of_two(mantissa as f64, exponent);
    if result.is_infinite() {
        return None;
    }
    Some(if negative { -result } else { result })
}

/// Rounds `(quotient + a fraction) * 2**shift`, where `inexact` says whether the fraction
/// is nonzero, half to even onto the float grid: 53 significant bits, and no bit below
/// 2**-1074 (the smallest subnormal). Returns a mantissa of at most 53 bits and its
/// power of two, so that the float is their exact product.
fn round_quotient(quotient: u64, inexact: bool, shift: i64) -> (u64, i64) {
    const MANTISSA_BITS: i64 = 53;
    const SMALLEST_EXPONENT: i64 = -1074;
    let bits = 64 - i64::from(quotient.leading_zeros());
    let lowest_kept = (bits + shift - MANTISSA_BITS).max(SMALLEST_EXPONENT);
    let dropped = lowest_kept - shift;
    if dropped <= 0 {
        return (quotient, shift);
    }
    if dropped > 64 {
        // Less than half the smallest step: rounds to zero.
        return (0, lowest_kept);
    }
    let kept = if dropped == 64 { 0 } else { quotient >> dropped };
    let half = 1u64 << (dropped - 1);
    let rest = quotient & ((half << 1).wrapping_sub(1));
    let rounds_up = rest > half || (rest == half && (inexact || kept & 1 == 1));
    (kept + u64::from(rounds_up), lowest_kept)
}

/// `value * 2**exponent`, exact whenever the result is a float: in two halves, so that
/// neither factor overflows or underflows on its own.
fn scale_by_power_of_two(value: f64, exponent: i64) -> f64 {
    let exponent = exponent.clamp(-2200, 2200) as i32;
    value * 2f64.powi(exponent / 2) * 2f64.powi(exponent - exponent / 2)
}
