//! Methods of list and tuple.

use crate::runtime::budget::VALUE_BYTES;
use super::args::{
    clinic_count, index_arg, no_arguments, one_argument, receiver, reject_keywords, NativeResult,
};
use super::iteration_builtins::sort_options;
use super::sorting::sort_values;
use crate::pytext;
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::object::{ListItems, Object};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::List, "append", list_append);
    registry.method(TypeId::List, "extend", list_extend);
    registry.method(TypeId::List, "insert", list_insert);
    registry.method(TypeId::List, "remove", list_remove);
    registry.method(TypeId::List, "pop", list_pop);
    registry.method(TypeId::List, "clear", list_clear);
    registry.method(TypeId::List, "index", list_index);
    registry.method(TypeId::List, "count", list_count);
    registry.method(TypeId::List, "sort", list_sort);
    registry.method(TypeId::List, "reverse", list_reverse);
    registry.method(TypeId::List, "copy", list_copy);
    registry.method(TypeId::Tuple, "index", tuple_index);
    registry.method(TypeId::Tuple, "count", tuple_count);
}

fn list_ref(vm: &mut Vm, args: &[Value], method: &str) -> Result<(ObjRef, Vec<Value>), Exception> {
    let (this, rest) = receiver(vm, args, TypeId::List, method)?;
    Ok((
        this.as_obj().unwrap_or(crate::runtime::heap::ObjRef(0)),
        rest.to_vec(),
    ))
}

/// The items of a list or tuple as they are now.
fn items(vm: &Vm, sequence: ObjRef) -> Vec<Value> {
    match vm.heap.get(sequence) {
        Object::List(items) => items.to_vec(),
        Object::Tuple(items) => items.to_vec(),
        _ => Vec::new(),
    }
}

/// One item of a list or tuple, without copying the rest.
fn item_at(vm: &Vm, sequence: ObjRef, at: usize) -> Option<Value> {
    match vm.heap.get(sequence) {
        Object::List(items) => items.get(at).copied(),
        Object::Tuple(items) => items.get(at).copied(),
        _ => None,
    }
}

fn with_list<T>(vm: &mut Vm, list: ObjRef, change: impl FnOnce(&mut ListItems) -> T) -> Option<T> {
    match vm.heap.get_mut(list) {
        Some(Object::List(items)) => Some(change(items)),
        _ => None,
    }
}

fn list_append(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (list, rest) = list_ref(vm, args, "append")?;
    let item = one_argument(vm, "list.append", &rest, kwargs)?;
    vm.grow_container(vm.sequence_items_len(Value::Obj(list)), 1, VALUE_BYTES)?;
    with_list(vm, list, |items| items.push(item));
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (list, rest) = list_ref(vm, args, "extend")?;
    let iterable = one_argument(vm, "list.extend", &rest, kwargs)?;
    let added = vm.collect_iterable(iterable)?;
    vm.grow_container(vm.sequence_items_len(Value::Obj(list)), added.len(), VALUE_BYTES)?;
    with_list(vm, list, |items| items.extend(added));
    Ok(Value::None)
}

/// `insert(i, x)`: `i` is clamped into the list, counting from the end when negative.
fn list_insert(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (list, rest) = list_ref(vm, args, "insert")?;
    reject_keywords(vm, "list.insert", kwargs)?;
    let [index, item] = rest[..] else {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", rest.len())));
    };
    let index = index_arg(vm, index)?;
    with_list(vm, list, |items| {
        let length = items.len() as i64;
        let position = if index < 0 {
            (index + length).max(0)
        } else {
            index.min(length)
        };
        items.insert(position as usize, item);
    });
    Ok(Value::None)
}

/// The position of the first item equal to `needle` in `start..stop`.
fn position_of(
    vm: &mut Vm,
    sequence: ObjRef,
    needle: Value,
    start: usize,
    stop: usize,
) -> Result<Option<usize>, Exception> {
    let mut at = start;
    while at < stop {
        // Re-read each time: `__eq__` may change the list.
        let Some(item) = item_at(vm, sequence, at) else {
            break;
        };
        if vm.is_same(item, needle) || vm.equal(item, needle)? {
            return Ok(Some(at));
        }
        at += 1;
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (list, rest) = list_ref(vm, args, "remove")?;
    let needle = one_argument(vm, "list.remove", &rest, kwargs)?;
    let length = items(vm, list).len();
    match position_of(vm, list, needle, 0, length)? {
        Some(at) => {
            with_list(vm, list, |items| {
                (at < items.len()).then(|| items.remove(at))
            });
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_pop(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (list, rest) = list_ref(vm, args, "pop")?;
    reject_keywords(vm, "list.pop", kwargs)?;
    clinic_count(vm, "pop", &rest, 0, 1)?;
    let index = match rest.first() {
        Some(&index) => index_arg(vm, index)?,
        None => -1,
    };
    let length = items(vm, list).len() as i64;
    if length == 0 {
        return Err(vm.error(TypeId::IndexError, "pop from empty list"));
    }
    let position = if index < 0 { index + length } else { index };
    if !(0..length).contains(&position) {
        return Err(vm.error(TypeId::IndexError, "pop index out of range"));
    }
    Ok(with_list(vm, list, |items| items.remove(position as usize))
        .flatten()
        .unwrap_or(Value::None))
}

fn list_clear(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (list, rest) = list_ref(vm, args, "clear")?;
    no_arguments(vm, "list.clear", &rest, kwargs)?;
    with_list(vm, list, ListItems::clear);
    Ok(Value::None)
}

/// A `start`/`stop` of `index`: ints only (no None), clamped like slice bounds.
fn index_bound(
    vm: &mut Vm,
    value: Option<&Value>,
    length: usize,
    default: usize,
) -> Result<usize, Exception> {
    let Some(&value) = value else {
        return Ok(default);
    };
    let Some(n) = vm.int_value(value) else {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    };
    let n = num_traits::ToPrimitive::to_i64(&n).unwrap_or(if n.sign() == num_bigint::Sign::Minus {
        i64::MIN
    } else {
        i64::MAX
    });
    let (start, _) = pytext::adjust_indices(length, Some(n), None);
    Ok(start.min(length))
}

/// `list.index` and `tuple.index`.
fn sequence_index(
    vm: &mut Vm,
    sequence: ObjRef,
    rest: &[Value],
    kwargs: &KwArgs,
    owner: &str,
) -> NativeResult {
    reject_keywords(vm, &format!("{owner}.index"), kwargs)?;
    clinic_count(vm, "index", rest, 1, 3)?;
    let length = items(vm, sequence).len();
    let start = index_bound(vm, rest.get(1), length, 0)?;
    let stop = index_bound(vm, rest.get(2), length, length)?;
    match position_of(vm, sequence, rest[0], start, stop)? {
        Some(at) => Ok(Value::Int(at as i64)),
        None if owner == "list" => {
            let shown = vm.repr(rest[0])?;
            Err(vm.value_error(format!("{shown} is not in list")))
        }
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn list_index(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (list, rest) = list_ref(vm, args, "index")?;
    sequence_index(vm, list, &rest, kwargs, "list")
}

fn sequence_count(vm: &mut Vm, sequence: ObjRef, needle: Value) -> NativeResult {
    let mut found = 0;
    for item in items(vm, sequence) {
        if vm.is_same(item, needle) || vm.equal(item, needle)? {
            found += 1;
        }
    }
    Ok(Value::Int(found))
}

fn list_count(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (list, rest) = list_ref(vm, args, "count")?;
    let needle = one_argument(vm, "list.count", &rest, kwargs)?;
    sequence_count(vm, list, needle)
}

/// `sort(*, key=None, reverse=False)`: stable; the list is rewritten in place.
fn list_sort(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (list, rest) = list_ref(vm, args, "sort")?;
    if rest.len() > 2 {
        let message = format!("sort() takes at most 2 arguments ({} given)", rest.len());
        return Err(vm.type_error(message));
    }
    if !rest.is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options(vm, kwargs, "sort")?;
    // As in CPython, the list is empty while it sorts, so a key or comparison that
    // changes it is detected afterwards; what it added is dropped.
    let original = items(vm, list);
    with_list(vm, list, |items| *items = Vec::new().into());
    let sorted = sort_values(vm, original.clone(), key, reverse);
    let modified = !items(vm, list).is_empty();
    let sorted = match sorted {
        Ok(sorted) => sorted,
        Err(error) => {
            with_list(vm, list, |items| *items = original.into());
            return Err(error);
        }
    };
    with_list(vm, list, |items| *items = sorted.into());
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (list, rest) = list_ref(vm, args, "reverse")?;
    no_arguments(vm, "list.reverse", &rest, kwargs)?;
    with_list(vm, list, |items| items.edit(|items| items.reverse()));
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (list, rest) = list_ref(vm, args, "copy")?;
    no_arguments(vm, "list.copy", &rest, kwargs)?;
    let copied = items(vm, list);
    Ok(vm.new_list(copied))
}

fn tuple_ref(vm: &mut Vm, args: &[Value], method: &str) -> Result<(ObjRef, Vec<Value>), Exception> {
    let (this, rest) = receiver(vm, args, TypeId::Tuple, method)?;
    Ok((
        this.as_obj().unwrap_or(crate::runtime::heap::ObjRef(0)),
        rest.to_vec(),
    ))
}

fn tuple_index(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (tuple, rest) = tuple_ref(vm, args, "index")?;
    sequence_index(vm, tuple, &rest, kwargs, "tuple")
}

fn tuple_count(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (tuple, rest) = tuple_ref(vm, args, "count")?;
    let needle = one_argument(vm, "tuple.count", &rest, kwargs)?;
    sequence_count(vm, tuple, needle)
}
