//! The `itertools` module's lazy iterators: `count`, `cycle`, `repeat`, `chain`,
//! `chain.from_iterable`, `islice`, `accumulate` and `zip_longest`. The filtering ones
//! live in `itertools_filters`, the combinatoric ones in `itertools_combinatorics`.

use super::args::{bind, reject_keywords, NativeResult};
use super::itertools_combinatorics;
use super::itertools_filters;
use super::lazy::{call, lazy_iterator, next_item, LazyState};
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::{KwArgs, NativeFn, Registry};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::Operator;

pub fn init_itertools(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    let functions: [(&'static str, NativeFn); 18] = [
        ("starmap", itertools_filters::itertools_starmap),
        ("filterfalse", itertools_filters::itertools_filterfalse),
        ("compress", itertools_filters::itertools_compress),
        (
            "combinations_with_replacement",
            itertools_combinatorics::itertools_combinations_with_replacement,
        ),
        ("count", itertools_count),
        ("cycle", itertools_cycle),
        ("repeat", itertools_repeat),
        ("chain", itertools_chain),
        ("islice", itertools_islice),
        ("accumulate", itertools_accumulate),
        ("takewhile", itertools_filters::itertools_takewhile),
        ("dropwhile", itertools_filters::itertools_dropwhile),
        ("zip_longest", itertools_zip_longest),
        ("product", itertools_combinatorics::itertools_product),
        (
            "permutations",
            itertools_combinatorics::itertools_permutations,
        ),
        (
            "combinations",
            itertools_combinatorics::itertools_combinations,
        ),
        ("groupby", itertools_combinatorics::itertools_groupby),
        ("pairwise", itertools_combinatorics::itertools_pairwise),
    ];
    for (name, function) in functions {
        vm.add_module_function(dict, "itertools", name, function);
    }
    Ok(())
}

/// `chain.from_iterable` is reached as an attribute of `chain`.
pub fn register(registry: &mut Registry) {
    registry.method(
        TypeId::BuiltinFunction,
        "from_iterable",
        chain_from_iterable,
    );
}

/// Every iterator here keeps a "finished" flag in slot 0.
pub const FINISHED: usize = 0;

pub fn finished(vm: &Vm, state: &LazyState) -> bool {
    matches!(state.get(vm, FINISHED), Value::Bool(true))
}

fn itertools_count(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let bound = bind(vm, "count", args, kwargs, &["start", "step"], 0)?;
    let start = bound.first().copied().flatten().unwrap_or(Value::Int(0));
    let step = bound.get(1).copied().flatten().unwrap_or(Value::Int(1));
    for value in [start, step] {
        if vm.number(value).is_none() {
            return Err(vm.type_error("a number is required"));
        }
    }
    Ok(lazy_iterator(
        vm,
        "count",
        count_step,
        vec![Value::Bool(false), start, step],
    ))
}

fn count_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    let (current, step) = (state.get(vm, 1), state.get(vm, 2));
    let next = vm.binary_op(Operator::Add, current, step, false)?;
    state.set(vm, 1, next);
    Ok(current)
}

fn itertools_cycle(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "cycle", kwargs)?;
    let [iterable] = args[..] else {
        return Err(vm.type_error(format!("cycle expected 1 argument, got {}", args.len())));
    };
    let iterator = vm.get_iter(iterable)?;
    let saved = vm.new_list(Vec::new());
    Ok(lazy_iterator(
        vm,
        "cycle",
        cycle_step,
        vec![Value::Bool(false), iterator, saved, Value::Int(-1)],
    ))
}

/// Slots: finished, iterator, saved items, replay position (-1 while on the first pass).
fn cycle_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    let (iterator, saved, position) = (state.get(vm, 1), state.get(vm, 2), state.get(vm, 3));
    if position == Value::Int(-1) {
        if let Some(item) = next_item(vm, iterator)? {
            if let Some(crate::runtime::object::Object::List(items)) =
                saved.as_obj().and_then(|r| vm.heap.get_mut(r))
            {
                items.push(item);
            }
            return Ok(item);
        }
    }
    let items = vm.collect_iterable(saved)?;
    if items.is_empty() {
        return Ok(state.finish(vm, FINISHED));
    }
    let index = vm.small_int(position).map_or(0, |p| p.max(0) as usize) % items.len();
    state.set(vm, 3, Value::Int(((index + 1) % items.len()) as i64));
    Ok(items.get(index).copied().unwrap_or(Value::None))
}

fn itertools_repeat(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let bound = bind(vm, "repeat", args, kwargs, &["object", "times"], 1)?;
    let object = bound.first().copied().flatten().unwrap_or(Value::None);
    let times = match bound.get(1).copied().flatten() {
        Some(times) => Value::Int(super::args::index_arg(vm, times)?.max(0)),
        None => Value::None,
    };
    Ok(lazy_iterator(
        vm,
        "repeat",
        repeat_step,
        vec![Value::Bool(false), object, times],
    ))
}

fn repeat_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    match vm.small_int(state.get(vm, 2)) {
        Some(0) => Ok(state.done(vm)),
        Some(left) => {
            state.set(vm, 2, Value::Int(left - 1));
            Ok(state.get(vm, 1))
        }
        None => Ok(state.get(vm, 1)),
    }
}

fn itertools_chain(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "chain", kwargs)?;
    let sources = vm.new_tuple(args.to_vec());
    let outer = vm.get_iter(sources)?;
    Ok(lazy_iterator(
        vm,
        "chain",
        chain_step,
        vec![Value::Bool(false), outer, Value::None],
    ))
}

fn chain_from_iterable(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    if super::args::native_name(vm, this) != Some("chain") {
        return Err(super::functools_module::no_attribute(
            vm,
            this,
            "from_iterable",
        ));
    }
    let iterable = super::args::one_argument(
        vm,
        "chain.from_iterable",
        args.get(1..).unwrap_or(&[]),
        kwargs,
    )?;
    let outer = vm.get_iter(iterable)?;
    Ok(lazy_iterator(
        vm,
        "chain",
        chain_step,
        vec![Value::Bool(false), outer, Value::None],
    ))
}

/// Slots: finished, iterator over the sources, iterator over the current source.
fn chain_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    if finished(vm, &state) {
        return Ok(state.done(vm));
    }
    loop {
        let current = state.get(vm, 2);
        if !current.is_none() {
            if let Some(item) = next_item(vm, current)? {
                return Ok(item);
            }
        }
        let outer = state.get(vm, 1);
        match next_item(vm, outer)? {
            Some(source) => {
                let inner = vm.get_iter(source)?;
                state.set(vm, 2, inner);
            }
            None => return Ok(state.finish(vm, FINISHED)),
        }
    }
}

/// `islice`'s stop: None, or an int other than -1 (CPython's error marker); anything
/// else is the "Stop argument" ValueError.
fn islice_stop(vm: &mut Vm, value: Option<Value>) -> Result<Option<i64>, Exception> {
    let message = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    match value {
        None | Some(Value::None) => Ok(None),
        Some(value) => match vm.small_int(value).filter(|&n| n != -1) {
            Some(n) => Ok(Some(n)),
            None => Err(vm.value_error(message)),
        },
    }
}

/// `islice(iterable, stop)` or `islice(iterable, start, stop[, step])`. A start that
/// is not an int counts as -1, which the range check then refuses.
fn itertools_islice(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "islice", kwargs)?;
    super::args::clinic_count(vm, "islice", args, 2, 4)?;
    let (start, stop) = match args.len() {
        2 => (0, islice_stop(vm, args.get(1).copied())?),
        _ => {
            let start = match args.get(1).copied() {
                None | Some(Value::None) => 0,
                Some(start) => vm.small_int(start).unwrap_or(-1),
            };
            (start, islice_stop(vm, args.get(2).copied())?)
        }
    };
    if start < 0 || stop.is_some_and(|stop| stop < -1) {
        return Err(vm.value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    let step = match args.get(3).copied() {
        None | Some(Value::None) => 1,
        Some(step) => match vm.small_int(step).filter(|&n| n > 0) {
            Some(step) => step,
            None => {
                return Err(vm.value_error("Step for islice() must be a positive integer or None."))
            }
        },
    };
    let iterator = vm.get_iter(args[0])?;
    let stop = stop.map_or(Value::None, Value::Int);
    let state = vec![
        Value::Bool(false),
        iterator,
        Value::Int(start),
        stop,
        Value::Int(step),
        Value::Int(0),
    ];
    Ok(lazy_iterator(vm, "islice", islice_step, state))
}

/// Slots: finished, iterator, next index to yield, stop, step, items consumed so far.
fn islice_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    if finished(vm, &state) {
        return Ok(state.done(vm));
    }
    let iterator = state.get(vm, 1);
    let wanted = vm.small_int(state.get(vm, 2)).unwrap_or(0);
    let stop = vm.small_int(state.get(vm, 3));
    let step = vm.small_int(state.get(vm, 4)).unwrap_or(1);
    let mut consumed = vm.small_int(state.get(vm, 5)).unwrap_or(0);
    if stop.is_some_and(|stop| wanted >= stop) {
        return Ok(state.finish(vm, FINISHED));
    }
    loop {
        let Some(item) = next_item(vm, iterator)? else {
            return Ok(state.finish(vm, FINISHED));
        };
        consumed += 1;
        if consumed - 1 == wanted {
            state.set(vm, 2, Value::Int(wanted.saturating_add(step)));
            state.set(vm, 5, Value::Int(consumed));
            return Ok(item);
        }
    }
}

fn itertools_accumulate(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    if args.len() > 3 {
        let message = format!(
            "accumulate() takes at most 3 arguments ({} given)",
            args.len()
        );
        return Err(vm.type_error(message));
    }
    if args.len() > 2 {
        let message = format!(
            "accumulate() takes at most 2 positional arguments ({} given)",
            args.len()
        );
        return Err(vm.type_error(message));
    }
    let bound = bind(
        vm,
        "accumulate",
        args,
        kwargs,
        &["iterable", "func", "initial"],
        1,
    )?;
    let iterator = vm.get_iter(bound.first().copied().flatten().unwrap_or(Value::None))?;
    let function = bound.get(1).copied().flatten().unwrap_or(Value::None);
    let initial = bound
        .get(2)
        .copied()
        .flatten()
        .filter(|initial| !initial.is_none());
    let (total, pending) = match initial {
        Some(initial) => (initial, Value::Bool(true)),
        None => (Value::None, Value::Bool(false)),
    };
    let state = vec![
        Value::Bool(false),
        iterator,
        function,
        total,
        pending,
        Value::Bool(initial.is_some()),
    ];
    Ok(lazy_iterator(vm, "accumulate", accumulate_step, state))
}

/// Slots: finished, iterator, function (None for `+`), running total, whether the
/// total is still to be yielded (an `initial`), whether a total exists yet.
fn accumulate_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    if finished(vm, &state) {
        return Ok(state.done(vm));
    }
    if state.get(vm, 4) == Value::Bool(true) {
        state.set(vm, 4, Value::Bool(false));
        return Ok(state.get(vm, 3));
    }
    let Some(item) = next_item(vm, state.get(vm, 1))? else {
        return Ok(state.finish(vm, FINISHED));
    };
    let total = if state.get(vm, 5) == Value::Bool(true) {
        let (function, total) = (state.get(vm, 2), state.get(vm, 3));
        if function.is_none() {
            vm.binary_op(Operator::Add, total, item, false)?
        } else {
            call(vm, function, vec![total, item])?
        }
    } else {
        item
    };
    state.set(vm, 3, total);
    state.set(vm, 5, Value::Bool(true));
    Ok(total)
}

fn itertools_zip_longest(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    if let Some(unknown) = kwargs.first_unexpected(&["fillvalue"]) {
        return Err(vm.type_error(format!(
            "zip_longest() got an unexpected keyword argument '{unknown}'"
        )));
    }
    let fill = kwargs.get("fillvalue").unwrap_or(Value::None);
    let mut iterators = Vec::with_capacity(args.len());
    for &iterable in args {
        iterators.push(vm.get_iter(iterable)?);
    }
    let sources = vm.new_list(iterators);
    Ok(lazy_iterator(
        vm,
        "zip_longest",
        zip_longest_step,
        vec![Value::Bool(args.is_empty()), fill, sources],
    ))
}

/// Slots: finished, fill value, the list of iterators (None once one runs out).
fn zip_longest_step(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let state = LazyState::of(args);
    if finished(vm, &state) {
        return Ok(state.done(vm));
    }
    let (fill, sources) = (state.get(vm, 1), state.get(vm, 2));
    let iterators = vm.collect_iterable(sources)?;
    let mut row = Vec::with_capacity(iterators.len());
    let mut active = false;
    for (index, iterator) in iterators.into_iter().enumerate() {
        let item = if iterator.is_none() {
            None
        } else {
            next_item(vm, iterator)?
        };
        match item {
            Some(item) => {
                active = true;
                row.push(item);
            }
            None => {
                vm.set_item(sources, Value::Int(index as i64), Value::None)?;
                row.push(fill);
            }
        }
    }
    if !active {
        return Ok(state.finish(vm, FINISHED));
    }
    Ok(vm.new_tuple(row))
}
