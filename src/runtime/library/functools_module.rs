//! The `functools` module: `reduce`, `partial`, `wraps`, `lru_cache` and `cache`.
//!
//! `partial` objects and cached functions are native functions whose bound receiver
//! holds their state, so calling them needs nothing new from the interpreter:
//! a partial holds `(func, args, keywords)`, a cached function
//! `(func, cache dict, [hits, misses], maxsize)`.

use super::args::{clinic_count, reject_keywords, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::{KwArgs, NativeFn, NativeFunction, Registry};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::rc::Rc;

pub fn init_functools(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    let functions: [(&'static str, NativeFn); 6] = [
        (
            "total_ordering",
            super::functools_ordering::functools_total_ordering,
        ),
        ("reduce", functools_reduce),
        ("partial", functools_partial),
        ("wraps", functools_wraps),
        ("lru_cache", functools_lru_cache),
        ("cache", functools_cache),
    ];
    for (name, function) in functions {
        vm.add_module_function(dict, "functools", name, function);
    }
    let cached_property = super::functools_cached_property::cached_property_class(vm)?;
    vm.dict_set_str(dict, "cached_property", cached_property);
    Ok(())
}

/// A native function carrying `state` as its receiver.
fn stateful(vm: &mut Vm, name: &'static str, func: NativeFn, state: Value) -> Value {
    let native = NativeFunction {
        name,
        func,
        owner: None,
        module: Some("functools"),
        receiver: Some(state),
    };
    vm.alloc(Object::Native(native))
}

fn tuple_items(vm: &Vm, value: Value) -> Vec<Value> {
    match value.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(items)) => items.to_vec(),
        Some(Object::List(items)) => items.to_vec(),
        _ => Vec::new(),
    }
}

fn is_callable(vm: &Vm, value: Value) -> bool {
    matches!(
        value.as_obj().map(|r| vm.heap.get(r)),
        Some(
            Object::Function(_) | Object::Native(_) | Object::BoundMethod { .. } | Object::Type(_)
        )
    )
}

/// `reduce(function, iterable[, initial])`: folds from the left.
fn functools_reduce(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "reduce", kwargs)?;
    clinic_count(vm, "reduce", args, 2, 3)?;
    let (function, iterable) = (args[0], args[1]);
    let Ok(iterator) = vm.get_iter(iterable) else {
        return Err(vm.type_error("reduce() arg 2 must support iteration"));
    };
    let mut total = match args.get(2) {
        Some(&initial) => initial,
        None => match vm.iter_next(iterator)? {
            Some(first) => first,
            None => return Err(vm.type_error("reduce() of empty iterable with no initial value")),
        },
    };
    let mark = vm.native_roots.len();
    vm.native_roots.push(iterator);
    let result = (|| {
        while let Some(item) = vm.iter_next(iterator)? {
            vm.native_roots.push(total);
            total = vm.call(function, vec![total, item], KwArgs::default())?;
        }
        Ok(total)
    })();
    vm.native_roots.truncate(mark);
    result
}

/// `partial(func, /, *args, **keywords)`.
fn functools_partial(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let Some((&function, bound_args)) = args.split_first() else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    if !is_callable(vm, function) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let keywords = vm.new_dict();
    // A partial of a partial is flattened into one over the inner function, as
    // CPython's partial_new does.
    let (function, bound_args) = match functools_state(vm, function, "partial") {
        Some(inner) => {
            let [inner_function, inner_args, inner_keywords] = tuple_items(vm, inner)[..] else {
                return Err(vm.type_error("the first argument must be callable"));
            };
            for (key, value) in vm.dict_pairs(inner_keywords) {
                vm.dict_set(keywords, key, value)?;
            }
            let mut all_args = tuple_items(vm, inner_args);
            all_args.extend_from_slice(bound_args);
            (inner_function, all_args)
        }
        None => (function, bound_args.to_vec()),
    };
    let bound_args = vm.new_tuple(bound_args);
    for (name, value) in &kwargs.0 {
        let key = vm.new_str(name);
        vm.dict_set(keywords, key, *value)?;
    }
    let state = vm.new_tuple(vec![function, bound_args, keywords]);
    Ok(stateful(vm, "partial", partial_call, state))
}

/// Calls the partial's function with its stored arguments first; keywords given now
/// override stored ones.
fn partial_call(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let Some((&state, extra)) = args.split_first() else {
        return Ok(Value::None);
    };
    let [function, stored_args, keywords] = tuple_items(vm, state)[..] else {
        return Ok(Value::None);
    };
    let mut call_args = tuple_items(vm, stored_args);
    call_args.extend_from_slice(extra);
    let mut call_kwargs = KwArgs::default();
    for (key, value) in vm.dict_pairs(keywords) {
        let name: Rc<str> = vm.str_text(key).unwrap_or_else(|| Rc::from(""));
        call_kwargs.0.push((name, value));
    }
    for (name, value) in &kwargs.0 {
        call_kwargs.0.retain(|(existing, _)| existing != name);
        call_kwargs.0.push((name.clone(), *value));
    }
    vm.call(function, call_args, call_kwargs)
}

/// `wraps(wrapped)`: a decorator that copies the wrapped function's identity onto the
/// wrapper (`functools.update_wrapper`).
fn functools_wraps(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "wraps", kwargs)?;
    let [wrapped] = args[..] else {
        return Err(vm.type_error(format!(
            "wraps() takes 1 positional argument but {} were given",
            args.len()
        )));
    };
    Ok(stateful(vm, "update_wrapper", update_wrapper, wrapped))
}

fn update_wrapper(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "update_wrapper", kwargs)?;
    let [wrapped, wrapper] = args[..] else {
        return Err(
            vm.type_error("update_wrapper() missing 1 required positional argument: 'wrapper'")
        );
    };
    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
        if let Ok(value) = vm.get_attr(wrapped, name) {
            vm.set_attr(wrapper, name, value)?;
        }
    }
    vm.set_attr(wrapper, "__wrapped__", wrapped)?;
    Ok(wrapper)
}

/// `lru_cache(maxsize=128, typed=False)`, also used bare as `@lru_cache`.
fn functools_lru_cache(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let maxsize = kwargs
        .get("maxsize")
        .or(args.first().copied())
        .unwrap_or(Value::Int(128));
    if is_callable(vm, maxsize) {
        return super::functools_cache::cached(vm, maxsize, Value::Int(128));
    }
    let maxsize = match maxsize {
        Value::None => Value::None,
        _ => match vm.int_value(maxsize) {
            Some(n) if n.sign() == num_bigint::Sign::Minus => Value::Int(0),
            Some(_) => maxsize,
            None => {
                return Err(
                    vm.type_error("Expected first argument to be an integer, a callable, or None")
                );
            }
        },
    };
    Ok(stateful(
        vm,
        "decorating_function",
        decorating_function,
        maxsize,
    ))
}

fn decorating_function(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "decorating_function", kwargs)?;
    let [maxsize, function] = args[..] else {
        return Err(vm.type_error("decorating_function() takes exactly one argument"));
    };
    super::functools_cache::cached(vm, function, maxsize)
}

/// `cache(user_function)`: an unbounded `lru_cache`.
fn functools_cache(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let function = super::args::one_argument(vm, "cache", args, kwargs)?;
    super::functools_cache::cached(vm, function, Value::None)
}

/// Whether a value is a native function of this module made with `name`.
pub fn functools_state(vm: &Vm, value: Value, name: &str) -> Option<Value> {
    match value.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Native(native))
            if native.name == name && native.module == Some("functools") =>
        {
            native.receiver
        }
        _ => None,
    }
}

/// AttributeError for a name a native function does not have.
pub fn no_attribute(vm: &mut Vm, value: Value, name: &str) -> Exception {
    let message = format!(
        "'{}' object has no attribute '{name}'",
        vm.class_name(value)
    );
    vm.error(TypeId::AttributeError, message)
}

/// The attribute readers of the functions this module makes.
pub fn register(registry: &mut Registry) {
    registry.native_attributes("partial", partial_attribute);
    registry.native_attributes(super::functools_cache::WRAPPER, cached_attribute);
}

/// A partial's `func`, `args` and `keywords`: what it was made with.
fn partial_attribute(vm: &mut Vm, native: &NativeFunction, name: &str) -> Option<Value> {
    if native.module != Some("functools") {
        return None;
    }
    let [function, args, keywords] = tuple_items(vm, native.receiver?)[..] else {
        return None;
    };
    match name {
        "func" => Some(function),
        "args" => Some(args),
        "keywords" => Some(keywords),
        _ => None,
    }
}

/// A cached function's `__wrapped__`, and the identity `update_wrapper` copies from
/// the wrapped function (`__name__`, `__qualname__`, `__doc__`, `__module__`).
fn cached_attribute(vm: &mut Vm, native: &NativeFunction, name: &str) -> Option<Value> {
    if native.module != Some("functools") {
        return None;
    }
    let function = tuple_items(vm, native.receiver?).first().copied()?;
    match name {
        "__wrapped__" => Some(function),
        "__name__" | "__qualname__" | "__doc__" | "__module__" => vm.get_attr(function, name).ok(),
        _ => None,
    }
}

/// `repr(partial)`: `functools.partial(<function f at 0x…>, 1, key=2)`.
pub fn native_repr(vm: &mut Vm, value: Value) -> Option<Result<String, Exception>> {
    let state = functools_state(vm, value, "partial")?;
    let [function, args, keywords] = tuple_items(vm, state)[..] else {
        return None;
    };
    let mut parts = Vec::new();
    let mut describe = |vm: &mut Vm| -> Result<(), Exception> {
        parts.push(vm.repr(function)?);
        for arg in tuple_items(vm, args) {
            parts.push(vm.repr(arg)?);
        }
        for (key, keyword_value) in vm.dict_pairs(keywords) {
            let name = vm.to_str(key)?;
            parts.push(format!("{name}={}", vm.repr(keyword_value)?));
        }
        Ok(())
    };
    Some(describe(vm).map(|()| format!("functools.partial({})", parts.join(", "))))
}
