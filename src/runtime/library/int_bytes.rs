//! `int.to_bytes(length=1, byteorder='big', *, signed=False)` and the class method
//! `int.from_bytes(bytes, byteorder='big', *, signed=False)`: an int as a fixed number
//! of bytes, in two's complement when signed, with CPython 3.11's defaults and errors.

use super::args::{argument_type_name, bind, index_arg, int_of, receiver, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_bigint::{BigInt, Sign};

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::Int, "to_bytes", int_to_bytes);
    registry.class_method(TypeId::Int, "from_bytes", int_from_bytes);
}

/// Argument Clinic's parse of `(first, byteorder, *, signed)`: two positional
/// parameters at most, `signed` only by keyword.
fn parse_arguments(
    vm: &mut Vm,
    name: &str,
    first: &str,
    args: &[Value],
    kwargs: &KwArgs,
    required: usize,
) -> Result<[Option<Value>; 3], Exception> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let bound = bind(vm, name, args, kwargs, &[first, "byteorder", "signed"], required)?;
    Ok([bound[0], bound[1], bound[2]])
}

/// `byteorder`: a str, `'little'` or `'big'`; true for little-endian.
fn is_little_endian(vm: &mut Vm, name: &str, byteorder: Option<Value>) -> Result<bool, Exception> {
    let Some(byteorder) = byteorder else {
        return Ok(false);
    };
    let Some(text) = vm.str_text(byteorder) else {
        let message = format!(
            "{name}() argument 'byteorder' must be str, not {}",
            argument_type_name(vm, byteorder)
        );
        return Err(vm.type_error(message));
    };
    match &*text {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn is_signed(vm: &mut Vm, signed: Option<Value>) -> Result<bool, Exception> {
    signed.map_or(Ok(false), |value| vm.is_true(value))
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Int, "to_bytes")?;
    let [length, byteorder, signed] = parse_arguments(vm, "to_bytes", "length", rest, kwargs, 0)?;
    let length = match length {
        Some(length) => index_arg(vm, length)?,
        None => 1,
    };
    let little_endian = is_little_endian(vm, "to_bytes", byteorder)?;
    let signed = is_signed(vm, signed)?;
    let Ok(length) = usize::try_from(length) else {
        return Err(vm.value_error("length argument must be non-negative"));
    };
    let value = int_of(vm, this).unwrap_or_default();
    let mut bytes = match little_endian_bytes(&value, length, signed) {
        Ok(bytes) => bytes,
        Err(message) => return Err(vm.error(TypeId::OverflowError, message)),
    };
    vm.check_str_bytes(length)?;
    bytes.resize(length, if value.sign() == Sign::Minus { 0xff } else { 0 });
    if !little_endian {
        bytes.reverse();
    }
    Ok(vm.alloc(Object::Bytes(bytes.into())))
}

/// The shortest little-endian two's complement (or unsigned) bytes of `value`, or
/// `_PyLong_AsByteArray`'s message when it does not fit in `length` bytes.
fn little_endian_bytes(value: &BigInt, length: usize, signed: bool) -> Result<Vec<u8>, &'static str> {
    if value.sign() == Sign::NoSign {
        return Ok(Vec::new());
    }
    if value.sign() == Sign::Minus && !signed {
        return Err("can't convert negative int to unsigned");
    }
    // -1 is all sign bits: CPython checks the sign of the last byte only when there
    // is one, so `(-1).to_bytes(0, signed=True)` is b''.
    if signed && length == 0 && *value == BigInt::from(-1) {
        return Ok(Vec::new());
    }
    let bytes = if signed {
        value.to_signed_bytes_le()
    } else {
        value.to_bytes_le().1
    };
    if bytes.len() > length {
        return Err("int too big to convert");
    }
    Ok(bytes)
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let Some((&class, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor 'from_bytes' of 'int' object needs an argument"));
    };
    let [source, byteorder, signed] = parse_arguments(vm, "from_bytes", "bytes", rest, kwargs, 1)?;
    let source = source.unwrap_or_default();
    let little_endian = is_little_endian(vm, "from_bytes", byteorder)?;
    let signed = is_signed(vm, signed)?;
    let mut bytes = bytes_argument(vm, source)?;
    if !little_endian {
        bytes.reverse();
    }
    let value = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let value = vm.new_int_big(value)?;
    if class == vm.type_value(TypeId::Int) {
        return Ok(value);
    }
    // A subclass (bool included) is called with the int, as `int_from_bytes_impl` does.
    vm.call(class, vec![value], KwArgs::default())
}

/// `PyObject_Bytes` on `from_bytes`'s argument: bytes, or an iterable of ints.
fn bytes_argument(vm: &mut Vm, source: Value) -> Result<Vec<u8>, Exception> {
    if let Some(Object::Bytes(bytes)) = source.as_obj().map(|r| vm.heap.get(r)) {
        return Ok(bytes.to_vec());
    }
    let convertible = !matches!(
        vm.type_of(source),
        TypeId::Str | TypeId::Int | TypeId::Bool | TypeId::Float | TypeId::NoneType
    );
    if !convertible {
        let message = format!("cannot convert '{}' object to bytes", vm.class_name(source));
        return Err(vm.type_error(message));
    }
    let made = crate::runtime::constructors::construct(vm, TypeId::Bytes, &[source], &KwArgs::default())?;
    match made.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Bytes(bytes)) => Ok(bytes.to_vec()),
        _ => Ok(Vec::new()),
    }
}
