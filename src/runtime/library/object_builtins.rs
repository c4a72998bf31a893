//! Built-ins about any object: `callable`, `hash`, `getattr`, `setattr`, `delattr`,
//! `hasattr`, `format` and `ascii`.

use super::args::{clinic_count, one_argument, reject_keywords, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::rc::Rc;

pub fn register(registry: &mut Registry) {
    registry.builtin("callable", builtin_callable);
    registry.builtin("hash", builtin_hash);
    registry.builtin("getattr", builtin_getattr);
    registry.builtin("setattr", builtin_setattr);
    registry.builtin("delattr", builtin_delattr);
    registry.builtin("hasattr", builtin_hasattr);
    registry.builtin("format", builtin_format);
    registry.builtin("ascii", builtin_ascii);
    registry.builtin("vars", builtin_vars);
}

/// `vars(object)`: the object's `__dict__`.
fn builtin_vars(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "vars", kwargs)?;
    clinic_count(vm, "vars", args, 0, 1)?;
    let Some(&object) = args.first() else {
        let message = "vars() without an argument is not supported by this interpreter yet";
        return Err(vm.error(TypeId::NotImplementedError, message));
    };
    match vm.get_attr(object, "__dict__") {
        Err(error) if is_attribute_error(vm, &error) => {
            Err(vm.type_error("vars() argument must have __dict__ attribute"))
        }
        result => result,
    }
}

fn builtin_callable(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "callable", args, kwargs)?;
    Ok(Value::Bool(super::is_callable(vm, value)))
}

fn builtin_hash(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "hash", args, kwargs)?;
    // Hashes are Py_hash_t, a signed machine word, stored here as its bits.
    Ok(Value::Int(vm.hash(value)? as i64))
}

fn attribute_name(vm: &mut Vm, name: Value) -> Result<Rc<str>, Exception> {
    match vm.str_text(name) {
        Some(name) => Ok(name),
        None => {
            let message = format!(
                "attribute name must be string, not '{}'",
                vm.class_name(name)
            );
            Err(vm.type_error(message))
        }
    }
}

/// Whether an exception is an AttributeError, which `getattr` with a default and
/// `hasattr` swallow.
fn is_attribute_error(vm: &Vm, error: &Exception) -> bool {
    match error {
        Exception::Raised(r) => {
            matches!(vm.heap.get(*r), Object::Exception(e) if e.ty.is_subtype_of(TypeId::AttributeError))
        }
        Exception::Budget(_) => false,
    }
}

fn builtin_getattr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "getattr", kwargs)?;
    clinic_count(vm, "getattr", args, 2, 3)?;
    let name = attribute_name(vm, args[1])?;
    match (vm.get_attr(args[0], &name), args.get(2)) {
        (Err(error), Some(&default)) if is_attribute_error(vm, &error) => Ok(default),
        (result, _) => result,
    }
}

fn builtin_setattr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "setattr", kwargs)?;
    clinic_count(vm, "setattr", args, 3, 3)?;
    let name = attribute_name(vm, args[1])?;
    vm.set_attr(args[0], &name, args[2])?;
    Ok(Value::None)
}

/// `delattr(object, name)`: what `del object.name` does.
fn builtin_delattr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "delattr", kwargs)?;
    clinic_count(vm, "delattr", args, 2, 2)?;
    let name = attribute_name(vm, args[1])?;
    vm.delete_attr(args[0], &name)?;
    Ok(Value::None)
}

fn builtin_hasattr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "hasattr", kwargs)?;
    clinic_count(vm, "hasattr", args, 2, 2)?;
    let name = attribute_name(vm, args[1])?;
    match vm.get_attr(args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(error) if is_attribute_error(vm, &error) => Ok(Value::Bool(false)),
        Err(error) => Err(error),
    }
}

/// `format(value, format_spec='')`.
fn builtin_format(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "format", kwargs)?;
    clinic_count(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => Rc::from(""),
        Some(&spec) => match vm.str_text(spec) {
            Some(spec) => spec,
            None => {
                let message = format!(
                    "format() argument 2 must be str, not {}",
                    super::args::argument_type_name(vm, spec)
                );
                return Err(vm.type_error(message));
            }
        },
    };
    let text = format_with_spec(vm, args[0], &spec)?;
    Ok(vm.new_str(&text))
}

/// `format(value, spec)`. A bool with a spec formats as an int, but its errors name
/// `bool`.
pub fn format_with_spec(vm: &mut Vm, value: Value, spec: &str) -> Result<String, Exception> {
    let Value::Bool(flag) = value else {
        return vm.format_value(value, spec);
    };
    if spec.is_empty() {
        return vm.format_value(value, spec);
    }
    match crate::pytext::format_int_as(&num_bigint::BigInt::from(flag as i64), spec, "bool") {
        Ok(text) => Ok(text),
        Err(message) if crate::pytext::is_overflow_message(&message) => Err(vm.overflow(&message)),
        Err(message) => Err(vm.value_error(message)),
    }
}

fn builtin_ascii(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "ascii", args, kwargs)?;
    let text = vm.ascii(value)?;
    Ok(vm.new_str(&text))
}
