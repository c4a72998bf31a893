//! The container special methods of dict and list as attributes: `d.__getitem__(k)`,
//! `list.__len__(xs)`, and above all `super().__setitem__(k, v)` in a subclass that
//! overrides the operator. Each works on the built-in value the receiver is or
//! extends, so it never dispatches back to the subclass's own method.
//!
//! CPython defines `dict.__getitem__`, `dict.__contains__` and `list.__getitem__` as
//! methods (`METH_O`: "takes exactly one argument") and the rest as slot wrappers,
//! whose arity errors read "expected 1 argument, got 0".

use super::args::{one_argument, receiver, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::Dict, "__getitem__", dict_getitem);
    registry.method(TypeId::Dict, "__contains__", dict_contains);
    registry.method(TypeId::Dict, "__setitem__", dict_setitem);
    registry.method(TypeId::Dict, "__delitem__", dict_delitem);
    registry.method(TypeId::Dict, "__len__", dict_len);
    registry.method(TypeId::Dict, "__iter__", dict_iter);
    registry.method(TypeId::List, "__getitem__", list_getitem);
    registry.method(TypeId::List, "__contains__", list_contains);
    registry.method(TypeId::List, "__setitem__", list_setitem);
    registry.method(TypeId::List, "__delitem__", list_delitem);
    registry.method(TypeId::List, "__len__", list_len);
    registry.method(TypeId::List, "__iter__", list_iter);
}

/// A slot wrapper's arguments: "expected 2 arguments, got 1". CPython names no
/// function in `__setitem__`'s message, which therefore starts with a space.
fn wrapper_arguments<'a>(
    vm: &mut Vm,
    method: &str,
    args: &'a [Value],
    kwargs: &KwArgs,
    count: usize,
) -> Result<&'a [Value], Exception> {
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("wrapper {method}() takes no keyword arguments")));
    }
    if args.len() == count {
        return Ok(args);
    }
    let prefix = if method == "__setitem__" { " " } else { "" };
    let plural = if count == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "{prefix}expected {count} argument{plural}, got {}",
        args.len()
    )))
}

/// `container.__getitem__(key)`: a dict subclass's `__missing__` still applies, as
/// `dict_subscript` calls it for any instance that is not exactly a dict.
fn getitem(vm: &mut Vm, owner: TypeId, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (base, rest) = receiver(vm, args, owner, "__getitem__")?;
    let key = one_argument(vm, &format!("{}.__getitem__", owner.name()), rest, kwargs)?;
    let original = args.first().copied().unwrap_or(base);
    vm.get_base_item(original, base, key)
}

fn contains(vm: &mut Vm, owner: TypeId, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (base, rest) = receiver(vm, args, owner, "__contains__")?;
    let needle = match owner {
        TypeId::Dict => one_argument(vm, "dict.__contains__", rest, kwargs)?,
        _ => wrapper_arguments(vm, "__contains__", rest, kwargs, 1)?[0],
    };
    Ok(Value::Bool(vm.contains(base, needle)?))
}

fn setitem(vm: &mut Vm, owner: TypeId, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (base, rest) = receiver(vm, args, owner, "__setitem__")?;
    let pair = wrapper_arguments(vm, "__setitem__", rest, kwargs, 2)?;
    vm.set_item(base, pair[0], pair[1])?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, owner: TypeId, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (base, rest) = receiver(vm, args, owner, "__delitem__")?;
    let key = wrapper_arguments(vm, "__delitem__", rest, kwargs, 1)?[0];
    vm.delete_item(base, key)?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, owner: TypeId, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (base, rest) = receiver(vm, args, owner, "__len__")?;
    wrapper_arguments(vm, "__len__", rest, kwargs, 0)?;
    crate::runtime::builtins::builtin_len(vm, &[base], &KwArgs::default())
}

fn iter(vm: &mut Vm, owner: TypeId, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (base, rest) = receiver(vm, args, owner, "__iter__")?;
    wrapper_arguments(vm, "__iter__", rest, kwargs, 0)?;
    vm.get_iter(base)
}

fn dict_getitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    getitem(vm, TypeId::Dict, args, kwargs)
}

fn dict_contains(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    contains(vm, TypeId::Dict, args, kwargs)
}

fn dict_setitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    setitem(vm, TypeId::Dict, args, kwargs)
}

fn dict_delitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    delitem(vm, TypeId::Dict, args, kwargs)
}

fn dict_len(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    len(vm, TypeId::Dict, args, kwargs)
}

fn dict_iter(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    iter(vm, TypeId::Dict, args, kwargs)
}

fn list_getitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    getitem(vm, TypeId::List, args, kwargs)
}

fn list_contains(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    contains(vm, TypeId::List, args, kwargs)
}

fn list_setitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    setitem(vm, TypeId::List, args, kwargs)
}

fn list_delitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    delitem(vm, TypeId::List, args, kwargs)
}

fn list_len(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    len(vm, TypeId::List, args, kwargs)
}

fn list_iter(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    iter(vm, TypeId::List, args, kwargs)
}
