//! `collections.defaultdict`: a dict that calls `default_factory` for a missing key,
//! stores what it returns and gives it back (CPython's `defdict_missing`).

use super::args::NativeResult;
use super::collections_module::{is_callable, own_attribute, Methods};
use crate::runtime::native::KwArgs;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

const FACTORY: &str = "default_factory";

pub fn defaultdict_methods() -> &'static Methods {
    &[
        ("__init__", defaultdict_init),
        ("__missing__", defaultdict_missing),
        ("__repr__", defaultdict_repr),
    ]
}

/// `defaultdict(default_factory=None, /, [...])`: the rest is what `dict()` takes.
fn defaultdict_init(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let Some((&this, rest)) = args.split_first() else {
        return Ok(Value::None);
    };
    let (factory, dict_args) = match rest.split_first() {
        Some((&factory, dict_args)) => (factory, dict_args),
        None => (Value::None, rest),
    };
    if factory != Value::None && !is_callable(vm, factory) {
        return Err(vm.type_error("first argument must be callable or None"));
    }
    vm.set_attr(this, FACTORY, factory)?;
    if dict_args.is_empty() && kwargs.is_empty() {
        return Ok(Value::None);
    }
    let Some(update) = vm.find_method(TypeId::Dict, "update") else {
        return Ok(Value::None);
    };
    let mut update_args = vec![vm.builtin_view(this)];
    update_args.extend_from_slice(dict_args);
    vm.call(Value::Obj(update), update_args, kwargs.clone())?;
    Ok(Value::None)
}

/// `d[key]` for a missing key: `d[key] = default_factory()`, or KeyError without one.
fn defaultdict_missing(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let [this, key] = args[..] else {
        return Err(vm.type_error("__missing__() takes exactly one argument"));
    };
    let factory = own_attribute(vm, this, FACTORY).unwrap_or(Value::None);
    if factory == Value::None {
        return Err(vm.key_error(key));
    }
    let value = vm.call(factory, Vec::new(), KwArgs::default())?;
    let dict = vm.builtin_view(this);
    vm.dict_set(dict, key, value)?;
    Ok(value)
}

/// `defaultdict(<class 'list'>, {'a': [1]})`.
fn defaultdict_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let Some(&this) = args.first() else {
        return Ok(Value::None);
    };
    let factory = own_attribute(vm, this, FACTORY).unwrap_or(Value::None);
    let factory_text = vm.repr(factory)?;
    let dict = vm.builtin_view(this);
    let dict_text = vm.repr(dict)?;
    let name = vm.class_name(this);
    Ok(vm.new_str(&format!("{name}({factory_text}, {dict_text})")))
}
