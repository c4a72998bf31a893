//! Built-in functions on numbers: `abs`, `round`, `divmod`, `pow`, `hex`, `oct`, `bin`,
//! `chr`, `ord`, and the methods `int.bit_length` and `float.is_integer`.

use super::args::{bind, index_arg, int_of, no_arguments, one_argument, receiver, NativeResult};
use crate::pytext;
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::object::Object;
use crate::runtime::ops::float_divmod;
use crate::runtime::ops::numbers::Number;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::Operator;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn register(registry: &mut Registry) {
    registry.builtin("abs", builtin_abs);
    registry.builtin("round", builtin_round);
    registry.builtin("divmod", builtin_divmod);
    registry.builtin("pow", builtin_pow);
    registry.builtin("hex", builtin_hex);
    registry.builtin("oct", builtin_oct);
    registry.builtin("bin", builtin_bin);
    registry.builtin("chr", builtin_chr);
    registry.builtin("ord", builtin_ord);
    registry.method(TypeId::Int, "bit_length", int_bit_length);
    registry.method(TypeId::Float, "is_integer", float_is_integer);
}

/// Turns a pytext error into the exception CPython raises for it.
pub fn text_error(vm: &mut Vm, message: String) -> Exception {
    let overflow = message.starts_with("rounded value") || message.contains("infinity");
    if pytext::is_overflow_message(&message) || overflow {
        vm.overflow(&message)
    } else {
        vm.value_error(message)
    }
}

fn builtin_abs(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "abs", args, kwargs)?;
    if let Some(method) = vm.user_method(value, "__abs__") {
        return vm.call(method, vec![value], KwArgs::default());
    }
    if let Some(Object::Complex(c)) = value.as_obj().map(|r| vm.heap.get(r)) {
        let magnitude = c.real.hypot(c.imag);
        if magnitude.is_infinite() && c.real.is_finite() && c.imag.is_finite() {
            return Err(vm.error(TypeId::OverflowError, "absolute value too large"));
        }
        return Ok(Value::Float(magnitude));
    }
    match vm.number(value) {
        Some(Number::Float(x)) => Ok(Value::Float(x.abs())),
        Some(number) => {
            let magnitude = number.to_bigint().unwrap_or_default().abs();
            vm.new_int_big(magnitude)
        }
        None => {
            let message = format!("bad operand type for abs(): '{}'", vm.class_name(value));
            Err(vm.type_error(message))
        }
    }
}

/// An `ndigits` argument, clipped to the machine range as `PyNumber_AsSsize_t` does.
fn ndigits_arg(vm: &mut Vm, value: Option<Value>) -> Result<Option<i64>, Exception> {
    let Some(value) = value.filter(|value| !value.is_none()) else {
        return Ok(None);
    };
    match int_of(vm, value) {
        Some(n) => Ok(Some(n.to_i64().unwrap_or(if n.is_negative() {
            i64::MIN
        } else {
            i64::MAX
        }))),
        None => index_arg(vm, value).map(Some),
    }
}

/// `round(number, ndigits=None)`: floats round their exact value half to even.
fn builtin_round(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let bound = bind(vm, "round", args, kwargs, &["number", "ndigits"], 1)?;
    let number = bound.first().copied().flatten().unwrap_or(Value::None);
    if let Some(method) = vm.user_method(number, "__round__") {
        let mut call_args = vec![number];
        call_args.extend(bound.get(1).copied().flatten());
        return vm.call(method, call_args, KwArgs::default());
    }
    if vm.number(number).is_none() {
        let message = format!(
            "type {} doesn't define __round__ method",
            vm.class_name(number)
        );
        return Err(vm.type_error(message));
    }
    let ndigits = ndigits_arg(vm, bound.get(1).copied().flatten())?;
    match (vm.number(number), ndigits) {
        (Some(Number::Float(x)), None) => pytext::round_float_to_int(x)
            .map_err(|message| text_error(vm, message))
            .and_then(|n| vm.new_int_big(n)),
        (Some(Number::Float(x)), Some(ndigits)) => pytext::round_float(x, ndigits)
            .map(Value::Float)
            .map_err(|message| text_error(vm, message)),
        (Some(number), ndigits) => {
            let n = number.to_bigint().unwrap_or_default();
            vm.new_int_big(round_int(n, ndigits.unwrap_or(0)))
        }
        (None, _) => {
            let message = format!(
                "type {} doesn't define __round__ method",
                vm.class_name(number)
            );
            Err(vm.type_error(message))
        }
    }
}

/// `round(int, ndigits)`: to a multiple of `10**-ndigits`, ties to even.
fn round_int(n: BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n;
    }
    let places = ndigits.unsigned_abs();
    if places > n.to_string().len() as u64 + 1 {
        return BigInt::zero();
    }
    let unit = BigInt::from(10).pow(places as u32);
    let (quotient, remainder) = n.div_mod_floor(&unit);
    let twice = &remainder * 2;
    let up = twice > unit || (twice == unit && quotient.is_odd());
    (quotient + if up { 1 } else { 0 }) * unit
}

fn builtin_divmod(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    super::args::reject_keywords(vm, "divmod", kwargs)?;
    let [a, b] = args[..] else {
        let message = format!("divmod expected 2 arguments, got {}", args.len());
        return Err(vm.type_error(message));
    };
    for (method, receiver, other) in [("__divmod__", a, b), ("__rdivmod__", b, a)] {
        if let Some(method) = vm.user_method(receiver, method) {
            let result = vm.call(method, vec![receiver, other], KwArgs::default())?;
            if !is_not_implemented(vm, result) {
                return Ok(result);
            }
        }
    }
    match (vm.number(a), vm.number(b)) {
        (Some(x), Some(y)) => number_divmod(vm, x, y),
        _ => {
            let message = format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.class_name(a),
                vm.class_name(b)
            );
            Err(vm.type_error(message))
        }
    }
}

/// `divmod` of two built-in numbers: floor division and a remainder with the
/// divisor's sign, in ints when both are ints.
fn number_divmod(vm: &mut Vm, x: Number, y: Number) -> NativeResult {
    let (quotient, remainder) = if !x.is_float() && !y.is_float() {
        let (x, y) = (
            x.to_bigint().unwrap_or_default(),
            y.to_bigint().unwrap_or_default(),
        );
        if y.is_zero() {
            return Err(vm.error(
                TypeId::ZeroDivisionError,
                "integer division or modulo by zero",
            ));
        }
        let (q, r) = x.div_mod_floor(&y);
        (vm.new_int_big(q)?, vm.new_int_big(r)?)
    } else {
        let x = x.to_f64().map_err(|message| vm.overflow(message))?;
        let y = y.to_f64().map_err(|message| vm.overflow(message))?;
        if y == 0.0 {
            return Err(vm.error(TypeId::ZeroDivisionError, "float divmod()"));
        }
        let (q, r) = float_divmod(x, y);
        (Value::Float(q), Value::Float(r))
    };
    Ok(vm.new_tuple(vec![quotient, remainder]))
}

/// Whether a special method answered `NotImplemented`.
fn is_not_implemented(vm: &Vm, value: Value) -> bool {
    vm.type_of(value) == TypeId::NotImplementedType
}

/// `pow(base, exp, mod=None)`: `base ** exp`, or modular exponentiation of ints.
fn builtin_pow(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let bound = bind(vm, "pow", args, kwargs, &["base", "exp", "mod"], 2)?;
    let base = bound.first().copied().flatten().unwrap_or(Value::None);
    let exp = bound.get(1).copied().flatten().unwrap_or(Value::None);
    match bound
        .get(2)
        .copied()
        .flatten()
        .filter(|modulus| !modulus.is_none())
    {
        None => vm.binary_op(Operator::Pow, base, exp, false),
        Some(modulus) => modular_pow(vm, base, exp, modulus),
    }
}

/// `pow` with a modulus: modular exponentiation of ints. When a float takes part,
/// float's refusal of a third argument; anything else is the ternary TypeError.
fn modular_pow(
    vm: &mut Vm,
    base_value: Value,
    exp_value: Value,
    modulus_value: Value,
) -> NativeResult {
    let ints = (
        int_of(vm, base_value),
        int_of(vm, exp_value),
        int_of(vm, modulus_value),
    );
    let (Some(base), Some(exp), Some(modulus)) = ints else {
        // float's pow refuses any third argument before it looks at the others.
        if [base_value, exp_value, modulus_value]
            .iter()
            .any(|value| matches!(value, Value::Float(_)))
        {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        let message = format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.class_name(base_value),
            vm.class_name(exp_value),
            vm.class_name(modulus_value)
        );
        return Err(vm.type_error(message));
    };
    if modulus.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let size = modulus.abs();
    let base = if exp.is_negative() {
        match inverse(&base.mod_floor(&size), &size) {
            Some(inverse) => inverse,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        base
    };
    let mut result = base.mod_floor(&size).modpow(&exp.abs(), &size);
    // The result takes the modulus's sign, like `%`.
    if modulus.is_negative() && !result.is_zero() {
        result += &modulus;
    }
    vm.new_int_big(result)
}

/// The inverse of `a` modulo `m` by the extended Euclidean algorithm.
fn inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let extended = a.extended_gcd(m);
    (extended.gcd == BigInt::from(1)).then(|| extended.x.mod_floor(m))
}

fn radix_text(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    radix: u32,
    prefix: &str,
) -> NativeResult {
    let value = one_argument(vm, name, args, kwargs)?;
    let n = super::args::index_value(vm, value)?;
    let text = pytext::int_to_radix(&n, radix, prefix);
    Ok(vm.new_str(&text))
}

fn builtin_hex(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    radix_text(vm, args, kwargs, "hex", 16, "0x")
}

fn builtin_oct(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    radix_text(vm, args, kwargs, "oct", 8, "0o")
}

fn builtin_bin(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    radix_text(vm, args, kwargs, "bin", 2, "0b")
}

fn builtin_chr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "chr", args, kwargs)?;
    let code = match int_of(vm, value) {
        Some(n) => n
            .to_i32()
            .ok_or_else(|| vm.overflow("Python int too large to convert to C int"))?,
        None => index_arg(vm, value)? as i32,
    };
    // Rust strings cannot hold a lone surrogate; it shows as U+FFFD.
    let ch = match u32::try_from(code).ok().filter(|&code| code < 0x110000) {
        Some(code) => char::from_u32(code).unwrap_or('\u{fffd}'),
        None => return Err(vm.value_error("chr() arg not in range(0x110000)")),
    };
    Ok(vm.new_str(&ch.to_string()))
}

fn builtin_ord(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "ord", args, kwargs)?;
    let Some(text) = vm.str_text(value) else {
        let message = format!(
            "ord() expected string of length 1, but {} found",
            vm.class_name(value)
        );
        return Err(vm.type_error(message));
    };
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(ch), None) => Ok(Value::Int(ch as i64)),
        _ => {
            let message = format!(
                "ord() expected a character, but string of length {} found",
                text.chars().count()
            );
            Err(vm.type_error(message))
        }
    }
}

fn int_bit_length(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Int, "bit_length")?;
    no_arguments(vm, "int.bit_length", rest, kwargs)?;
    Ok(Value::Int(int_of(vm, this).map_or(0, |n| n.bits() as i64)))
}

fn float_is_integer(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Float, "is_integer")?;
    no_arguments(vm, "float.is_integer", rest, kwargs)?;
    let whole = matches!(this, Value::Float(x) if x.is_finite() && x.fract() == 0.0);
    Ok(Value::Bool(whole))
}
