//! The `_collections` module behind `collections`: `defaultdict`, `Counter` and `namedtuple`.
//!
//! Each is a real class whose instances extend a built-in value (a dict, or a tuple
//! for a namedtuple's classes), so `isinstance(c, dict)`, indexing, iteration and the
//! dict methods work as for any subclass of a built-in type. Their own methods are
//! written in Rust and stored in the class namespace as methods of the built-in base,
//! so they bind to instances like the methods of a Python class.

use super::collections_counter::counter_methods;
use super::collections_defaultdict::defaultdict_methods;
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::{KwArgs, NativeFn};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::rc::Rc;

/// The methods a class of this module defines, by name.
pub type Methods = [(&'static str, NativeFn)];

pub fn init_collections(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    let defaultdict = native_class(
        vm,
        "defaultdict",
        TypeId::Dict,
        defaultdict_methods(),
        "collections",
    )?;
    vm.dict_set_str(dict, "defaultdict", defaultdict);
    let counter = native_class(
        vm,
        "Counter",
        TypeId::Dict,
        counter_methods(),
        "collections",
    )?;
    vm.dict_set_str(dict, "Counter", counter);
    vm.add_module_function(
        dict,
        "collections",
        "namedtuple",
        super::collections_namedtuple::namedtuple,
    );
    Ok(())
}

/// A class named `name` of module `module`, extending the built-in `base`, with
/// `methods` written in Rust.
pub fn native_class(
    vm: &mut Vm,
    name: &str,
    base: TypeId,
    methods: &Methods,
    module: &str,
) -> Result<Value, Exception> {
    native_class_with(vm, name, base, methods, module, |_, _| {})
}

/// [`native_class`], with `fill` adding to the namespace before the class is made from
/// it: what class creation reads, such as `__slots__`, must be there by then.
pub fn native_class_with(
    vm: &mut Vm,
    name: &str,
    base: TypeId,
    methods: &Methods,
    module: &str,
    fill: impl FnOnce(&mut Vm, ObjRef),
) -> Result<Value, Exception> {
    let namespace = vm.new_dict();
    let Some(namespace_ref) = namespace.as_obj() else {
        return Ok(Value::None);
    };
    let module = vm.new_str(module);
    vm.dict_set_str(namespace_ref, "__module__", module);
    for &(method_name, func) in methods {
        let method = vm.new_native(method_name, func, Some(base));
        vm.dict_set_str(namespace_ref, method_name, method);
    }
    fill(vm, namespace_ref);
    let base_type = vm.type_value(base);
    vm.create_class(Rc::from(name), vec![base_type], namespace_ref)
}

/// Python's `callable(value)`.
pub fn is_callable(vm: &Vm, value: Value) -> bool {
    match value.as_obj().map(|r| vm.heap.get(r)) {
        Some(
            Object::Function(_)
            | Object::Native(_)
            | Object::BoundMethod { .. }
            | Object::Type(_)
            | Object::Class(_),
        ) => true,
        Some(Object::Instance(_)) => vm.user_method(value, "__call__").is_some(),
        _ => false,
    }
}

/// The attribute `name` an instance keeps in its own dict (a defaultdict's factory).
pub fn own_attribute(vm: &Vm, instance: Value, name: &str) -> Option<Value> {
    let dict = vm.instance_dict(instance)?;
    vm.dict_get_str(dict, name, crate::runtime::hashing::hash_str(name))
}

/// A new, empty instance of `class`, a subclass of `base`, made from `base_args`.
pub fn new_instance_of(
    vm: &mut Vm,
    class: Value,
    base: TypeId,
    base_args: &[Value],
) -> Result<Value, Exception> {
    let Some(class_ref) = class.as_obj() else {
        return Err(vm.type_error("not a class"));
    };
    vm.new_builtin_subclass_instance(class_ref, base, base_args, &KwArgs::default())
}
