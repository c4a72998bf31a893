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

/// A reversed sort is a forward sort of the reversed list, reversed back, so that
/// equal items keep their original order.
fn merge_sort(vm: &mut Vm, items: Vec<(Value, Value)>) -> Result<Vec<(Value, Value)>, Exception> {
    if items.len() <= 1 {
        return Ok(items);
    }
    let mut right = items;
    let left = right.drain(..right.len() / 2).collect();
    let left = merge_sort(vm, left)?;
    let right = merge_sort(vm, right)?;
    merge(vm, left, right)
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
