//! The integer side of `math`: `factorial`, `gcd`, `lcm`, `isqrt`, `comb`, `perm`,
//! `prod`, and the exact summation behind `fsum`.

use super::args::{one_argument, reject_keywords, NativeResult};
use super::math_module::whole_arg;
use crate::runtime::exception::{BudgetExceeded, Exception};
use crate::runtime::native::KwArgs;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::Operator;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Refuses a product of `count` factors of up to `largest_bits` bits each when it
/// would pass the int-size budget, before spending the time to compute it.
fn within_budget(vm: &mut Vm, count: u64, largest_bits: u64) -> Result<(), Exception> {
    if count.saturating_mul(largest_bits) / 2 > vm.budgets.max_int_bits {
        return Err(Exception::Budget(BudgetExceeded::IntBits(
            vm.budgets.max_int_bits,
        )));
    }
    Ok(())
}

fn product(from: &BigInt, to: &BigInt) -> BigInt {
    let mut result = BigInt::one();
    let mut factor = from.clone();
    while &factor <= to {
        result *= &factor;
        factor += 1;
    }
    result
}

pub fn math_factorial(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "math.factorial", args, kwargs)?;
    let n = whole_arg(vm, value)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    if n > BigInt::from(i64::MAX) {
        return Err(vm.overflow("factorial() argument should not exceed 9223372036854775807"));
    }
    within_budget(vm, n.to_u64().unwrap_or(u64::MAX), n.bits())?;
    let result = product(&BigInt::one(), &n);
    vm.new_int_big(result)
}

fn fold_ints(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    combine: fn(BigInt, &BigInt) -> BigInt,
    empty: i64,
) -> NativeResult {
    reject_keywords(vm, &format!("math.{name}"), kwargs)?;
    let mut result = BigInt::from(empty);
    for (position, &arg) in args.iter().enumerate() {
        let n = whole_arg(vm, arg)?;
        result = if position == 0 {
            n.abs()
        } else {
            combine(result, &n)
        };
    }
    vm.new_int_big(result)
}

pub fn math_gcd(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    fold_ints(vm, args, kwargs, "gcd", |a, b| a.gcd(b), 0)
}

pub fn math_lcm(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    fold_ints(vm, args, kwargs, "lcm", |a, b| a.lcm(b), 1)
}

pub fn math_isqrt(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "math.isqrt", args, kwargs)?;
    let n = whole_arg(vm, value)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    vm.new_int_big(n.sqrt())
}

/// The `n` and `k` of `comb` and `perm`, both non-negative.
fn n_and_k(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    k_required: bool,
) -> Result<(BigInt, Option<BigInt>), Exception> {
    reject_keywords(vm, &format!("math.{name}"), kwargs)?;
    super::args::clinic_count(vm, name, args, if k_required { 2 } else { 1 }, 2)?;
    let n = whole_arg(vm, args[0])?;
    // Only perm takes None for k (meaning n).
    let k = match args.get(1).copied().filter(|k| k_required || !k.is_none()) {
        Some(k) => Some(whole_arg(vm, k)?),
        None => None,
    };
    if n.is_negative() {
        // perm(n) with no k is factorial(n), and says so.
        let message = if k.is_none() && !k_required {
            "factorial() not defined for negative values"
        } else {
            "n must be a non-negative integer"
        };
        return Err(vm.value_error(message));
    }
    if k.as_ref().is_some_and(Signed::is_negative) {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

pub fn math_perm(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (n, k) = n_and_k(vm, args, kwargs, "perm", false)?;
    if k.is_none() && n > BigInt::from(i64::MAX) {
        return Err(vm.overflow("factorial() argument should not exceed 9223372036854775807"));
    }
    let k = k.unwrap_or_else(|| n.clone());
    if k > n {
        return Ok(Value::Int(0));
    }
    within_budget(vm, k.to_u64().unwrap_or(u64::MAX), n.bits())?;
    let result = product(&(&n - &k + 1), &n);
    vm.new_int_big(result)
}

pub fn math_comb(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (n, k) = n_and_k(vm, args, kwargs, "comb", true)?;
    let k = k.unwrap_or_default();
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    within_budget(vm, k.to_u64().unwrap_or(u64::MAX), n.bits())?;
    let mut result = BigInt::one();
    let mut step = BigInt::zero();
    while step < k {
        result = result * (&n - &step) / (&step + 1);
        step += 1;
    }
    vm.new_int_big(result)
}

/// `prod(iterable, *, start=1)`: left to right with `*`.
pub fn math_prod(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let [iterable] = args else {
        let message = match args.len() {
            given @ 0..=2 => format!("prod() takes exactly 1 positional argument ({given} given)"),
            given => format!("prod() takes at most 2 arguments ({given} given)"),
        };
        return Err(vm.type_error(message));
    };
    if let Some(unknown) = kwargs.first_unexpected(&["start"]) {
        return Err(vm.type_error(format!(
            "prod() got an unexpected keyword argument '{unknown}'"
        )));
    }
    let mut total = kwargs.get("start").unwrap_or(Value::Int(1));
    for item in vm.collect_iterable(*iterable)? {
        total = vm.binary_op(Operator::Mult, total, item, false)?;
    }
    Ok(total)
}

/// The correctly rounded sum of `values` (Shewchuk's algorithm, as in `math_fsum`).
pub fn exact_sum(values: &[f64]) -> Result<f64, String> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0_f64, 0.0_f64);
    for &value in values {
        if !value.is_finite() {
            if value.is_infinite() {
                inf_sum += value;
            }
            special_sum += value;
            continue;
        }
        let mut x = value;
        let mut kept = 0;
        for index in 0..partials.len() {
            let mut y = partials.get(index).copied().unwrap_or(0.0);
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let high = x + y;
            let low = y - (high - x);
            if low != 0.0 {
                if let Some(slot) = partials.get_mut(kept) {
                    *slot = low;
                }
                kept += 1;
            }
            x = high;
        }
        if !x.is_finite() {
            return Err("intermediate overflow in fsum".to_string());
        }
        partials.truncate(kept);
        partials.push(x);
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err("-inf + inf in fsum".to_string());
        }
        return Ok(special_sum);
    }
    Ok(round_partials(&partials))
}

/// Adds the partials from the largest down, fixing the last rounding as CPython does.
fn round_partials(partials: &[f64]) -> f64 {
    let mut remaining = partials.len();
    let Some(&top) = partials.last() else {
        return 0.0;
    };
    let mut high = top;
    let mut low = 0.0;
    remaining -= 1;
    while remaining > 0 {
        let x = high;
        let y = partials.get(remaining - 1).copied().unwrap_or(0.0);
        remaining -= 1;
        high = x + y;
        let y_rounded = high - x;
        low = y - y_rounded;
        if low != 0.0 {
            break;
        }
    }
    let next = if remaining > 0 {
        partials.get(remaining - 1).copied().unwrap_or(0.0)
    } else {
        0.0
    };
    if remaining > 0 && ((low < 0.0 && next < 0.0) || (low > 0.0 && next > 0.0)) {
        let y = low * 2.0;
        let x = high + y;
        if y == x - high {
            high = x;
        }
    }
    high
}

/// A finite double as `mantissa * 2**exponent` with an integer mantissa.
fn decompose(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if exponent == 0 {
        (BigInt::from(fraction), -1074)
    } else {
        (BigInt::from(fraction | (1 << 52)), exponent - 1075)
    }
}

/// `n * 2**exponent` rounded once to the nearest double; `n`'s lowest bit is a sticky
/// bit standing for anything non-zero below it.
fn round_scaled(n: &BigInt, exponent: i64) -> f64 {
    let shift = n.bits().saturating_sub(64);
    let top = (n >> shift).to_u64().unwrap_or(u64::MAX);
    let dropped = n - (BigInt::from(top) << shift);
    let top = if dropped.is_zero() { top } else { top | 1 };
    // Scale in steps that stay within the exponent range, so subnormals survive.
    let mut value = top as f64;
    let mut remaining = exponent + shift as i64;
    while remaining != 0 && value != 0.0 && value.is_finite() {
        let step = remaining.clamp(-1000, 1000);
        value *= 2f64.powi(step as i32);
        remaining -= step;
    }
    value
}

/// The square root of the exact sum of squares of non-negative finite doubles,
/// correctly rounded.
pub fn exact_norm(coordinates: &[f64]) -> f64 {
    let parts: Vec<(BigInt, i64)> = coordinates
        .iter()
        .filter(|&&x| x != 0.0)
        .map(|&x| decompose(x))
        .collect();
    let Some(lowest) = parts.iter().map(|&(_, exponent)| exponent).min() else {
        return 0.0;
    };
    let sum: BigInt = parts
        .iter()
        .map(|(mantissa, exponent)| (mantissa * mantissa) << (2 * (exponent - lowest)) as usize)
        .sum();
    // Scale so the root has at least 66 bits, then keep a sticky bit for the rest.
    let extra = (140u64.saturating_sub(sum.bits()) / 2 + 1) as usize;
    let scaled = sum << (2 * extra);
    let root = scaled.sqrt();
    let exact = &root * &root == scaled;
    let with_sticky = (root << 1usize) + if exact { 0 } else { 1 };
    round_scaled(&with_sticky, lowest - extra as i64 - 1)
}
