//! The `math` module: constants and the float functions, with CPython's "math domain
//! error" (ValueError) and "math range error" (OverflowError).

use super::args::{
    clinic_count, index_arg, int_of, one_argument, real_arg, reject_keywords, NativeResult,
};
use super::math_integers;
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::{KwArgs, NativeFn};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_traits::ToPrimitive;

/// Fills the module's dict on first import.
pub fn init_math(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    for (name, value) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        vm.dict_set_str(dict, name, Value::Float(value));
    }
    let functions: [(&'static str, NativeFn); 31] = [
        ("sqrt", math_sqrt),
        ("exp", math_exp),
        ("sin", math_sin),
        ("cos", math_cos),
        ("tan", math_tan),
        ("fabs", math_fabs),
        ("degrees", math_degrees),
        ("radians", math_radians),
        ("isinf", math_isinf),
        ("isnan", math_isnan),
        ("floor", math_floor),
        ("ceil", math_ceil),
        ("trunc", math_trunc),
        ("log", math_log),
        ("log2", math_log2),
        ("log10", math_log10),
        ("pow", math_pow),
        ("atan2", math_atan2),
        ("copysign", math_copysign),
        ("hypot", math_hypot),
        ("isclose", math_isclose),
        ("fsum", math_fsum),
        ("prod", math_integers::math_prod),
        ("factorial", math_integers::math_factorial),
        ("gcd", math_integers::math_gcd),
        ("lcm", math_integers::math_lcm),
        ("isqrt", math_integers::math_isqrt),
        ("comb", math_integers::math_comb),
        ("perm", math_integers::math_perm),
        ("isfinite", math_isfinite),
        ("atan", math_atan),
    ];
    for (name, function) in functions
        .into_iter()
        .chain(super::math_float_functions::FUNCTIONS)
    {
        vm.add_module_function(dict, "math", name, function);
    }
    Ok(())
}

pub fn domain_error(vm: &mut Vm) -> Exception {
    vm.value_error("math domain error")
}

pub fn range_error(vm: &mut Vm) -> Exception {
    vm.overflow("math range error")
}

/// A one-argument float function: NaN out of a non-NaN input is a domain error, as
/// CPython's `math_1` decides.
pub fn unary(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    function: fn(f64) -> f64,
) -> NativeResult {
    let can_overflow = matches!(name, "exp" | "expm1" | "sinh" | "cosh");
    let value = one_argument(vm, &format!("math.{name}"), args, kwargs)?;
    let x = real_arg(vm, value)?;
    let result = function(x);
    if result.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    // CPython's `math_1`: an infinity from a finite input is an overflow only for
    // the functions that can overflow; for the rest it is a pole (domain error).
    if result.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::Float(result))
}

fn math_sqrt(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    unary(vm, args, kwargs, "sqrt", f64::sqrt)
}

fn math_exp(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    unary(vm, args, kwargs, "exp", f64::exp)
}

fn math_sin(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    unary(vm, args, kwargs, "sin", f64::sin)
}

fn math_cos(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    unary(vm, args, kwargs, "cos", f64::cos)
}

fn math_tan(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    unary(vm, args, kwargs, "tan", f64::tan)
}

fn math_atan(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    unary(vm, args, kwargs, "atan", f64::atan)
}

fn math_fabs(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    unary(vm, args, kwargs, "fabs", f64::abs)
}

fn math_degrees(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "math.degrees", args, kwargs)?;
    Ok(Value::Float(
        real_arg(vm, value)? * (180.0 / std::f64::consts::PI),
    ))
}

fn math_radians(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "math.radians", args, kwargs)?;
    Ok(Value::Float(
        real_arg(vm, value)? * (std::f64::consts::PI / 180.0),
    ))
}

fn float_test(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    test: fn(f64) -> bool,
) -> NativeResult {
    let value = one_argument(vm, &format!("math.{name}"), args, kwargs)?;
    let x = real_arg(vm, value)?;
    Ok(Value::Bool(test(x)))
}

fn math_isinf(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    float_test(vm, args, kwargs, "isinf", f64::is_infinite)
}

fn math_isnan(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    float_test(vm, args, kwargs, "isnan", f64::is_nan)
}

fn math_isfinite(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    float_test(vm, args, kwargs, "isfinite", f64::is_finite)
}

/// `floor`, `ceil`, `trunc`: ints come back unchanged, floats become ints.
fn to_integral(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    round: fn(f64) -> f64,
) -> NativeResult {
    let value = one_argument(vm, &format!("math.{name}"), args, kwargs)?;
    if let Some(n) = int_of(vm, value) {
        return vm.new_int_big(n);
    }
    if name == "trunc" && vm.number(value).is_none() {
        let message = format!(
            "type {} doesn't define __trunc__ method",
            vm.class_name(value)
        );
        return Err(vm.type_error(message));
    }
    let x = real_arg(vm, value)?;
    match crate::pytext::float_to_int(round(x)) {
        Ok(n) => vm.new_int_big(n),
        Err(message) if x.is_nan() => Err(vm.value_error(message)),
        Err(message) => Err(vm.overflow(&message)),
    }
}

fn math_floor(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    to_integral(vm, args, kwargs, "floor", f64::floor)
}

fn math_ceil(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    to_integral(vm, args, kwargs, "ceil", f64::ceil)
}

fn math_trunc(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    to_integral(vm, args, kwargs, "trunc", f64::trunc)
}

/// The natural log of an int or float; ints too large for a double still have one.
fn natural_log(vm: &mut Vm, value: Value) -> Result<f64, Exception> {
    if let Some(n) = int_of(vm, value) {
        if n.sign() != num_bigint::Sign::Plus {
            return Err(domain_error(vm));
        }
        if let Some(x) = n.to_f64().filter(|x| x.is_finite()) {
            return Ok(x.ln());
        }
        // CPython's `_PyLong_Frexp`: n = m * 2**e with m in [0.5, 1).
        let exponent = n.bits();
        let top = (n >> (exponent - 64)).to_u64().unwrap_or(u64::MAX);
        let mantissa = top as f64 / 2f64.powi(64);
        return Ok(mantissa.ln() + std::f64::consts::LN_2 * exponent as f64);
    }
    let x = real_arg(vm, value)?;
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(x.ln())
}

/// `log(x[, base])`.
fn math_log(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "math.log", kwargs)?;
    if !(1..=2).contains(&args.len()) {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let numerator = natural_log(vm, args[0])?;
    let Some(&base) = args.get(1) else {
        return Ok(Value::Float(numerator));
    };
    let denominator = natural_log(vm, base)?;
    if denominator == 0.0 {
        return Err(vm.error(TypeId::ZeroDivisionError, "float division by zero"));
    }
    Ok(Value::Float(numerator / denominator))
}

fn log_in_base(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    base: f64,
) -> NativeResult {
    let value = one_argument(vm, &format!("math.{name}"), args, kwargs)?;
    let natural = natural_log(vm, value)?;
    // Exact for powers of the base, as the C library's log2/log10 are.
    let exact = real_arg(vm, value).ok().filter(|x| x.is_finite()).map(|x| {
        if base == 2.0 {
            x.log2()
        } else {
            x.log10()
        }
    });
    Ok(Value::Float(exact.unwrap_or(natural / base.ln())))
}

fn math_log2(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    log_in_base(vm, args, kwargs, "log2", 2.0)
}

fn math_log10(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    log_in_base(vm, args, kwargs, "log10", 10.0)
}

pub fn two_reals(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
) -> Result<(f64, f64), Exception> {
    reject_keywords(vm, &format!("math.{name}"), kwargs)?;
    clinic_count(vm, name, args, 2, 2)?;
    Ok((real_arg(vm, args[0])?, real_arg(vm, args[1])?))
}

/// `math.pow(x, y)`: C's pow, with domain and range errors instead of NaN and overflow.
fn math_pow(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (x, y) = two_reals(vm, args, kwargs, "pow")?;
    let result = x.powf(y);
    if x == 0.0 && y < 0.0 && y.is_finite() || result.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if result.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(result))
}

fn math_atan2(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (y, x) = two_reals(vm, args, kwargs, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn math_copysign(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (x, y) = two_reals(vm, args, kwargs, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

/// `hypot(*coordinates)`: the Euclidean norm, correctly rounded from the exact sum of
/// squares, as CPython 3.11's `vector_norm` gets it.
fn math_hypot(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "math.hypot", kwargs)?;
    let mut coordinates = Vec::with_capacity(args.len());
    for &arg in args {
        coordinates.push(real_arg(vm, arg)?.abs());
    }
    if coordinates.iter().any(|x| x.is_infinite()) {
        return Ok(Value::Float(f64::INFINITY));
    }
    if coordinates.iter().any(|x| x.is_nan()) {
        return Ok(Value::Float(f64::NAN));
    }
    Ok(Value::Float(math_integers::exact_norm(&coordinates)))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn math_isclose(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    if args.len() > 2 {
        let message = format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        );
        return Err(vm.type_error(message));
    }
    let bound = super::args::bind(
        vm,
        "isclose",
        args,
        kwargs,
        &["a", "b", "rel_tol", "abs_tol"],
        2,
    )?;
    let mut reals = [0.0, 0.0, 1e-9, 0.0];
    for (slot, value) in reals.iter_mut().zip(bound) {
        if let Some(value) = value {
            *slot = real_arg(vm, value)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = reals;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let difference = (b - a).abs();
    let close = difference <= (rel_tol * b).abs()
        || difference <= (rel_tol * a).abs()
        || difference <= abs_tol;
    Ok(Value::Bool(close))
}

/// `fsum(iterable)`: the correctly rounded sum, by Shewchuk's exact partials as
/// CPython's `math_fsum` computes it.
fn math_fsum(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let iterable = one_argument(vm, "math.fsum", args, kwargs)?;
    let mut values = Vec::new();
    for item in vm.collect_iterable(iterable)? {
        values.push(real_arg(vm, item)?);
    }
    match math_integers::exact_sum(&values) {
        Ok(sum) => Ok(Value::Float(sum)),
        Err(message) if message.starts_with("intermediate") => Err(vm.overflow(&message)),
        Err(message) => Err(vm.value_error(message)),
    }
}

/// An integer argument of `comb`, `perm`, `factorial`: ints only.
pub fn whole_arg(vm: &mut Vm, value: Value) -> Result<num_bigint::BigInt, Exception> {
    match int_of(vm, value) {
        Some(n) => Ok(n),
        None => index_arg(vm, value).map(num_bigint::BigInt::from),
    }
}
