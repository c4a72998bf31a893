//! `functools.cached_property`: a descriptor without `__set__`, so once its
//! `__get__` has stored the value in the instance's `__dict__` under the attribute's
//! name (learnt from `__set_name__`), later reads find it there and never call it.

use super::args::NativeResult;
use super::collections_module::{native_class, Methods};
use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

fn cached_property_methods() -> &'static Methods {
    &[
        ("__init__", cached_property_init),
        ("__set_name__", cached_property_set_name),
        ("__get__", cached_property_get),
    ]
}

/// The `cached_property` class, for the `functools` module's dict.
pub fn cached_property_class(vm: &mut Vm) -> Result<Value, Exception> {
    native_class(
        vm,
        "cached_property",
        TypeId::Object,
        cached_property_methods(),
        "functools",
    )
}

fn field(vm: &mut Vm, this: Value, name: &str) -> Value {
    let Some(dict) = vm.instance_dict(this) else {
        return Value::None;
    };
    vm.dict_get_str(dict, name, crate::runtime::hashing::hash_str(name))
        .unwrap_or_default()
}

fn set_field(vm: &mut Vm, this: Value, name: &str, value: Value) {
    if let Some(dict) = vm.instance_dict(this) {
        vm.dict_set_str(dict, name, value);
    }
}

/// `cached_property(func)`.
fn cached_property_init(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let &[this, func] = args else {
        let given = args.len().saturating_sub(1);
        let message = format!("cached_property.__init__() takes 2 positional arguments but {} were given", given + 1);
        return Err(vm.type_error(message));
    };
    set_field(vm, this, "func", func);
    set_field(vm, this, "attrname", Value::None);
    let doc = vm.get_attr(func, "__doc__").unwrap_or_default();
    set_field(vm, this, "__doc__", doc);
    Ok(Value::None)
}

/// `__set_name__(owner, name)`: one cached_property serves one attribute name.
fn cached_property_set_name(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let &[this, _, name] = args else {
        return Err(vm.type_error("__set_name__() takes 2 arguments"));
    };
    let current = field(vm, this, "attrname");
    if current.is_none() {
        set_field(vm, this, "attrname", name);
        return Ok(Value::None);
    }
    if !vm.equal(current, name)? {
        let message = format!(
            "Cannot assign the same cached_property to two different names ({} and {}).",
            vm.repr(current)?,
            vm.repr(name)?
        );
        return Err(vm.type_error(message));
    }
    Ok(Value::None)
}

/// `__get__(instance, owner)`: the class gets the descriptor itself; an instance
/// gets the function's result, stored in its `__dict__`.
fn cached_property_get(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let (this, instance) = match args {
        [this, instance, ..] => (*this, *instance),
        _ => return Err(vm.type_error("__get__(None, None) is invalid")),
    };
    if instance.is_none() {
        return Ok(this);
    }
    let attrname = field(vm, this, "attrname");
    let Some(name) = vm.str_text(attrname) else {
        let message = "Cannot use cached_property instance without calling __set_name__ on it.";
        return Err(vm.type_error(message));
    };
    let Some(dict) = vm.instance_dict(instance) else {
        let message = format!(
            "No '__dict__' attribute on '{}' instance to cache '{name}' property.",
            vm.class_name(instance)
        );
        return Err(vm.type_error(message));
    };
    let hash = crate::runtime::hashing::hash_str(&name);
    if let Some(cached) = vm.dict_get_str(dict, &name, hash) {
        return Ok(cached);
    }
    let func = field(vm, this, "func");
    let value = vm.call(func, vec![instance], KwArgs::default())?;
    vm.dict_set_str(dict, &name, value);
    Ok(value)
}
