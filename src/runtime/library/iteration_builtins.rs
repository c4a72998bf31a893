//! Built-ins that walk iterables: `min`, `max`, `sum`, `sorted`, `any`, `all` and
//! `reversed`. The lazy iterator makers live in `lazy_builtins`.

use super::args::{bind, clinic_count, one_argument, reject_keywords, NativeResult};
use super::sorting::{less_than, sort_values};
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::object::{IterState, Object};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::{CmpOperator, Operator};

pub fn register(registry: &mut Registry) {
    registry.builtin("min", builtin_min);
    registry.builtin("max", builtin_max);
    registry.builtin("sum", builtin_sum);
    registry.builtin("sorted", builtin_sorted);
    registry.builtin("any", builtin_any);
    registry.builtin("all", builtin_all);
    registry.builtin("reversed", builtin_reversed);
}

/// Runs `body` with `values` rooted, so a collection during a nested Python call
/// cannot free what native code still holds.
fn rooted<T>(
    vm: &mut Vm,
    values: &[Value],
    body: impl FnOnce(&mut Vm) -> Result<T, Exception>,
) -> Result<T, Exception> {
    let mark = vm.native_roots.len();
    vm.native_roots.extend(values);
    let result = body(vm);
    vm.native_roots.truncate(mark);
    result
}

fn iterator_over(vm: &mut Vm, items: Vec<Value>) -> Value {
    vm.alloc(Object::Iterator(IterState::Values {
        items: items.into(),
        index: 0,
    }))
}

/// `min`/`max`: one iterable or several arguments, with `key=` and `default=`.
fn extreme(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    want_less: bool,
) -> NativeResult {
    if let Some(unknown) = kwargs.first_unexpected(&["key", "default"]) {
        return Err(vm.type_error(format!(
            "'{unknown}' is an invalid keyword argument for {name}()"
        )));
    }
    let key = kwargs.get("key").filter(|key| !key.is_none());
    let default = kwargs.get("default");
    let items = match args {
        [] => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        [iterable] => vm.collect_iterable(*iterable)?,
        _ if default.is_some() => {
            let message =
                format!("Cannot specify a default for {name}() with multiple positional arguments");
            return Err(vm.type_error(message));
        }
        _ => args.to_vec(),
    };
    rooted(vm, &items.clone(), |vm| {
        let mut best: Option<(Value, Value)> = None;
        for item in items {
            let item_key = match key {
                Some(key) => vm.call(key, vec![item], KwArgs::default())?,
                None => item,
            };
            vm.native_roots.push(item_key);
            let better = match best {
                None => true,
                Some((best_key, _)) if want_less => less_than(vm, item_key, best_key)?,
                Some((best_key, _)) => greater_than(vm, item_key, best_key)?,
            };
            if better {
                best = Some((item_key, item));
            }
        }
        match (best, default) {
            (Some((_, item)), _) => Ok(item),
            (None, Some(default)) => Ok(default),
            (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        }
    })
}

/// `a > b`, which `max` asks where `min` asks `<`.
fn greater_than(vm: &mut Vm, a: Value, b: Value) -> Result<bool, Exception> {
    let answer = vm.compare_op(CmpOperator::Gt, a, b)?;
    Ok(vm.truthy(answer))
}

fn builtin_min(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    extreme(vm, args, kwargs, "min", true)
}

fn builtin_max(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    extreme(vm, args, kwargs, "max", false)
}

/// `sum(iterable, /, start=0)`: left to right with `+`; strs are refused.
fn builtin_sum(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    if args.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let bound = bind(vm, "sum", args, kwargs, &["iterable", "start"], 1)?;
    let iterable = bound.first().copied().flatten().unwrap_or(Value::None);
    let start = bound.get(1).copied().flatten().unwrap_or(Value::Int(0));
    let items = vm.collect_iterable(iterable)?;
    if vm.type_of(start) == TypeId::Str {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    rooted(vm, &items.clone(), |vm| {
        let mut total = start;
        for item in items {
            total = vm.binary_op(Operator::Add, total, item, false)?;
            vm.native_roots.push(total);
        }
        Ok(total)
    })
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
fn builtin_sorted(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let [iterable] = args else {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    };
    let (key, reverse) = sort_options(vm, kwargs, "sort")?;
    let items = vm.collect_with_length_hint(*iterable)?;
    let sorted = sort_values(vm, items, key, reverse)?;
    Ok(vm.new_list(sorted))
}

/// The keyword-only `key` and `reverse` of `sorted` and `list.sort`.
pub fn sort_options(
    vm: &mut Vm,
    kwargs: &KwArgs,
    name: &str,
) -> Result<(Option<Value>, bool), Exception> {
    if let Some(unknown) = kwargs.first_unexpected(&["key", "reverse"]) {
        return Err(vm.type_error(format!(
            "'{unknown}' is an invalid keyword argument for {name}()"
        )));
    }
    let key = kwargs.get("key").filter(|key| !key.is_none());
    let reverse = kwargs.get("reverse").is_some_and(|flag| vm.truthy(flag));
    Ok((key, reverse))
}

fn truth_scan(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    stop_on: bool,
) -> NativeResult {
    let iterable = one_argument(vm, name, args, kwargs)?;
    let iterator = vm.get_iter(iterable)?;
    rooted(vm, &[iterator], |vm| {
        while let Some(item) = vm.iter_next(iterator)? {
            if vm.truthy(item) == stop_on {
                return Ok(Value::Bool(stop_on));
            }
        }
        Ok(Value::Bool(!stop_on))
    })
}

fn builtin_any(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    truth_scan(vm, args, kwargs, "any", true)
}

fn builtin_all(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    truth_scan(vm, args, kwargs, "all", false)
}

fn builtin_reversed(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "reversed", kwargs)?;
    clinic_count(vm, "reversed", args, 1, 1)?;
    let sequence = args[0];
    if let Some(reversed) = reversed_user_sequence(vm, sequence) {
        return reversed;
    }
    let reversible = matches!(
        vm.type_of(sequence),
        TypeId::List
            | TypeId::Tuple
            | TypeId::Str
            | TypeId::Range
            | TypeId::Dict
            | TypeId::DictKeys
            | TypeId::DictValues
            | TypeId::DictItems
    );
    if !reversible {
        let message = format!("'{}' object is not reversible", vm.class_name(sequence));
        return Err(vm.type_error(message));
    }
    if let Some(state) = reversed_range(vm, sequence) {
        return Ok(vm.alloc(Object::Iterator(state)));
    }
    let mut items = vm.collect_iterable(sequence)?;
    items.reverse();
    Ok(iterator_over(vm, items))
}

/// A class is reversible through `__reversed__`, or through `__len__` and
/// `__getitem__` (the sequence protocol, read from the end).
fn reversed_user_sequence(vm: &mut Vm, sequence: Value) -> Option<NativeResult> {
    if let Some(method) = vm.user_method(sequence, "__reversed__") {
        return Some(vm.call(method, vec![sequence], KwArgs::default()));
    }
    let length = vm.user_method(sequence, "__len__")?;
    let getitem = vm.user_method(sequence, "__getitem__")?;
    let read = |vm: &mut Vm| -> NativeResult {
        let length = vm.call(length, vec![sequence], KwArgs::default())?;
        let length = super::args::index_arg(vm, length)?;
        let mut items = Vec::new();
        for index in (0..length).rev() {
            items.push(vm.call(
                getitem,
                vec![sequence, Value::Int(index)],
                KwArgs::default(),
            )?);
        }
        Ok(iterator_over(vm, items))
    };
    Some(read(vm))
}

/// `reversed(range(...))` is a range iterator running the other way, as in CPython.
fn reversed_range(vm: &Vm, sequence: Value) -> Option<IterState> {
    let range = match sequence.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::BigRange(range)) => return Some(Vm::big_range_iter(range, true)),
        Some(Object::Range(range)) => range,
        _ => return None,
    };
    let step = range.step.checked_neg()?;
    let last = range
        .start
        .checked_add(range.step.checked_mul(range.len().checked_sub(1)?)?)?;
    let next = if range.is_empty() { range.start } else { last };
    let stop = if range.is_empty() {
        range.start
    } else {
        range.start.checked_sub(range.step)?
    };
    Some(IterState::Range { next, stop, step })
}
