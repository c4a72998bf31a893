//! More of `math`'s float functions: inverse trigonometry, hyperbolic functions,
//! `expm1`, `log1p`, and the ones that take floats apart or put them together
//! (`fmod`, `remainder`, `modf`, `frexp`, `ldexp`, `dist`).

use super::args::{int_of, one_argument, real_arg, reject_keywords, NativeResult};
use super::math_module::{domain_error, range_error, two_reals, unary};
use crate::runtime::native::{KwArgs, NativeFn};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_traits::ToPrimitive;

pub const FUNCTIONS: [(&str, NativeFn); 17] = [
    ("asin", math_asin),
    ("acos", math_acos),
    ("sinh", math_sinh),
    ("cosh", math_cosh),
    ("tanh", math_tanh),
    ("asinh", math_asinh),
    ("acosh", math_acosh),
    ("atanh", math_atanh),
    ("expm1", math_expm1),
    ("log1p", math_log1p),
    ("fmod", math_fmod),
    ("remainder", math_remainder),
    ("modf", math_modf),
    ("frexp", math_frexp),
    ("ldexp", math_ldexp),
    ("dist", math_dist),
    ("cbrt", math_cbrt),
];

macro_rules! unary_functions {
    ($($function:ident => $name:literal, $rust:expr;)*) => {
        $(fn $function(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
            unary(vm, args, kwargs, $name, $rust)
        })*
    };
}

unary_functions! {
    math_asin => "asin", f64::asin;
    math_acos => "acos", f64::acos;
    math_sinh => "sinh", f64::sinh;
    math_cosh => "cosh", f64::cosh;
    math_tanh => "tanh", f64::tanh;
    math_asinh => "asinh", f64::asinh;
    math_acosh => "acosh", f64::acosh;
    math_atanh => "atanh", f64::atanh;
    math_expm1 => "expm1", f64::exp_m1;
    math_log1p => "log1p", f64::ln_1p;
    math_cbrt => "cbrt", f64::cbrt;
}

/// `fmod(x, y)`: C's remainder with the dividend's sign.
fn math_fmod(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (x, y) = two_reals(vm, args, kwargs, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let result = x % y;
    if result.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(result))
}

/// `remainder(x, y)`: IEEE 754 remainder, the quotient rounded half to even.
fn math_remainder(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (x, y) = two_reals(vm, args, kwargs, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let quotient = (x / y).round_ties_even();
    let result = x - quotient * y;
    // Exact for the operands a double can hold: fix the rare rounding of x - q*y.
    let result = if result.abs() > y.abs() / 2.0 {
        x % y
    } else {
        result
    };
    Ok(Value::Float(if result == 0.0 {
        0.0f64.copysign(x)
    } else {
        result
    }))
}

/// `modf(x)`: the fractional and integer parts, both with x's sign.
fn math_modf(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "math.modf", args, kwargs)?;
    let x = real_arg(vm, value)?;
    let (fraction, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    Ok(vm.new_tuple(vec![Value::Float(fraction), Value::Float(whole)]))
}

/// `frexp(x)`: mantissa in [0.5, 1) and exponent, with `x == m * 2**e`.
fn math_frexp(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "math.frexp", args, kwargs)?;
    let x = real_arg(vm, value)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let (mut mantissa, mut exponent) = (x, 0i64);
    while mantissa.abs() >= 1.0 {
        mantissa /= 2.0;
        exponent += 1;
    }
    while mantissa.abs() < 0.5 {
        mantissa *= 2.0;
        exponent -= 1;
    }
    Ok(vm.new_tuple(vec![Value::Float(mantissa), Value::Int(exponent)]))
}

/// `ldexp(x, i)`: `x * 2**i`, a range error when that overflows.
fn math_ldexp(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "math.ldexp", kwargs)?;
    super::args::clinic_count(vm, "ldexp", args, 2, 2)?;
    let x = real_arg(vm, args[0])?;
    let Some(exponent) = int_of(vm, args[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let exponent = exponent
        .to_i64()
        .unwrap_or(if exponent.sign() == num_bigint::Sign::Minus {
            -100_000
        } else {
            100_000
        });
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let mut result = x;
    let mut remaining = exponent.clamp(-100_000, 100_000);
    while remaining != 0 && result != 0.0 && result.is_finite() {
        let step = remaining.clamp(-1000, 1000);
        result *= 2f64.powi(step as i32);
        remaining -= step;
    }
    if result.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(result))
}

/// `dist(p, q)`: the Euclidean distance between two points of the same dimension.
fn math_dist(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "math.dist", kwargs)?;
    super::args::clinic_count(vm, "dist", args, 2, 2)?;
    let p = vm.collect_iterable(args[0])?;
    let q = vm.collect_iterable(args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut differences = Vec::with_capacity(p.len());
    for (&a, &b) in p.iter().zip(&q) {
        differences.push((real_arg(vm, a)? - real_arg(vm, b)?).abs());
    }
    if differences.iter().any(|d| d.is_infinite()) {
        return Ok(Value::Float(f64::INFINITY));
    }
    if differences.iter().any(|d| d.is_nan()) {
        return Ok(Value::Float(f64::NAN));
    }
    Ok(Value::Float(super::math_integers::exact_norm(&differences)))
}
