//! Calling a built-in type: `int("7")`, `list(range(3))`, `ValueError("bad")`.

use super::big_range::BigRange;
use super::exception::Exception;
use super::native::KwArgs;
use super::object::Object;
use super::ops::numbers::Number;
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;
use crate::pytext;
use num_bigint::BigInt;

/// Builds an instance of the built-in type `ty` from call arguments.
pub fn construct(
    vm: &mut Vm,
    ty: TypeId,
    args: &[Value],
    kwargs: &KwArgs,
) -> Result<Value, Exception> {
    if ty.is_exception() {
        return vm.construct_exception(ty, args, kwargs);
    }
    if !matches!(
        ty,
        TypeId::Dict | TypeId::Int | TypeId::Complex | TypeId::Bytes | TypeId::Type
    ) && !kwargs.is_empty()
    {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", ty.name())));
    }
    match ty {
        TypeId::Int => construct_int(vm, args, kwargs),
        TypeId::Float => construct_float(vm, args),
        TypeId::Complex => construct_complex(vm, args, kwargs),
        TypeId::Bytes => construct_bytes(vm, args, kwargs),
        TypeId::Str => match args {
            [] => Ok(vm.new_str("")),
            [x] => {
                let text = vm.to_str(*x)?;
                Ok(vm.new_str(&text))
            }
            _ => Err(vm.type_error(format!(
                "str() takes at most 1 argument ({} given)",
                args.len()
            ))),
        },
        TypeId::Bool => match args.first() {
            Some(&x) => vm.is_true(x).map(Value::Bool),
            None => Ok(Value::Bool(false)),
        },
        TypeId::List | TypeId::Tuple | TypeId::Set | TypeId::FrozenSet => {
            construct_collection(vm, ty, args)
        }
        TypeId::Dict => construct_dict(vm, args, kwargs),
        TypeId::Range => construct_range(vm, args),
        TypeId::Type => match args {
            [x] => Ok(vm.class_of(*x)),
            [_, _, _] => vm.type_three_arguments(args, kwargs),
            _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
        },
        TypeId::Object if args.is_empty() => {
            Ok(vm.new_instance(super::heap::ObjRef(TypeId::Object.slot()), &[]))
        }
        TypeId::Slice => {
            let (start, stop, step) = match args {
                [stop] => (Value::None, *stop, Value::None),
                [start, stop] => (*start, *stop, Value::None),
                [start, stop, step] => (*start, *stop, *step),
                _ => {
                    return Err(vm.type_error(format!(
                        "slice expected at least 1 argument, got {}",
                        args.len()
                    )))
                }
            };
            Ok(vm.alloc(Object::Slice { start, stop, step }))
        }
        _ => Err(vm.type_error(format!("cannot create '{}' instances", ty.name()))),
    }
}

fn construct_int(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    let base = match (args.get(1).copied(), kwargs.get("base")) {
        (Some(b), _) | (None, Some(b)) => Some(vm.small_int(b).unwrap_or(10)),
        _ => None,
    };
    let Some(&x) = args.first() else {
        return Ok(Value::Int(0));
    };
    // An instance of a subclass of int (an IntEnum member) or str converts as its value.
    let x = vm.builtin_view(x);
    if let Some(text) = vm.str_text(x) {
        let parsed =
            pytext::parse_int(&text, base.unwrap_or(10) as u32).map_err(|m| vm.value_error(m))?;
        return vm.new_int_big(parsed);
    }
    if base.is_some() {
        return Err(vm.type_error("int() can't convert non-string with explicit base"));
    }
    match vm.number(x) {
        Some(Number::Float(f)) => {
            let whole = pytext::float_to_int(f).map_err(|m| {
                if f.is_nan() {
                    vm.value_error(m)
                } else {
                    vm.overflow(&m)
                }
            })?;
            vm.new_int_big(whole)
        }
        Some(n) => vm.number_value(n),
        None => Err(vm.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

/// `bytes()`, `bytes(n)` (n zero bytes), `bytes(iterable of ints)`, or
/// `bytes(str, encoding)` (which is `str.encode(encoding)`).
fn construct_bytes(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    let source = args.first().copied().or_else(|| kwargs.get("source"));
    let Some(source) = source else {
        return Ok(vm.alloc(Object::Bytes(Vec::new().into())));
    };
    if vm.str_text(source).is_some() {
        let encoding = args.get(1).copied().or_else(|| kwargs.get("encoding"));
        let Some(encoding) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let (encode, receiver) = vm.load_method(source, "encode")?;
        let mut call_args = vec![encoding];
        if receiver != Value::Null {
            call_args.insert(0, receiver);
        }
        return vm.call(encode, call_args, KwArgs::default());
    }
    if let Some(count) = vm
        .small_int(source)
        .filter(|_| vm.type_of(source) != TypeId::Float)
    {
        if count < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.check_str_bytes(count as usize)?;
        return Ok(vm.alloc(Object::Bytes(vec![0; count as usize].into())));
    }
    let mut bytes = Vec::new();
    for item in vm.collect_iterable(source)? {
        match vm.small_int(item) {
            Some(byte @ 0..=255) if vm.type_of(item) != TypeId::Float => bytes.push(byte as u8),
            Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
            None => {
                let message = format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.class_name(item)
                );
                return Err(vm.type_error(message));
            }
        }
    }
    Ok(vm.alloc(Object::Bytes(bytes.into())))
}

/// `complex(real=0, imag=0)`: `real + imag * 1j`; a str is parsed, and a complex
/// part mixes into the other (`complex_new_impl`).
fn construct_complex(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    if args.len() > 2 {
        let message = format!("complex() takes at most 2 arguments ({} given)", args.len());
        return Err(vm.type_error(message));
    }
    if let Some(unexpected) = kwargs.first_unexpected(&["real", "imag"]) {
        let message = format!("complex() got an unexpected keyword argument '{unexpected}'");
        return Err(vm.type_error(message));
    }
    let real = args.first().copied().or_else(|| kwargs.get("real"));
    let imag = args.get(1).copied().or_else(|| kwargs.get("imag"));
    if let Some(text) = real.and_then(|value| vm.str_text(value)) {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let (real, imag) = pytext::parse_complex(&text).map_err(|m| vm.value_error(m))?;
        return Ok(vm.new_complex(crate::runtime::ops::Complex { real, imag }));
    }
    let (real, real_is_complex) = complex_part(vm, real, "first")?;
    let (imag, imag_is_complex) = complex_part(vm, imag, "second")?;
    let mut result = crate::runtime::ops::Complex {
        real: real.real,
        imag: imag.real,
    };
    if imag_is_complex {
        result.real -= imag.imag;
    }
    if real_is_complex {
        result.imag += real.imag;
    }
    Ok(vm.new_complex(result))
}

/// One argument of `complex()` as a complex number (absent: zero), and whether it
/// was a complex.
fn complex_part(
    vm: &mut Vm,
    value: Option<Value>,
    which: &str,
) -> Result<(crate::runtime::ops::Complex, bool), Exception> {
    let zero = crate::runtime::ops::Complex {
        real: 0.0,
        imag: 0.0,
    };
    let Some(value) = value else {
        return Ok((zero, false));
    };
    if vm.str_text(value).is_some() {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let is_complex = vm.type_of(value) == TypeId::Complex;
    match vm.complex_parts(value) {
        Some(number) => Ok((number, is_complex)),
        None => {
            let message = format!(
                "complex() {which} argument must be a string or a number, not '{}'",
                vm.class_name(value)
            );
            Err(vm.type_error(message))
        }
    }
}

fn construct_float(vm: &mut Vm, args: &[Value]) -> Result<Value, Exception> {
    let Some(&x) = args.first() else {
        return Ok(Value::Float(0.0));
    };
    if let Some(text) = vm.str_text(x) {
        return pytext::parse_float(&text)
            .map(Value::Float)
            .map_err(|m| vm.value_error(m));
    }
    match vm.number(x) {
        Some(n) => n.to_f64().map(Value::Float).map_err(|m| vm.overflow(m)),
        None => Err(vm.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

fn construct_collection(vm: &mut Vm, ty: TypeId, args: &[Value]) -> Result<Value, Exception> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            ty.name(),
            args.len()
        )));
    }
    let items = match args.first() {
        Some(&iterable) if matches!(ty, TypeId::List | TypeId::Tuple) => {
            vm.collect_with_length_hint(iterable)?
        }
        Some(&iterable) => vm.collect_iterable(iterable)?,
        None => Vec::new(),
    };
    match ty {
        TypeId::List => Ok(vm.new_list(items)),
        TypeId::Tuple => Ok(vm.new_tuple(items)),
        _ => vm.build_set(items, ty == TypeId::FrozenSet),
    }
}

fn construct_dict(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    let dict = vm.new_dict();
    if let Some(&source) = args.first() {
        // A dict subclass (a Counter, a defaultdict) gives its pairs as a dict does.
        let source_dict = vm.builtin_view(source);
        if vm.type_of(source_dict) == TypeId::Dict {
            for (key, value) in vm.dict_pairs(source_dict) {
                vm.dict_set(dict, key, value)?;
            }
        } else {
            for (index, pair) in vm.collect_iterable(source)?.into_iter().enumerate() {
                let items = match vm.collect_iterable(pair) {
                    Ok(items) => items,
                    Err(_) => {
                        return Err(vm.type_error(format!("cannot convert dictionary update sequence element #{index} to a sequence")));
                    }
                };
                let [key, value] = items.as_slice() else {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{index} has length {}; 2 is required",
                        items.len()
                    )));
                };
                vm.dict_set(dict, *key, *value)?;
            }
        }
    }
    for (name, value) in &kwargs.0 {
        let key = vm.new_str_rc(name.clone());
        vm.dict_set(dict, key, *value)?;
    }
    Ok(dict)
}

fn construct_range(vm: &mut Vm, args: &[Value]) -> Result<Value, Exception> {
    let mut bounds = Vec::with_capacity(3);
    for &arg in args {
        let arg = vm.index_operand(arg)?;
        match vm.int_value(arg) {
            Some(i) => bounds.push(i),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.class_name(arg)
                )))
            }
        }
    }
    let (zero, one) = (BigInt::from(0), BigInt::from(1));
    let (start, stop, step) = match bounds.as_slice() {
        [stop] => (zero, stop.clone(), one),
        [start, stop] => (start.clone(), stop.clone(), one),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )))
        }
    };
    if step == BigInt::from(0) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.new_range(BigRange { start, stop, step }))
}
