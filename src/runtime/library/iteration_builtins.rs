//! Built-ins that walk iterables: `min`, `max`, `sum`, `sorted`, `any`, `all`, and the
//! iterator makers `reversed`, `enumerate`, `zip`, `map`, `filter`.
//!
//! The iterator makers compute their items when called and hand back an iterator over
//! them, so a program sees the same items in the same order; side effects of the
//! applied function happen at that call rather than as the items are consumed.

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
    registry.builtin("enumerate", builtin_enumerate);
    registry.builtin("zip", builtin_zip);
    registry.builtin("map", builtin_map);
    registry.builtin("filter", builtin_filter);
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
    if vm.type_of(start) == TypeId::Str {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let items = vm.collect_iterable(iterable)?;
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
    let items = vm.collect_iterable(*iterable)?;
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
    let reversible = matches!(
        vm.type_of(sequence),
        TypeId::List
            | TypeId::Tuple
            | TypeId::Str
            | TypeId::Range
            | TypeId::Dict
            | TypeId::DictKeys
    );
    if !reversible {
        let message = format!("'{}' object is not reversible", vm.type_name(sequence));
        return Err(vm.type_error(message));
    }
    if let Some(state) = reversed_range(vm, sequence) {
        return Ok(vm.alloc(Object::Iterator(state)));
    }
    let mut items = vm.collect_iterable(sequence)?;
    items.reverse();
    Ok(iterator_over(vm, items))
}

/// `reversed(range(...))` is a range iterator running the other way, as in CPython.
fn reversed_range(vm: &Vm, sequence: Value) -> Option<IterState> {
    let Some(Object::Range(range)) = sequence.as_obj().map(|r| vm.heap.get(r)) else {
        return None;
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

fn builtin_enumerate(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    if args.is_empty() && kwargs.get("iterable").is_none() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let bound = bind(vm, "enumerate", args, kwargs, &["iterable", "start"], 1)?;
    let iterable = bound.first().copied().flatten().unwrap_or(Value::None);
    let start = match bound.get(1).copied().flatten() {
        Some(start) => vm.int_value(start).ok_or_else(|| {
            let message = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(start)
            );
            vm.type_error(message)
        })?,
        None => 0.into(),
    };
    let items = vm.collect_iterable(iterable)?;
    rooted(vm, &items.clone(), |vm| {
        let mut pairs = Vec::with_capacity(items.len());
        for (offset, item) in items.into_iter().enumerate() {
            let index = vm.new_int_big(&start + offset)?;
            let pair = vm.new_tuple(vec![index, item]);
            vm.native_roots.push(pair);
            pairs.push(pair);
        }
        Ok(iterator_over(vm, pairs))
    })
}

fn builtin_zip(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    if let Some(unknown) = kwargs.first_unexpected(&["strict"]) {
        return Err(vm.type_error(format!(
            "zip() got an unexpected keyword argument '{unknown}'"
        )));
    }
    let strict = kwargs.get("strict").is_some_and(|flag| vm.truthy(flag));
    let mut columns = Vec::with_capacity(args.len());
    for &iterable in args {
        columns.push(vm.collect_iterable(iterable)?);
    }
    let shortest = columns.iter().map(Vec::len).min().unwrap_or(0);
    if strict {
        if let Some(message) = strict_zip_error(&columns, shortest) {
            return Err(vm.value_error(message));
        }
    }
    let all: Vec<Value> = columns.iter().flatten().copied().collect();
    rooted(vm, &all, |vm| {
        let mut rows = Vec::with_capacity(shortest);
        for row in 0..shortest {
            let items: Vec<Value> = columns
                .iter()
                .filter_map(|column| column.get(row).copied())
                .collect();
            let tuple = vm.new_tuple(items);
            vm.native_roots.push(tuple);
            rows.push(tuple);
        }
        Ok(iterator_over(vm, rows))
    })
}

/// `zip(strict=True)`'s complaint, naming the first argument to run out early or the
/// first to outlast argument 1, as CPython's `zip_next` does.
fn strict_zip_error(columns: &[Vec<Value>], shortest: usize) -> Option<String> {
    let plural = |i: usize| {
        if i == 1 {
            " ".to_string()
        } else {
            "s 1-".to_string()
        }
    };
    let first_short = columns.iter().position(|column| column.len() == shortest)?;
    if first_short > 0 {
        let i = first_short;
        return Some(format!(
            "zip() argument {} is shorter than argument{}{i}",
            i + 1,
            plural(i)
        ));
    }
    let longer = columns
        .iter()
        .skip(1)
        .position(|column| column.len() > shortest)?
        + 1;
    Some(format!(
        "zip() argument {} is longer than argument{}{longer}",
        longer + 1,
        plural(longer)
    ))
}

fn builtin_map(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "map", kwargs)?;
    let Some((&function, iterables)) = args.split_first().filter(|(_, rest)| !rest.is_empty())
    else {
        return Err(vm.type_error("map() must have at least two arguments."));
    };
    let mut columns = Vec::with_capacity(iterables.len());
    for &iterable in iterables {
        columns.push(vm.collect_iterable(iterable)?);
    }
    let shortest = columns.iter().map(Vec::len).min().unwrap_or(0);
    let all: Vec<Value> = columns
        .iter()
        .flatten()
        .copied()
        .chain([function])
        .collect();
    rooted(vm, &all, |vm| {
        let mut results = Vec::with_capacity(shortest);
        for row in 0..shortest {
            let call_args: Vec<Value> = columns
                .iter()
                .filter_map(|column| column.get(row).copied())
                .collect();
            let result = vm.call(function, call_args, KwArgs::default())?;
            vm.native_roots.push(result);
            results.push(result);
        }
        Ok(iterator_over(vm, results))
    })
}

fn builtin_filter(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "filter", kwargs)?;
    let [function, iterable] = args else {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", args.len())));
    };
    let function = *function;
    let items = vm.collect_iterable(*iterable)?;
    rooted(vm, &items.clone(), |vm| {
        let mut kept = Vec::new();
        for item in items {
            let verdict = match function {
                Value::None => item,
                _ => vm.call(function, vec![item], KwArgs::default())?,
            };
            if vm.truthy(verdict) {
                kept.push(item);
            }
        }
        Ok(iterator_over(vm, kept))
    })
}
