//! Methods of set and frozenset.

use super::args::{no_arguments, one_argument, receiver, reject_keywords, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(registry: &mut Registry) {
    for owner in [TypeId::Set, TypeId::FrozenSet] {
        registry.method(owner, "union", set_union);
        registry.method(owner, "intersection", set_intersection);
        registry.method(owner, "difference", set_difference);
        registry.method(owner, "symmetric_difference", set_symmetric_difference);
        registry.method(owner, "issubset", set_issubset);
        registry.method(owner, "issuperset", set_issuperset);
        registry.method(owner, "isdisjoint", set_isdisjoint);
        registry.method(owner, "copy", set_copy);
    }
    registry.method(TypeId::Set, "add", set_add);
    registry.method(TypeId::Set, "remove", set_remove);
    registry.method(TypeId::Set, "discard", set_discard);
    registry.method(TypeId::Set, "pop", set_pop);
    registry.method(TypeId::Set, "clear", set_clear);
    registry.method(TypeId::Set, "update", set_update);
}

/// The receiver of a method both set types share, and whether it is frozen.
fn any_set<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    method: &str,
) -> Result<(Value, bool, &'a [Value]), Exception> {
    let frozen = args
        .first()
        .is_some_and(|&first| vm.type_of(first) == TypeId::FrozenSet);
    let owner = if frozen {
        TypeId::FrozenSet
    } else {
        TypeId::Set
    };
    let (this, rest) = receiver(vm, args, owner, method)?;
    Ok((this, frozen, rest))
}

/// `set.add` or `frozenset.copy`, as messages name a method.
fn qualname(frozen: bool, method: &str) -> String {
    format!("{}.{method}", if frozen { "frozenset" } else { "set" })
}

/// Members of any iterable, for the operand of a set operation.
fn members_of(vm: &mut Vm, other: Value) -> Result<Vec<Value>, Exception> {
    if matches!(vm.type_of(other), TypeId::Set | TypeId::FrozenSet) {
        return Ok(vm.set_members(other));
    }
    vm.collect_iterable(other)
}

/// One step of a set operation: the members so far and the next operand.
type SetOperation = fn(&mut Vm, Vec<Value>, Value) -> Result<Vec<Value>, Exception>;

/// Builds `{x for x in this if keep(x)}` or the union, in the receiver's type.
fn combine(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    method: &str,
    operation: SetOperation,
) -> NativeResult {
    let (this, frozen, others) = any_set(vm, args, method)?;
    reject_keywords(vm, &qualname(frozen, method), kwargs)?;
    let mut result = vm.set_members(this);
    for &other in others {
        let other_set = {
            let members = members_of(vm, other)?;
            vm.build_set(members, true)?
        };
        vm.native_roots.push(other_set);
        let combined = operation(vm, result, other_set);
        vm.native_roots.pop();
        result = combined?;
    }
    vm.build_set(result, frozen)
}

fn union(vm: &mut Vm, mut current: Vec<Value>, other: Value) -> Result<Vec<Value>, Exception> {
    current.extend(vm.set_members(other));
    Ok(current)
}

fn intersection(vm: &mut Vm, current: Vec<Value>, other: Value) -> Result<Vec<Value>, Exception> {
    let mut kept = Vec::new();
    for item in current {
        if vm.set_contains(other, item)? {
            kept.push(item);
        }
    }
    Ok(kept)
}

fn difference(vm: &mut Vm, current: Vec<Value>, other: Value) -> Result<Vec<Value>, Exception> {
    let mut kept = Vec::new();
    for item in current {
        if !vm.set_contains(other, item)? {
            kept.push(item);
        }
    }
    Ok(kept)
}

fn set_union(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    combine(vm, args, kwargs, "union", union)
}

fn set_intersection(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    combine(vm, args, kwargs, "intersection", intersection)
}

fn set_difference(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    combine(vm, args, kwargs, "difference", difference)
}

fn set_symmetric_difference(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, frozen, rest) = any_set(vm, args, "symmetric_difference")?;
    let other = one_argument(vm, &qualname(frozen, "symmetric_difference"), rest, kwargs)?;
    let other_members = members_of(vm, other)?;
    let other_set = vm.build_set(other_members.clone(), true)?;
    let mut result = difference(vm, vm.set_members(this), other_set)?;
    for item in other_members {
        if !vm.set_contains(this, item)? {
            result.push(item);
        }
    }
    vm.build_set(result, frozen)
}

/// Whether every member of `inner` is in `outer`.
fn all_in(vm: &mut Vm, inner: &[Value], outer: Value) -> Result<bool, Exception> {
    for &item in inner {
        if !vm.set_contains(outer, item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn relation(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    method: &str,
) -> Result<(Value, Value, Vec<Value>), Exception> {
    let (this, frozen, rest) = any_set(vm, args, method)?;
    let other = one_argument(vm, &qualname(frozen, method), rest, kwargs)?;
    let members = members_of(vm, other)?;
    let other_set = vm.build_set(members.clone(), true)?;
    Ok((this, other_set, members))
}

fn set_issubset(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, other, _) = relation(vm, args, kwargs, "issubset")?;
    let mine = vm.set_members(this);
    Ok(Value::Bool(all_in(vm, &mine, other)?))
}

fn set_issuperset(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, _, theirs) = relation(vm, args, kwargs, "issuperset")?;
    Ok(Value::Bool(all_in(vm, &theirs, this)?))
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, _, theirs) = relation(vm, args, kwargs, "isdisjoint")?;
    for item in theirs {
        if vm.set_contains(this, item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_copy(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, frozen, rest) = any_set(vm, args, "copy")?;
    no_arguments(vm, &qualname(frozen, "copy"), rest, kwargs)?;
    let members = vm.set_members(this);
    vm.build_set(members, frozen)
}

fn set_add(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Set, "add")?;
    let item = one_argument(vm, "set.add", rest, kwargs)?;
    vm.set_add(this, item)?;
    Ok(Value::None)
}

/// The key a set looks an item up by: a set item stands for the equal frozenset, as
/// `set.remove`, `set.discard` and `in` allow.
fn lookup_key(vm: &mut Vm, item: Value) -> Result<Value, Exception> {
    if vm.type_of(item) != TypeId::Set {
        return Ok(item);
    }
    let members = vm.set_members(item);
    vm.build_set(members, true)
}

fn set_remove(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Set, "remove")?;
    let item = one_argument(vm, "set.remove", rest, kwargs)?;
    let key = lookup_key(vm, item)?;
    if vm.set_remove(this, key)? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(item))
    }
}

fn set_discard(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Set, "discard")?;
    let item = one_argument(vm, "set.discard", rest, kwargs)?;
    let key = lookup_key(vm, item)?;
    vm.set_remove(this, key)?;
    Ok(Value::None)
}

/// `pop()`: the first member in iteration order, as CPython's does.
fn set_pop(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Set, "pop")?;
    no_arguments(vm, "set.pop", rest, kwargs)?;
    let Some(&first) = vm.set_members(this).first() else {
        return Err(vm.error(TypeId::KeyError, "pop from an empty set"));
    };
    vm.set_remove(this, first)?;
    Ok(first)
}

fn set_clear(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Set, "clear")?;
    no_arguments(vm, "set.clear", rest, kwargs)?;
    if let Some(Object::Set { items, .. }) = this.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        items.clear();
    }
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Set, "update")?;
    reject_keywords(vm, "set.update", kwargs)?;
    for &other in rest {
        for item in members_of(vm, other)? {
            vm.set_add(this, item)?;
        }
    }
    Ok(Value::None)
}
