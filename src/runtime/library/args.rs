//! Reading the arguments of native functions, with CPython's TypeError messages.
//!
//! CPython words arity errors differently depending on how a function parses its
//! arguments; each checker here is named after the style it reproduces.

use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::rc::Rc;

pub type NativeResult = Result<Value, Exception>;

fn plural(count: usize) -> &'static str {
    if count == 1 {
        "argument"
    } else {
        "arguments"
    }
}

/// `METH_NOARGS`: "str.upper() takes no arguments (1 given)".
pub fn no_arguments(
    vm: &mut Vm,
    qualname: &str,
    args: &[Value],
    kwargs: &KwArgs,
) -> Result<(), Exception> {
    reject_keywords(vm, qualname, kwargs)?;
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// "str.title() takes no keyword arguments".
pub fn reject_keywords(vm: &mut Vm, qualname: &str, kwargs: &KwArgs) -> Result<(), Exception> {
    if kwargs.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!("{qualname}() takes no keyword arguments")))
}

/// Argument Clinic's positional check: "center expected at least 1 argument, got 0".
pub fn clinic_count(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> Result<(), Exception> {
    let given = args.len();
    if min == max && given != min {
        return Err(vm.type_error(format!(
            "{name} expected {min} {}, got {given}",
            plural(min)
        )));
    }
    if given < min {
        return Err(vm.type_error(format!(
            "{name} expected at least {min} {}, got {given}",
            plural(min)
        )));
    }
    if given > max {
        return Err(vm.type_error(format!(
            "{name} expected at most {max} {}, got {given}",
            plural(max)
        )));
    }
    Ok(())
}

/// `PyArg_ParseTuple`'s check: "find() takes at least 1 argument (0 given)".
pub fn tuple_count(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> Result<(), Exception> {
    let given = args.len();
    let message = if min == max && given != min {
        format!(
            "{name}() takes exactly {min} {} ({given} given)",
            plural(min)
        )
    } else if given < min {
        format!(
            "{name}() takes at least {min} {} ({given} given)",
            plural(min)
        )
    } else if given > max {
        format!(
            "{name}() takes at most {max} {} ({given} given)",
            plural(max)
        )
    } else {
        return Ok(());
    };
    Err(vm.type_error(message))
}

/// Binds positional and keyword arguments to `params` for a function that accepts
/// keywords. Missing optional parameters come back as `None`.
pub fn bind(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &KwArgs,
    params: &[&str],
    required: usize,
) -> Result<Vec<Option<Value>>, Exception> {
    // `_PyArg_UnpackKeywords` counts keywords with the positional arguments first.
    if args.len() + kwargs.0.len() > params.len() {
        let (max, given) = (params.len(), args.len() + kwargs.0.len());
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} {} ({given} given)",
            plural(max)
        )));
    }
    if let Some(unknown) = kwargs.first_unexpected(params) {
        return Err(vm.type_error(format!(
            "'{unknown}' is an invalid keyword argument for {name}()"
        )));
    }
    let mut bound: Vec<Option<Value>> = args.iter().map(|&arg| Some(arg)).collect();
    bound.resize(params.len(), None);
    for (position, (param, slot)) in params.iter().zip(bound.iter_mut()).enumerate() {
        let Some(value) = kwargs.get(param) else {
            continue;
        };
        if slot.is_some() {
            let message = format!(
                "argument for {name}() given by name ('{param}') and position ({})",
                position + 1
            );
            return Err(vm.type_error(message));
        }
        *slot = Some(value);
    }
    if let Some(position) = bound.iter().take(required).position(Option::is_none) {
        let param = params.get(position).copied().unwrap_or("");
        let message = format!(
            "{name}() missing required argument '{param}' (pos {})",
            position + 1
        );
        return Err(vm.type_error(message));
    }
    Ok(bound)
}

/// The value of an int (or bool) as a BigInt, or `None` for other types.
pub fn int_of(vm: &Vm, value: Value) -> Option<BigInt> {
    vm.int_value(value)
}

/// `PyNumber_AsSsize_t` on an index: ints only, too large is an OverflowError.
pub fn index_arg(vm: &mut Vm, value: Value) -> Result<i64, Exception> {
    let n = index_value(vm, value)?;
    n.to_i64().ok_or_else(|| {
        vm.error(
            TypeId::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// `operator.index(value)`: an int, or what a class's `__index__` returns.
pub fn index_value(vm: &mut Vm, value: Value) -> Result<BigInt, Exception> {
    if let Some(n) = int_of(vm, value) {
        return Ok(n);
    }
    if let Some(method) = vm.user_method(value, "__index__") {
        let result = vm.call(method, vec![value], KwArgs::default())?;
        if let Some(n) = int_of(vm, result) {
            return Ok(n);
        }
        let message = format!(
            "__index__ returned non-int (type {})",
            vm.class_name(result)
        );
        return Err(vm.type_error(message));
    }
    let message = format!(
        "'{}' object cannot be interpreted as an integer",
        vm.class_name(value)
    );
    Err(vm.type_error(message))
}

/// A `start`/`end` bound: None, or an int clipped to the machine range, as
/// `_PyEval_SliceIndex` does.
pub fn slice_bound(vm: &mut Vm, value: Option<Value>) -> Result<Option<i64>, Exception> {
    match value {
        None | Some(Value::None) => Ok(None),
        Some(value) => match int_of(vm, value) {
            Some(n) => Ok(Some(n.to_i64().unwrap_or(
                if n.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                },
            ))),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// An argument CPython converts to a C `int`: an OverflowError past 32 bits.
pub fn c_int_arg(vm: &mut Vm, value: Value) -> Result<i64, Exception> {
    let n = index_arg(vm, value).map_err(|error| match int_of(vm, value) {
        Some(_) => vm.overflow("Python int too large to convert to C int"),
        None => error,
    })?;
    match i32::try_from(n) {
        Ok(n) => Ok(i64::from(n)),
        Err(_) => Err(vm.overflow("Python int too large to convert to C int")),
    }
}

/// The type as CPython's bad-argument messages name it: `None` rather than
/// `NoneType`.
pub fn argument_type_name(vm: &Vm, value: Value) -> String {
    if value.is_none() {
        "None".to_string()
    } else {
        vm.class_name(value)
    }
}

/// The text of a str argument, or the TypeError `message(type name)`.
pub fn str_arg(
    vm: &mut Vm,
    value: Value,
    message: impl FnOnce(&str) -> String,
) -> Result<Rc<str>, Exception> {
    match vm.str_text(value) {
        Some(text) => Ok(text),
        None => {
            let message = message(&vm.class_name(value));
            Err(vm.type_error(message))
        }
    }
}

/// `str_arg` for Argument Clinic functions, whose messages call None `None`.
pub fn clinic_str_arg(
    vm: &mut Vm,
    value: Value,
    message: impl FnOnce(&str) -> String,
) -> Result<Rc<str>, Exception> {
    match vm.str_text(value) {
        Some(text) => Ok(text),
        None => {
            let message = message(&argument_type_name(vm, value));
            Err(vm.type_error(message))
        }
    }
}

/// A float from an int, bool or float: `PyFloat_AsDouble` for built-in numbers.
/// `None` for other types; an int too large for a double is an OverflowError.
pub fn float_of(vm: &mut Vm, value: Value) -> Result<Option<f64>, Exception> {
    match value {
        Value::Float(x) => Ok(Some(x)),
        _ => match int_of(vm, value) {
            Some(n) => match n.to_f64().filter(|x| x.is_finite()) {
                Some(x) => Ok(Some(x)),
                None => Err(vm.error(TypeId::OverflowError, "int too large to convert to float")),
            },
            None => Ok(None),
        },
    }
}

/// A float argument of a math function: "must be real number, not str".
pub fn real_arg(vm: &mut Vm, value: Value) -> Result<f64, Exception> {
    if let Some(x) = float_of(vm, value)? {
        return Ok(x);
    }
    // `PyFloat_AsDouble`: a class's __float__, else its __index__.
    if let Some(method) = vm.user_method(value, "__float__") {
        let result = vm.call(method, vec![value], KwArgs::default())?;
        return match result {
            Value::Float(x) => Ok(x),
            _ => {
                let message = format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.class_name(value),
                    vm.class_name(result)
                );
                Err(vm.type_error(message))
            }
        };
    }
    if vm.user_method(value, "__index__").is_some() {
        let n = index_value(vm, value)?;
        return n
            .to_f64()
            .filter(|x| x.is_finite())
            .ok_or_else(|| vm.overflow("int too large to convert to float"));
    }
    let message = format!("must be real number, not {}", vm.class_name(value));
    Err(vm.type_error(message))
}

/// A new list of strs.
pub fn str_list(vm: &mut Vm, items: Vec<String>) -> Value {
    let values: Vec<Value> = items.iter().map(|item| vm.new_str(item)).collect();
    vm.new_list(values)
}

/// The receiver of a method of `owner`, and the arguments after it. Calling the method
/// through its type on another type's value is CPython's "descriptor" TypeError.
pub fn receiver<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    owner: TypeId,
    method: &str,
) -> Result<(Value, &'a [Value]), Exception> {
    match args.split_first() {
        Some((&first, rest)) if vm.type_of(first).is_subtype_of(owner) => Ok((first, rest)),
        // An instance of a Python subclass (`super().get(k)`, `dict.get(d, k)` with `d`
        // a `class D(dict)`): the method works on the built-in value it extends.
        Some((&first, rest)) if vm.type_of(vm.builtin_view(first)).is_subtype_of(owner) => {
            Ok((vm.builtin_view(first), rest))
        }
        Some((&first, _)) => {
            let message = format!(
                "descriptor '{method}' for '{}' objects doesn't apply to a '{}' object",
                owner.name(),
                vm.class_name(first)
            );
            Err(vm.type_error(message))
        }
        None => {
            let message = format!(
                "unbound method {}.{method}() needs an argument",
                owner.name()
            );
            Err(vm.type_error(message))
        }
    }
}

/// The text of a str method's receiver, and the arguments after it.
pub fn str_receiver<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    method: &str,
) -> Result<(Rc<str>, &'a [Value]), Exception> {
    let (this, rest) = receiver(vm, args, TypeId::Str, method)?;
    Ok((vm.str_text(this).unwrap_or_else(|| Rc::from("")), rest))
}

/// `METH_O`: "str.partition() takes exactly one argument (0 given)".
pub fn one_argument(
    vm: &mut Vm,
    qualname: &str,
    args: &[Value],
    kwargs: &KwArgs,
) -> Result<Value, Exception> {
    reject_keywords(vm, qualname, kwargs)?;
    match args {
        [only] => Ok(*only),
        _ => Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// The name of a native function value, such as `chain` for `itertools.chain`.
pub fn native_name(vm: &Vm, value: Value) -> Option<&'static str> {
    match value.as_obj().map(|r| vm.heap.get(r)) {
        Some(crate::runtime::object::Object::Native(native)) => Some(native.name),
        _ => None,
    }
}
