//! The stable sort behind `sorted` and `list.sort`: a merge sort that asks only
//! `a < b`, as CPython's timsort does, and stops at the first comparison that raises.

use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::CmpOperator;

/// `a < b` by Python's rules.
pub fn less_than(vm: &mut Vm, a: Value, b: Value) -> Result<bool, Exception> {
    let answer = vm.compare_op(CmpOperator::Lt, a, b)?;
    Ok(vm.truthy(answer))
}

/// Sorts `items` by `key` (or by themselves), stably; `reverse` keeps equal items in
/// their original order, as Python's does.
/// The items and their keys stay rooted while key functions and comparisons run
/// Python code that may collect garbage.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> Result<Vec<Value>, Exception> {
    let mark = vm.native_roots.len();
    vm.native_roots.extend(&items);
    let sorted = sort_rooted(vm, items, key, reverse);
    vm.native_roots.truncate(mark);
    sorted
}

fn sort_rooted(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> Result<Vec<Value>, Exception> {
    let mut keyed = Vec::with_capacity(items.len());
    for item in items {
        let sort_key = match key {
            Some(key) => vm.call(key, vec![item], KwArgs::default())?,
            None => item,
        };
        vm.native_roots.push(sort_key);
        keyed.push((sort_key, item));
    }
    if reverse {
        keyed.reverse();
    }
    let sorted = merge_sort(vm, keyed)?;
    let mut values: Vec<Value> = sorted.into_iter().map(|(_, item)| item).collect();
    if reverse {
        values.reverse();
    }
    Ok(values)
}

/// Runs shorter than this are sorted by binary insertion, as CPython's timsort sorts
/// its minimum runs; the comparisons then come in CPython's order, so a TypeError
/// names the operands the way CPython's does.
const INSERTION_LIMIT: usize = 64;

/// A reversed sort is a forward sort of the reversed list, reversed back, so that
/// equal items keep their original order.
fn merge_sort(vm: &mut Vm, items: Vec<(Value, Value)>) -> Result<Vec<(Value, Value)>, Exception> {
    if items.len() <= INSERTION_LIMIT {
        return run_sort(vm, items);
    }
    let mut right = items;
    let left = right.drain(..right.len() / 2).collect();
    let left = merge_sort(vm, left)?;
    let right = merge_sort(vm, right)?;
    merge(vm, left, right)
}

/// Timsort on one run: find the ascending or strictly descending prefix
/// (`count_run`), then insert the rest by binary search (`binarysort`).
fn run_sort(vm: &mut Vm, mut items: Vec<(Value, Value)>) -> Result<Vec<(Value, Value)>, Exception> {
    let run = count_run(vm, &mut items)?;
    for start in run..items.len() {
        let Some(&pivot) = items.get(start) else {
            break;
        };
        let (mut low, mut high) = (0, start);
        while low < high {
            let middle = low + (high - low) / 2;
            let Some(&(middle_key, _)) = items.get(middle) else {
                break;
            };
            if less_than(vm, pivot.0, middle_key)? {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        items.remove(start);
        items.insert(low, pivot);
    }
    Ok(items)
}

/// The length of the run at the front; a strictly descending run is reversed in place.
fn count_run(vm: &mut Vm, items: &mut [(Value, Value)]) -> Result<usize, Exception> {
    let key =
        |items: &[(Value, Value)], at: usize| items.get(at).map_or(Value::None, |&(key, _)| key);
    if items.len() < 2 {
        return Ok(items.len());
    }
    let descending = less_than(vm, key(items, 1), key(items, 0))?;
    let mut length = 2;
    while length < items.len() {
        let next_is_less = less_than(vm, key(items, length), key(items, length - 1))?;
        if next_is_less != descending {
            break;
        }
        length += 1;
    }
    if descending {
        if let Some(run) = items.get_mut(..length) {
            run.reverse();
        }
    }
    Ok(length)
}

/// Takes from the right run only when its head is strictly less: stability.
fn merge(
    vm: &mut Vm,
    left: Vec<(Value, Value)>,
    right: Vec<(Value, Value)>,
) -> Result<Vec<(Value, Value)>, Exception> {
    let mut merged = Vec::with_capacity(left.len() + right.len());
    let mut left = left.into_iter().peekable();
    let mut right = right.into_iter().peekable();
    while let (Some(&(left_key, _)), Some(&(right_key, _))) = (left.peek(), right.peek()) {
        let next = if less_than(vm, right_key, left_key)? {
            right.next()
        } else {
            left.next()
        };
        merged.extend(next);
    }
    merged.extend(left);
    merged.extend(right);
    Ok(merged)
}
