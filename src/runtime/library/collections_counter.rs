//! `collections.Counter`: a dict from elements to counts, following collections'
//! Python source: a missing element counts 0, `update` adds and `subtract`
//! subtracts, `most_common` sorts by count, largest first, keeping insertion order
//! among equal counts.

use super::args::NativeResult;
use super::collections_module::Methods;
use super::sorting::sort_values;
use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::Operator;

pub fn counter_methods() -> &'static Methods {
    &[
        ("__init__", counter_update),
        ("__missing__", counter_missing),
        ("__repr__", counter_repr),
        ("update", counter_update),
        ("subtract", counter_subtract),
        ("most_common", counter_most_common),
        ("elements", counter_elements),
        ("total", counter_total),
        (
            "__add__",
            super::collections_counter_arithmetic::counter_add,
        ),
        (
            "__sub__",
            super::collections_counter_arithmetic::counter_sub,
        ),
        ("__or__", super::collections_counter_arithmetic::counter_or),
        (
            "__and__",
            super::collections_counter_arithmetic::counter_and,
        ),
    ]
}

/// `c[missing]` is 0, and the element stays missing.
fn counter_missing(_: &mut Vm, _: &[Value], _: &KwArgs) -> NativeResult {
    Ok(Value::Int(0))
}

/// `update([iterable-or-mapping], **kwds)`: counts are added.
fn counter_update(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    combine(vm, args, kwargs, Operator::Add)
}

/// `subtract([iterable-or-mapping], **kwds)`: counts are subtracted, down past zero.
fn counter_subtract(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    combine(vm, args, kwargs, Operator::Sub)
}

fn combine(vm: &mut Vm, args: &[Value], kwargs: &KwArgs, op: Operator) -> NativeResult {
    let Some((&this, rest)) = args.split_first() else {
        return Ok(Value::None);
    };
    if rest.len() > 1 {
        let message = format!("expected at most 1 arguments, got {}", rest.len());
        return Err(vm.type_error(message));
    }
    let counts = vm.builtin_view(this);
    if let Some(&source) = rest.first().filter(|&&source| source != Value::None) {
        let source_view = vm.builtin_view(source);
        if matches!(
            source_view.as_obj().map(|r| vm.heap.get(r)),
            Some(Object::Dict(_))
        ) {
            for (element, count) in vm.dict_pairs(source_view) {
                add_count(vm, counts, element, count, op)?;
            }
        } else {
            for element in vm.collect_iterable(source)? {
                add_count(vm, counts, element, Value::Int(1), op)?;
            }
        }
    }
    for (name, count) in &kwargs.0 {
        let element = vm.new_str(name);
        add_count(vm, counts, element, *count, op)?;
    }
    Ok(Value::None)
}

/// `counts[element] = counts.get(element, 0) op count`.
fn add_count(
    vm: &mut Vm,
    counts: Value,
    element: Value,
    count: Value,
    op: Operator,
) -> Result<(), Exception> {
    let current = vm.dict_get(counts, element)?.unwrap_or(Value::Int(0));
    let updated = vm.binary_op(op, current, count, false)?;
    vm.dict_set(counts, element, updated)
}

/// The `(element, count)` pairs, largest count first, ties in insertion order.
pub fn by_count(vm: &mut Vm, this: Value) -> Result<Vec<Value>, Exception> {
    let counts = vm.builtin_view(this);
    let pairs: Vec<Value> = vm
        .dict_pairs(counts)
        .into_iter()
        .map(|(element, count)| vm.new_tuple(vec![element, count]))
        .collect();
    let count_of = vm.new_native("count_of", second_item, None);
    sort_values(vm, pairs, Some(count_of), true)
}

/// The sort key of `most_common`: a pair's count (`itemgetter(1)`).
fn second_item(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let pair = args.first().copied().unwrap_or(Value::None);
    match pair.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(items)) => Ok(items.get(1).copied().unwrap_or(Value::None)),
        _ => Ok(Value::None),
    }
}

/// `most_common([n])`: the n most common pairs, or all of them.
fn counter_most_common(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let Some((&this, rest)) = args.split_first() else {
        return Ok(Value::None);
    };
    let n = rest.first().copied().or_else(|| kwargs.get("n"));
    let mut pairs = by_count(vm, this)?;
    if let Some(n) = n.filter(|&n| n != Value::None) {
        let Some(n) = vm.small_int(n) else {
            let message = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(n)
            );
            return Err(vm.type_error(message));
        };
        pairs.truncate(usize::try_from(n).unwrap_or(0));
    }
    Ok(vm.new_list(pairs))
}

/// `elements()`: each element repeated as many times as its count (counts below
/// one give nothing), in insertion order.
fn counter_elements(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let counts = vm.builtin_view(this);
    let mut elements = Vec::new();
    for (element, count) in vm.dict_pairs(counts) {
        let Some(times) = vm.small_int(count) else {
            return Err(vm.type_error("integer argument expected, got float"));
        };
        let times = usize::try_from(times).unwrap_or(0);
        if elements.len().saturating_add(times) > vm.budgets.max_heap_bytes / 16 {
            return Err(vm.error(crate::runtime::types::TypeId::MemoryError, ""));
        }
        elements.extend(std::iter::repeat(element).take(times));
    }
    let list = vm.new_list(elements);
    vm.get_iter(list)
}

/// `total()`: the sum of the counts.
fn counter_total(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let counts = vm.builtin_view(this);
    let mut total = Value::Int(0);
    for (_, count) in vm.dict_pairs(counts) {
        total = vm.binary_op(Operator::Add, total, count, false)?;
    }
    Ok(total)
}

/// `Counter({'a': 2, 'b': 1})`, most common first; `Counter()` when empty.
fn counter_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let name = vm.class_name(this);
    let pairs = by_count(vm, this)?;
    if pairs.is_empty() {
        return Ok(vm.new_str(&format!("{name}()")));
    }
    let mut parts = Vec::with_capacity(pairs.len());
    for pair in pairs {
        let [element, count] = pair_items(vm, pair);
        parts.push(format!("{}: {}", vm.repr(element)?, vm.repr(count)?));
    }
    Ok(vm.new_str(&format!("{name}({{{}}})", parts.join(", "))))
}

fn pair_items(vm: &Vm, pair: Value) -> [Value; 2] {
    match pair.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(items)) => match items[..] {
            [a, b] => [a, b],
            _ => [Value::None, Value::None],
        },
        _ => [Value::None, Value::None],
    }
}
