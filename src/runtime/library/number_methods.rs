//! Methods of int, float and range beyond the arithmetic operators:
//! `as_integer_ratio`, `bit_count`, `range.index`, `range.count`.

use super::args::{int_of, no_arguments, one_argument, receiver, NativeResult};
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::Float, "as_integer_ratio", float_as_integer_ratio);
    registry.method(TypeId::Int, "as_integer_ratio", int_as_integer_ratio);
    registry.method(TypeId::Int, "bit_count", int_bit_count);
    registry.method(TypeId::Complex, "conjugate", complex_conjugate);
    registry.method(TypeId::Range, "index", range_index);
    registry.method(TypeId::Range, "count", range_count);
}

/// The exact fraction a double is: mantissa over a power of two, in lowest terms.
fn exact_ratio(x: f64) -> (BigInt, BigInt) {
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = (bits & ((1 << 52) - 1)) as i64;
    let (mantissa, power) = if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent - 1075)
    };
    let mantissa = BigInt::from(if x.is_sign_negative() {
        -mantissa
    } else {
        mantissa
    });
    let (numerator, denominator) = if power >= 0 {
        (mantissa << power as usize, BigInt::from(1))
    } else {
        (mantissa, BigInt::from(1) << (-power) as usize)
    };
    let divisor = numerator.gcd(&denominator);
    if divisor == BigInt::from(0) {
        return (numerator, denominator);
    }
    (numerator / &divisor, denominator / divisor)
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Float, "as_integer_ratio")?;
    no_arguments(vm, "float.as_integer_ratio", rest, kwargs)?;
    let Value::Float(x) = this else {
        return Ok(Value::None);
    };
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.overflow("cannot convert Infinity to integer ratio"));
    }
    let (numerator, denominator) = exact_ratio(x);
    let pair = vec![vm.new_int_big(numerator)?, vm.new_int_big(denominator)?];
    Ok(vm.new_tuple(pair))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Int, "as_integer_ratio")?;
    no_arguments(vm, "int.as_integer_ratio", rest, kwargs)?;
    let numerator = vm.new_int_big(int_of(vm, this).unwrap_or_default())?;
    Ok(vm.new_tuple(vec![numerator, Value::Int(1)]))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Int, "bit_count")?;
    no_arguments(vm, "int.bit_count", rest, kwargs)?;
    let ones = int_of(vm, this).map_or(0, |n| n.magnitude().count_ones());
    Ok(Value::Int(ones as i64))
}

/// The position of an int in a range, computed rather than searched.
fn range_position(vm: &Vm, range: Value, needle: Value) -> Option<BigInt> {
    let range = match range.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::BigRange(range)) => return range.position(&vm.int_value(needle)?),
        Some(Object::Range(range)) => *range,
        _ => return None,
    };
    let value = vm.small_int(needle)?;
    let offset = (value as i128) - (range.start as i128);
    let step = range.step as i128;
    if offset % step != 0 {
        return None;
    }
    let position = offset / step;
    (0..range.len() as i128)
        .contains(&position)
        .then_some(BigInt::from(position))
}

fn range_index(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Range, "index")?;
    let needle = one_argument(vm, "range.index", rest, kwargs)?;
    match range_position(vm, this, needle) {
        Some(position) => vm.new_int_big(position),
        None => {
            let shown = vm.repr(needle)?;
            Err(vm.value_error(format!("{shown} is not in range")))
        }
    }
}

fn range_count(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Range, "count")?;
    let needle = one_argument(vm, "range.count", rest, kwargs)?;
    Ok(Value::Int(i64::from(
        range_position(vm, this, needle).is_some(),
    )))
}

/// `z.conjugate()`: the imaginary part negated.
fn complex_conjugate(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Complex, "conjugate")?;
    no_arguments(vm, "complex.conjugate", rest, kwargs)?;
    match this.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Complex(c)) => {
            let conjugate = crate::runtime::ops::Complex {
                real: c.real,
                imag: -c.imag,
            };
            Ok(vm.new_complex(conjugate))
        }
        _ => Ok(this),
    }
}
