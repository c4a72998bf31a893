//! Methods of dict.

use super::args::{clinic_count, no_arguments, receiver, reject_keywords, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::object::{DictView, Object};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::Dict, "keys", dict_keys);
    registry.method(TypeId::Dict, "values", dict_values);
    registry.method(TypeId::Dict, "items", dict_items);
    registry.method(TypeId::Dict, "get", dict_get);
    registry.method(TypeId::Dict, "setdefault", dict_setdefault);
    registry.method(TypeId::Dict, "pop", dict_pop);
    registry.method(TypeId::Dict, "popitem", dict_popitem);
    registry.method(TypeId::Dict, "update", dict_update);
    registry.method(TypeId::Dict, "clear", dict_clear);
    registry.method(TypeId::Dict, "copy", dict_copy);
    registry.class_method(TypeId::Dict, "fromkeys", dict_fromkeys);
}

fn view(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    method: &str,
    kind: DictView,
) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Dict, method)?;
    no_arguments(vm, &format!("dict.{method}"), rest, kwargs)?;
    let Some(dict) = this.as_obj() else {
        return Ok(Value::None);
    };
    Ok(vm.alloc(Object::DictView { dict, kind }))
}

fn dict_keys(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    view(vm, args, kwargs, "keys", DictView::Keys)
}

fn dict_values(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    view(vm, args, kwargs, "values", DictView::Values)
}

fn dict_items(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    view(vm, args, kwargs, "items", DictView::Items)
}

/// The receiver and one or two positional arguments: `get`, `setdefault`, `pop`.
fn key_and_default<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    kwargs: &KwArgs,
    method: &str,
) -> Result<(Value, &'a [Value]), Exception> {
    let (this, rest) = receiver(vm, args, TypeId::Dict, method)?;
    reject_keywords(vm, &format!("dict.{method}"), kwargs)?;
    clinic_count(vm, method, rest, 1, 2)?;
    Ok((this, rest))
}

fn dict_get(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (dict, rest) = key_and_default(vm, args, kwargs, "get")?;
    let default = rest.get(1).copied().unwrap_or(Value::None);
    Ok(vm.dict_get(dict, rest[0])?.unwrap_or(default))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (dict, rest) = key_and_default(vm, args, kwargs, "setdefault")?;
    if let Some(value) = vm.dict_get(dict, rest[0])? {
        return Ok(value);
    }
    let default = rest.get(1).copied().unwrap_or(Value::None);
    vm.dict_set(dict, rest[0], default)?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (dict, rest) = key_and_default(vm, args, kwargs, "pop")?;
    // An empty dict answers before hashing the key, as CPython's does.
    let removed = if vm.dict_pairs(dict).is_empty() {
        None
    } else {
        vm.dict_remove(dict, rest[0])?
    };
    match (removed, rest.get(1)) {
        (Some(value), _) => Ok(value),
        (None, Some(&default)) => Ok(default),
        (None, None) => Err(vm.key_error(rest[0])),
    }
}

/// `popitem()`: the last inserted pair, as a tuple.
fn dict_popitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (dict, rest) = receiver(vm, args, TypeId::Dict, "popitem")?;
    no_arguments(vm, "dict.popitem", rest, kwargs)?;
    let Some((key, _)) = vm.dict_pairs(dict).last().copied() else {
        return Err(vm.error(TypeId::KeyError, "popitem(): dictionary is empty"));
    };
    let value = vm.dict_remove(dict, key)?.unwrap_or(Value::None);
    Ok(vm.new_tuple(vec![key, value]))
}

/// `update([other], **kwargs)`: a dict's pairs, or an iterable of pairs, then keywords.
fn dict_update(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (dict, rest) = receiver(vm, args, TypeId::Dict, "update")?;
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    if let Some(&other) = rest.first() {
        merge_into(vm, dict, other)?;
    }
    for (name, value) in &kwargs.0 {
        let key = vm.new_str(name);
        vm.dict_set(dict, key, *value)?;
    }
    Ok(Value::None)
}

/// Adds `other`'s pairs to `dict`, with CPython's messages for malformed pairs.
fn merge_into(vm: &mut Vm, dict: Value, other: Value) -> Result<(), Exception> {
    let other_dict = vm.builtin_view(other);
    if vm.type_of(other_dict) == TypeId::Dict {
        for (key, value) in vm.dict_pairs(other_dict) {
            vm.dict_set(dict, key, value)?;
        }
        return Ok(());
    }
    for (index, element) in vm.collect_iterable(other)?.into_iter().enumerate() {
        if !matches!(
            vm.type_of(element),
            TypeId::List | TypeId::Tuple | TypeId::Str | TypeId::Dict
        ) {
            let message =
                format!("cannot convert dictionary update sequence element #{index} to a sequence");
            return Err(vm.type_error(message));
        }
        let pair = vm.collect_iterable(element)?;
        let [key, value] = pair[..] else {
            let message = format!(
                "dictionary update sequence element #{index} has length {}; 2 is required",
                pair.len()
            );
            return Err(vm.value_error(message));
        };
        vm.dict_set(dict, key, value)?;
    }
    Ok(())
}

fn dict_clear(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (dict, rest) = receiver(vm, args, TypeId::Dict, "clear")?;
    no_arguments(vm, "dict.clear", rest, kwargs)?;
    if let Some(Object::Dict(table)) = dict.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        table.clear();
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (dict, rest) = receiver(vm, args, TypeId::Dict, "copy")?;
    no_arguments(vm, "dict.copy", rest, kwargs)?;
    Ok(vm.copy_dict(dict))
}

/// `dict.fromkeys(iterable, value=None)`. Reached through the type the call has no
/// receiver, so a leading dict is taken as the receiver only when three arguments
/// come (`{}.fromkeys(keys, value)`).
/// `cls.fromkeys(iterable, value=None)`, a class method: `cls()` filled with every key
/// of the iterable. A subclass's instance is filled through `d[key] = value`, so its
/// `__setitem__` runs, as in CPython's `_PyDict_FromKeys`.
fn dict_fromkeys(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "dict.fromkeys", kwargs)?;
    let Some((&class, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor 'fromkeys' of 'dict' object needs an argument"));
    };
    clinic_count(vm, "fromkeys", rest, 1, 2)?;
    let value = rest.get(1).copied().unwrap_or(Value::None);
    let dict = vm.call(class, Vec::new(), KwArgs::default())?;
    vm.native_roots.push(dict);
    let filled = fill_with_keys(vm, dict, rest[0], value);
    vm.native_roots.pop();
    filled.map(|()| dict)
}

fn fill_with_keys(vm: &mut Vm, dict: Value, iterable: Value, value: Value) -> Result<(), Exception> {
    let keys = vm.collect_iterable(iterable)?;
    let exact = vm.type_of(dict) == TypeId::Dict;
    for key in keys {
        if exact {
            vm.dict_set(dict, key, value)?;
        } else {
            vm.set_item(dict, key, value)?;
        }
    }
    Ok(())
}
