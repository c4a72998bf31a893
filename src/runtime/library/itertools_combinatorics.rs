//! The combinatoric and grouping tools of `itertools`: `product`, `permutations`,
//! `combinations`, `groupby` and `pairwise`. Their inputs are finite, so they are
//! computed when called, in CPython's order, and handed out by an iterator.

use super::args::{bind, index_arg, NativeResult};
use super::lazy::call;
use crate::runtime::exception::{BudgetExceeded, Exception};
use crate::runtime::native::KwArgs;
use crate::runtime::object::{IterState, Object};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

fn iterator_over(vm: &mut Vm, items: Vec<Value>) -> Value {
    vm.alloc(Object::Iterator(IterState::Values {
        items: items.into(),
        index: 0,
    }))
}

/// Refuses results with more tuples than the heap budget allows objects.
fn check_size(vm: &mut Vm, count: f64) -> Result<(), Exception> {
    let limit = vm.budgets.max_heap_objects;
    if count > limit as f64 {
        return Err(Exception::Budget(BudgetExceeded::HeapObjects(limit)));
    }
    Ok(())
}

fn tuples(vm: &mut Vm, rows: Vec<Vec<Value>>) -> Value {
    let values: Vec<Value> = rows.into_iter().map(|row| vm.new_tuple(row)).collect();
    iterator_over(vm, values)
}

/// `product(*iterables, repeat=1)`: the rightmost element advances fastest.
pub fn itertools_product(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    if let Some(unknown) = kwargs.first_unexpected(&["repeat"]) {
        return Err(vm.type_error(format!(
            "product() got an unexpected keyword argument '{unknown}'"
        )));
    }
    let repeat = match kwargs.get("repeat") {
        Some(repeat) => index_arg(vm, repeat)?,
        None => 1,
    };
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::new();
    for &iterable in args {
        pools.push(vm.collect_iterable(iterable)?);
    }
    let pools: Vec<Vec<Value>> = (0..repeat).flat_map(|_| pools.clone()).collect();
    check_size(vm, pools.iter().map(|pool| pool.len() as f64).product())?;
    let mut rows: Vec<Vec<Value>> = vec![Vec::new()];
    for pool in &pools {
        rows = rows
            .iter()
            .flat_map(|row| {
                pool.iter()
                    .map(move |&item| [row.clone(), vec![item]].concat())
            })
            .collect();
    }
    Ok(tuples(vm, rows))
}

/// Index tuples of `r`-permutations of `n` items, in lexicographic order.
fn permutation_indices(n: usize, r: usize) -> Vec<Vec<usize>> {
    let mut found = Vec::new();
    let mut current = Vec::with_capacity(r);
    let mut used = vec![false; n];
    fn extend(
        n: usize,
        r: usize,
        current: &mut Vec<usize>,
        used: &mut Vec<bool>,
        found: &mut Vec<Vec<usize>>,
    ) {
        if current.len() == r {
            found.push(current.clone());
            return;
        }
        for index in 0..n {
            if used.get(index) == Some(&false) {
                used[index] = true;
                current.push(index);
                extend(n, r, current, used, found);
                current.pop();
                used[index] = false;
            }
        }
    }
    extend(n, r, &mut current, &mut used, &mut found);
    found
}

/// Index tuples of `r`-combinations of `n` items, in lexicographic order.
fn combination_indices(n: usize, r: usize) -> Vec<Vec<usize>> {
    let mut found = Vec::new();
    let mut current = Vec::with_capacity(r);
    fn extend(
        start: usize,
        n: usize,
        r: usize,
        current: &mut Vec<usize>,
        found: &mut Vec<Vec<usize>>,
    ) {
        if current.len() == r {
            found.push(current.clone());
            return;
        }
        for index in start..n {
            current.push(index);
            extend(index + 1, n, r, current, found);
            current.pop();
        }
    }
    extend(0, n, r, &mut current, &mut found);
    found
}

/// Index tuples of `r`-combinations with repetition, in lexicographic order.
fn combination_with_replacement_indices(n: usize, r: usize) -> Vec<Vec<usize>> {
    let mut found = Vec::new();
    let mut current = Vec::with_capacity(r);
    fn extend(
        start: usize,
        n: usize,
        r: usize,
        current: &mut Vec<usize>,
        found: &mut Vec<Vec<usize>>,
    ) {
        if current.len() == r {
            found.push(current.clone());
            return;
        }
        for index in start..n {
            current.push(index);
            extend(index, n, r, current, found);
            current.pop();
        }
    }
    extend(0, n, r, &mut current, &mut found);
    found
}

fn pick(pool: &[Value], indices: Vec<Vec<usize>>) -> Vec<Vec<Value>> {
    indices
        .into_iter()
        .map(|row| {
            row.into_iter()
                .filter_map(|index| pool.get(index).copied())
                .collect()
        })
        .collect()
}

pub fn itertools_permutations(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let bound = bind(vm, "permutations", args, kwargs, &["iterable", "r"], 1)?;
    let pool = vm.collect_iterable(bound.first().copied().flatten().unwrap_or(Value::None))?;
    let r = match bound.get(1).copied().flatten().filter(|r| !r.is_none()) {
        Some(r) if vm.int_value(r).is_none() => return Err(vm.type_error("Expected int as r")),
        Some(r) => index_arg(vm, r)?,
        None => pool.len() as i64,
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    let n = pool.len();
    let r = r as usize;
    if r > n {
        return Ok(iterator_over(vm, Vec::new()));
    }
    check_size(vm, ((n - r + 1)..=n).map(|k| k as f64).product())?;
    let rows = pick(&pool, permutation_indices(n, r));
    Ok(tuples(vm, rows))
}

pub fn itertools_combinations(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let bound = bind(vm, "combinations", args, kwargs, &["iterable", "r"], 2)?;
    let r = index_arg(vm, bound.get(1).copied().flatten().unwrap_or(Value::None))?;
    let pool = vm.collect_iterable(bound.first().copied().flatten().unwrap_or(Value::None))?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    let (n, r) = (pool.len(), r as usize);
    if r > n {
        return Ok(iterator_over(vm, Vec::new()));
    }
    let count = (0..r).fold(1.0, |acc, k| acc * (n - k) as f64 / (k + 1) as f64);
    check_size(vm, count)?;
    let rows = pick(&pool, combination_indices(n, r));
    Ok(tuples(vm, rows))
}

pub fn itertools_combinations_with_replacement(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
) -> NativeResult {
    let bound = bind(
        vm,
        "combinations_with_replacement",
        args,
        kwargs,
        &["iterable", "r"],
        2,
    )?;
    let pool = vm.collect_iterable(bound.first().copied().flatten().unwrap_or(Value::None))?;
    let r = index_arg(vm, bound.get(1).copied().flatten().unwrap_or(Value::None))?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    let (n, r) = (pool.len(), r as usize);
    if n == 0 && r > 0 {
        return Ok(iterator_over(vm, Vec::new()));
    }
    let count = (0..r).fold(1.0, |acc, k| acc * (n + k) as f64 / (k + 1) as f64);
    check_size(vm, count)?;
    let rows = pick(&pool, combination_with_replacement_indices(n, r));
    Ok(tuples(vm, rows))
}

/// `groupby(iterable, key=None)`: runs of consecutive items with equal keys, each as
/// `(key, iterator over the run)`.
pub fn itertools_groupby(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let bound = bind(vm, "groupby", args, kwargs, &["iterable", "key"], 1)?;
    let items = vm.collect_iterable(bound.first().copied().flatten().unwrap_or(Value::None))?;
    let key_function = bound.get(1).copied().flatten().filter(|key| !key.is_none());
    let mut groups: Vec<(Value, Vec<Value>)> = Vec::new();
    for item in items {
        let key = match key_function {
            Some(function) => call(vm, function, vec![item])?,
            None => item,
        };
        let same = match groups.last() {
            Some(&(last_key, _)) => vm.equal(last_key, key)?,
            None => false,
        };
        match groups.last_mut() {
            Some((_, members)) if same => members.push(item),
            _ => groups.push((key, vec![item])),
        }
    }
    let mut pairs = Vec::with_capacity(groups.len());
    for (key, members) in groups {
        let group = iterator_over(vm, members);
        pairs.push(vm.new_tuple(vec![key, group]));
    }
    Ok(iterator_over(vm, pairs))
}

/// `pairwise(iterable)`: overlapping pairs of neighbours.
pub fn itertools_pairwise(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let iterable = super::args::one_argument(vm, "pairwise", args, kwargs)?;
    let items = vm.collect_iterable(iterable)?;
    let rows: Vec<Vec<Value>> = items.windows(2).map(<[Value]>::to_vec).collect();
    Ok(tuples(vm, rows))
}
