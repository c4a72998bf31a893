//! The function `lru_cache` and `cache` return: results kept in a dict keyed by the
//! call's arguments, least recently used first, with `cache_info()` and
//! `cache_clear()`.

use super::args::{no_arguments, NativeResult};
use super::functools_module::{functools_state, no_attribute};
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, NativeFunction, Registry};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub const WRAPPER: &str = "lru_cache_wrapper";

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::BuiltinFunction, "cache_info", cache_info);
    registry.method(TypeId::BuiltinFunction, "cache_clear", cache_clear);
}

/// Wraps `function` in a cache of at most `maxsize` results (`None`: unbounded).
pub fn cached(vm: &mut Vm, function: Value, maxsize: Value) -> NativeResult {
    let cache = vm.new_dict();
    let stats = vm.new_list(vec![Value::Int(0), Value::Int(0)]);
    let state = vm.new_tuple(vec![function, cache, stats, maxsize]);
    let native = NativeFunction {
        name: WRAPPER,
        func: call_cached,
        owner: None,
        module: Some("functools"),
        receiver: Some(state),
    };
    Ok(vm.alloc(Object::Native(native)))
}

struct CacheState {
    function: Value,
    cache: Value,
    stats: Value,
    maxsize: Option<i64>,
}

fn read_state(vm: &Vm, state: Value) -> Option<CacheState> {
    let Some(Object::Tuple(items)) = state.as_obj().map(|r| vm.heap.get(r)) else {
        return None;
    };
    let [function, cache, stats, maxsize] = items[..] else {
        return None;
    };
    let maxsize = match maxsize {
        Value::None => None,
        other => Some(vm.small_int(other).unwrap_or(i64::MAX)),
    };
    Some(CacheState {
        function,
        cache,
        stats,
        maxsize,
    })
}

/// Adds one to the hit (0) or miss (1) counter.
fn count(vm: &mut Vm, stats: Value, which: usize) {
    if let Some(Object::List(counters)) = stats.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        if let Some(Value::Int(n)) = counters.get_mut(which) {
            *n += 1;
        }
    }
}

/// The cache key: the positional arguments, then a marker and the keyword pairs.
fn make_key(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Value {
    let mut parts = args.to_vec();
    if !kwargs.is_empty() {
        parts.push(vm.type_value(TypeId::Object));
        for (name, value) in &kwargs.0 {
            let key = vm.new_str(name);
            parts.extend([key, *value]);
        }
    }
    vm.new_tuple(parts)
}

fn call_cached(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let Some((&state, call_args)) = args.split_first() else {
        return Ok(Value::None);
    };
    let Some(state) = read_state(vm, state) else {
        return Ok(Value::None);
    };
    let key = make_key(vm, call_args, kwargs);
    if state.maxsize != Some(0) {
        if let Some(result) = vm.dict_get(state.cache, key)? {
            count(vm, state.stats, 0);
            // Most recently used goes last.
            vm.dict_remove(state.cache, key)?;
            vm.dict_set(state.cache, key, result)?;
            return Ok(result);
        }
    }
    count(vm, state.stats, 1);
    vm.native_roots.push(key);
    let result = vm.call(state.function, call_args.to_vec(), kwargs.clone());
    vm.native_roots.pop();
    let result = result?;
    if state.maxsize != Some(0) {
        vm.dict_set(state.cache, key, result)?;
        evict(vm, &state)?;
    }
    Ok(result)
}

fn evict(vm: &mut Vm, state: &CacheState) -> Result<(), Exception> {
    let Some(limit) = state.maxsize else {
        return Ok(());
    };
    let pairs = vm.dict_pairs(state.cache);
    let excess = pairs.len().saturating_sub(limit.max(0) as usize);
    for &(key, _) in pairs.iter().take(excess) {
        vm.dict_remove(state.cache, key)?;
    }
    Ok(())
}

fn wrapper_state(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
) -> Result<(CacheState, Value), Exception> {
    let this = args.first().copied().unwrap_or(Value::None);
    match functools_state(vm, this, WRAPPER).and_then(|state| read_state(vm, state)) {
        Some(state) => Ok((state, this)),
        None => Err(no_attribute(vm, this, name)),
    }
}

/// `cache_info()`: a `CacheInfo` object with `hits`, `misses`, `maxsize` and
/// `currsize`, which prints as CPython's named tuple does.
fn cache_info(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (state, _) = wrapper_state(vm, args, "cache_info")?;
    no_arguments(vm, "cache_info", args.get(1..).unwrap_or(&[]), kwargs)?;
    let counters = match state.stats.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::List(counters)) => counters.to_vec(),
        _ => Vec::new(),
    };
    let counter = |which: usize| counters.get(which).copied().unwrap_or(Value::Int(0));
    let maxsize = state.maxsize.map_or(Value::None, Value::Int);
    let size = Value::Int(vm.dict_pairs(state.cache).len() as i64);
    let fields = [
        ("hits", counter(0)),
        ("misses", counter(1)),
        ("maxsize", maxsize),
        ("currsize", size),
    ];
    new_cache_info(vm, &fields)
}

const CACHE_INFO_FIELDS: [&str; 4] = ["hits", "misses", "maxsize", "currsize"];

fn new_cache_info(vm: &mut Vm, fields: &[(&str, Value)]) -> NativeResult {
    let namespace = vm.new_dict();
    let Some(namespace_ref) = namespace.as_obj() else {
        return Ok(Value::None);
    };
    let repr = vm.alloc(Object::Native(NativeFunction {
        name: "__repr__",
        func: cache_info_repr,
        owner: None,
        module: Some("functools"),
        receiver: None,
    }));
    vm.dict_set_str(namespace_ref, "__repr__", repr);
    let module = vm.new_str("functools");
    vm.dict_set_str(namespace_ref, "__module__", module);
    let class = vm.create_class("CacheInfo".into(), Vec::new(), namespace_ref)?;
    let Some(class_ref) = class.as_obj() else {
        return Ok(Value::None);
    };
    let info = vm.new_instance(class_ref, &[]);
    for &(name, value) in fields {
        vm.set_attr(info, name, value)?;
    }
    Ok(info)
}

/// `CacheInfo(hits=3, misses=5, maxsize=128, currsize=5)`.
fn cache_info_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let info = args.first().copied().unwrap_or(Value::None);
    let mut parts = Vec::with_capacity(CACHE_INFO_FIELDS.len());
    for name in CACHE_INFO_FIELDS {
        let value = vm.get_attr(info, name)?;
        parts.push(format!("{name}={}", vm.repr(value)?));
    }
    let text = format!("CacheInfo({})", parts.join(", "));
    Ok(vm.new_str(&text))
}

fn cache_clear(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (state, _) = wrapper_state(vm, args, "cache_clear")?;
    no_arguments(vm, "cache_clear", args.get(1..).unwrap_or(&[]), kwargs)?;
    if let Some(Object::Dict(table)) = state.cache.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        table.clear();
    }
    if let Some(Object::List(counters)) = state.stats.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        *counters = vec![Value::Int(0), Value::Int(0)].into();
    }
    Ok(Value::None)
}
