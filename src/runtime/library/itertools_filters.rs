//! The filtering tools of `itertools`: `takewhile`, `dropwhile`, `filterfalse`,
//! `compress` and `starmap`, each lazy.

use super::args::{bind, reject_keywords, NativeResult};
use super::itertools_module::{finished, FINISHED};
use super::lazy::{call, lazy_iterator, next_item, LazyState};
use crate::runtime::native::{KwArgs, NativeFn};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

fn predicate_iterator(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &'static str,
    step: NativeFn,
) -> NativeResult {
    reject_keywords(vm, name, kwargs)?;
    let [predicate, iterable] = args[..] else {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {}", args.len())));
    };
    let iterator = vm.get_iter(iterable)?;
    Ok(lazy_iterator(
        vm,
        name,
        step,
        vec![Value::Bool(false), predicate, iterator],
    ))
}

pub fn itertools_takewhile(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    predicate_iterator(vm, args, kwargs, "takewhile", takewhile_step)
}

fn takewhile_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    if finished(vm, &state) {
        return Ok(state.done(vm));
    }
    let Some(item) = next_item(vm, state.get(vm, 2))? else {
        return Ok(state.finish(vm, FINISHED));
    };
    let verdict = call(vm, state.get(vm, 1), vec![item])?;
    if vm.truthy(verdict) {
        Ok(item)
    } else {
        Ok(state.finish(vm, FINISHED))
    }
}

pub fn itertools_dropwhile(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    predicate_iterator(vm, args, kwargs, "dropwhile", dropwhile_step)
}

/// The finished slot doubles as "done dropping": after that, items pass straight on.
fn dropwhile_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    let (predicate, iterator) = (state.get(vm, 1), state.get(vm, 2));
    while let Some(item) = next_item(vm, iterator)? {
        if finished(vm, &state) {
            return Ok(item);
        }
        let verdict = call(vm, predicate, vec![item])?;
        if !vm.truthy(verdict) {
            state.set(vm, FINISHED, Value::Bool(true));
            return Ok(item);
        }
    }
    Ok(state.done(vm))
}

pub fn itertools_starmap(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    predicate_iterator(vm, args, kwargs, "starmap", starmap_step)
}

/// Slots: finished, function, iterator of argument tuples.
fn starmap_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    let Some(arguments) = next_item(vm, state.get(vm, 2))? else {
        return Ok(state.done(vm));
    };
    let arguments = vm.collect_iterable(arguments)?;
    call(vm, state.get(vm, 1), arguments)
}

pub fn itertools_filterfalse(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    predicate_iterator(vm, args, kwargs, "filterfalse", filterfalse_step)
}

/// Slots: finished, predicate (None for truthiness), iterator.
fn filterfalse_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    let (predicate, iterator) = (state.get(vm, 1), state.get(vm, 2));
    while let Some(item) = next_item(vm, iterator)? {
        let verdict = if predicate.is_none() {
            item
        } else {
            call(vm, predicate, vec![item])?
        };
        if !vm.truthy(verdict) {
            return Ok(item);
        }
    }
    Ok(state.done(vm))
}

pub fn itertools_compress(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let bound = bind(vm, "compress", args, kwargs, &["data", "selectors"], 2)?;
    let data = vm.get_iter(bound.first().copied().flatten().unwrap_or(Value::None))?;
    let selectors = vm.get_iter(bound.get(1).copied().flatten().unwrap_or(Value::None))?;
    Ok(lazy_iterator(
        vm,
        "compress",
        compress_step,
        vec![Value::Bool(false), data, selectors],
    ))
}

/// Slots: finished, data iterator, selector iterator; stops when either runs out.
fn compress_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    let (data, selectors) = (state.get(vm, 1), state.get(vm, 2));
    loop {
        let Some(item) = next_item(vm, data)? else {
            return Ok(state.done(vm));
        };
        let Some(selector) = next_item(vm, selectors)? else {
            return Ok(state.done(vm));
        };
        if vm.truthy(selector) {
            return Ok(item);
        }
    }
}
