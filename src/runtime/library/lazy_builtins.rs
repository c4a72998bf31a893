//! The lazy built-in iterators: `map`, `filter`, `zip` and `enumerate`. Each takes
//! `iter()` of its inputs when called, as CPython does, and draws from them one item
//! per `next()`.

use super::args::{bind, reject_keywords, NativeResult};
use super::lazy::{call, lazy_iterator, next_item, LazyState};
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(registry: &mut Registry) {
    registry.builtin("map", builtin_map);
    registry.builtin("filter", builtin_filter);
    registry.builtin("zip", builtin_zip);
    registry.builtin("enumerate", builtin_enumerate);
}

fn iterators(vm: &mut Vm, iterables: &[Value]) -> Result<Vec<Value>, Exception> {
    iterables
        .iter()
        .map(|&iterable| vm.get_iter(iterable))
        .collect()
}

/// Slot 0 is the "finished" flag of every iterator here; the rest follow it.
const FINISHED: usize = 0;

fn is_finished(vm: &Vm, state: &LazyState) -> bool {
    matches!(state.get(vm, FINISHED), Value::Bool(true))
}

fn builtin_map(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "map", kwargs)?;
    let Some((&function, iterables)) = args.split_first().filter(|(_, rest)| !rest.is_empty())
    else {
        return Err(vm.type_error("map() must have at least two arguments."));
    };
    let mut state = vec![Value::Bool(false), function];
    state.extend(iterators(vm, iterables)?);
    Ok(lazy_iterator(vm, "map", map_step, state))
}

/// Slots: finished, function, then one iterator per input.
fn map_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    if is_finished(vm, &state) {
        return Ok(state.done(vm));
    }
    let function = state.get(vm, 1);
    let mut call_args = Vec::new();
    let mut index = 2;
    while let Some(iterator) = Some(state.get(vm, index)).filter(|value| !value.is_none()) {
        match next_item(vm, iterator)? {
            Some(item) => call_args.push(item),
            None => return Ok(state.finish(vm, FINISHED)),
        }
        index += 1;
    }
    call(vm, function, call_args)
}

fn builtin_filter(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "filter", kwargs)?;
    let [function, iterable] = args[..] else {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", args.len())));
    };
    let iterator = vm.get_iter(iterable)?;
    Ok(lazy_iterator(
        vm,
        "filter",
        filter_step,
        vec![Value::Bool(false), function, iterator],
    ))
}

/// Slots: finished, predicate (None for truthiness), iterator.
fn filter_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    if is_finished(vm, &state) {
        return Ok(state.done(vm));
    }
    let (function, iterator) = (state.get(vm, 1), state.get(vm, 2));
    while let Some(item) = next_item(vm, iterator)? {
        let verdict = if function.is_none() {
            item
        } else {
            call(vm, function, vec![item])?
        };
        if vm.truthy(verdict) {
            return Ok(item);
        }
    }
    Ok(state.finish(vm, FINISHED))
}

fn builtin_zip(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    if let Some(unknown) = kwargs.first_unexpected(&["strict"]) {
        return Err(vm.type_error(format!(
            "zip() got an unexpected keyword argument '{unknown}'"
        )));
    }
    let strict = kwargs.get("strict").is_some_and(|flag| vm.truthy(flag));
    let mut state = vec![Value::Bool(args.is_empty()), Value::Bool(strict)];
    state.extend(iterators(vm, args)?);
    Ok(lazy_iterator(vm, "zip", zip_step, state))
}

/// Slots: finished, strict, then one iterator per input. With `strict`, the first
/// input to run out must be the last of them all.
fn zip_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    if is_finished(vm, &state) {
        return Ok(state.done(vm));
    }
    let strict = matches!(state.get(vm, 1), Value::Bool(true));
    let mut row = Vec::new();
    let mut index = 2;
    while let Some(iterator) = Some(state.get(vm, index)).filter(|value| !value.is_none()) {
        match next_item(vm, iterator)? {
            Some(item) => row.push(item),
            None if strict => {
                if let Some(error) = strict_mismatch(vm, &state, index - 2)? {
                    return Err(error);
                }
                return Ok(state.finish(vm, FINISHED));
            }
            None => return Ok(state.finish(vm, FINISHED)),
        }
        index += 1;
    }
    Ok(vm.new_tuple(row))
}

/// CPython's `zip(strict=True)` errors: an input that ran out after the first, or one
/// that still has items when the first ran out. None when all end together.
fn strict_mismatch(
    vm: &mut Vm,
    state: &LazyState,
    exhausted: usize,
) -> Result<Option<Exception>, Exception> {
    let plural = |i: usize| {
        if i == 1 {
            " ".to_string()
        } else {
            "s 1-".to_string()
        }
    };
    state.set(vm, FINISHED, Value::Bool(true));
    if exhausted > 0 {
        let message = format!(
            "zip() argument {} is shorter than argument{}{exhausted}",
            exhausted + 1,
            plural(exhausted)
        );
        return Ok(Some(vm.value_error(message)));
    }
    let mut index = 3;
    while let Some(iterator) = Some(state.get(vm, index)).filter(|value| !value.is_none()) {
        if next_item(vm, iterator)?.is_some() {
            let i = index - 2;
            let message = format!(
                "zip() argument {} is longer than argument{}{i}",
                i + 1,
                plural(i)
            );
            return Ok(Some(vm.value_error(message)));
        }
        index += 1;
    }
    Ok(None)
}

fn builtin_enumerate(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    if args.is_empty() && kwargs.get("iterable").is_none() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let bound = bind(vm, "enumerate", args, kwargs, &["iterable", "start"], 1)?;
    let iterable = bound.first().copied().flatten().unwrap_or(Value::None);
    let start = match bound.get(1).copied().flatten() {
        Some(start) if vm.int_value(start).is_some() => {
            // The count is an int even when start is a bool.
            let start = vm.int_value(start).unwrap_or_default();
            vm.new_int_big(start)?
        }
        Some(start) => {
            let message = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.class_name(start)
            );
            return Err(vm.type_error(message));
        }
        None => Value::Int(0),
    };
    let iterator = vm.get_iter(iterable)?;
    Ok(lazy_iterator(
        vm,
        "enumerate",
        enumerate_step,
        vec![Value::Bool(false), start, iterator],
    ))
}

/// Slots: finished, the next count, iterator.
fn enumerate_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    if is_finished(vm, &state) {
        return Ok(state.done(vm));
    }
    let (count, iterator) = (state.get(vm, 1), state.get(vm, 2));
    let Some(item) = next_item(vm, iterator)? else {
        return Ok(state.finish(vm, FINISHED));
    };
    let next = vm.binary_op(
        crate::syntax::ast::Operator::Add,
        count,
        Value::Int(1),
        false,
    )?;
    state.set(vm, 1, next);
    Ok(vm.new_tuple(vec![count, item]))
}
