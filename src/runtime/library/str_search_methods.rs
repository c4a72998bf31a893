//! str methods that look for a substring: `find`, `index`, `count`, `startswith`,
//! `replace`, `partition`, `removeprefix` and their right-hand twins.

use super::args::{
    clinic_count, index_arg, one_argument, reject_keywords, slice_bound, str_arg, str_receiver,
    tuple_count, NativeResult,
};
use crate::pytext;
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::rc::Rc;

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::Str, "find", str_find);
    registry.method(TypeId::Str, "rfind", str_rfind);
    registry.method(TypeId::Str, "index", str_index);
    registry.method(TypeId::Str, "rindex", str_rindex);
    registry.method(TypeId::Str, "count", str_count);
    registry.method(TypeId::Str, "startswith", str_startswith);
    registry.method(TypeId::Str, "endswith", str_endswith);
    registry.method(TypeId::Str, "replace", str_replace);
    registry.method(TypeId::Str, "partition", str_partition);
    registry.method(TypeId::Str, "rpartition", str_rpartition);
    registry.method(TypeId::Str, "removeprefix", str_removeprefix);
    registry.method(TypeId::Str, "removesuffix", str_removesuffix);
}

/// The receiver, the substring and the optional bounds of `find`-like methods.
struct SearchArgs {
    text: Rc<str>,
    sub: Rc<str>,
    start: Option<i64>,
    end: Option<i64>,
}

fn search_args(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    method: &str,
) -> Result<SearchArgs, Exception> {
    let (text, rest) = str_receiver(vm, args, method)?;
    reject_keywords(vm, &format!("str.{method}"), kwargs)?;
    tuple_count(vm, method, rest, 1, 3)?;
    // CPython converts the bounds before it looks at the substring.
    let start = slice_bound(vm, rest.get(1).copied())?;
    let end = slice_bound(vm, rest.get(2).copied())?;
    let sub = str_arg(vm, rest[0], |ty| format!("must be str, not {ty}"))?;
    Ok(SearchArgs {
        text,
        sub,
        start,
        end,
    })
}

fn position(found: Option<usize>) -> Value {
    Value::Int(found.map_or(-1, |at| at as i64))
}

fn str_find(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let a = search_args(vm, args, kwargs, "find")?;
    Ok(position(pytext::find(&a.text, &a.sub, a.start, a.end)))
}

fn str_rfind(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let a = search_args(vm, args, kwargs, "rfind")?;
    Ok(position(pytext::rfind(&a.text, &a.sub, a.start, a.end)))
}

fn str_index(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let a = search_args(vm, args, kwargs, "index")?;
    match pytext::index(&a.text, &a.sub, a.start, a.end) {
        Ok(at) => Ok(Value::Int(at as i64)),
        Err(message) => Err(vm.value_error(message)),
    }
}

fn str_rindex(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let a = search_args(vm, args, kwargs, "rindex")?;
    match pytext::rindex(&a.text, &a.sub, a.start, a.end) {
        Ok(at) => Ok(Value::Int(at as i64)),
        Err(message) => Err(vm.value_error(message)),
    }
}

fn str_count(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let a = search_args(vm, args, kwargs, "count")?;
    Ok(Value::Int(
        pytext::count(&a.text, &a.sub, a.start, a.end) as i64
    ))
}

/// `startswith`/`endswith`: one str or a tuple of strs, tried in order.
fn affix_test(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    method: &str,
    test: fn(&str, &str, Option<i64>, Option<i64>) -> bool,
) -> NativeResult {
    let (text, rest) = str_receiver(vm, args, method)?;
    reject_keywords(vm, &format!("str.{method}"), kwargs)?;
    tuple_count(vm, method, rest, 1, 3)?;
    let start = slice_bound(vm, rest.get(1).copied())?;
    let end = slice_bound(vm, rest.get(2).copied())?;
    let (candidates, is_tuple) = match rest[0] {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Tuple(items) => (items.to_vec(), true),
            _ => (vec![rest[0]], false),
        },
        other => (vec![other], false),
    };
    for candidate in candidates {
        let affix = if is_tuple {
            str_arg(vm, candidate, |ty| {
                format!("tuple for {method} must only contain str, not {ty}")
            })?
        } else {
            str_arg(vm, candidate, |ty| {
                format!("{method} first arg must be str or a tuple of str, not {ty}")
            })?
        };
        if test(&text, &affix, start, end) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    affix_test(vm, args, kwargs, "startswith", pytext::starts_with)
}

fn str_endswith(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    affix_test(vm, args, kwargs, "endswith", pytext::ends_with)
}

fn str_replace(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (text, rest) = str_receiver(vm, args, "replace")?;
    reject_keywords(vm, "str.replace", kwargs)?;
    clinic_count(vm, "replace", rest, 2, 3)?;
    let old = super::args::clinic_str_arg(vm, rest[0], |ty| {
        format!("replace() argument 1 must be str, not {ty}")
    })?;
    let new = super::args::clinic_str_arg(vm, rest[1], |ty| {
        format!("replace() argument 2 must be str, not {ty}")
    })?;
    let count = match rest.get(2) {
        Some(&count) => Some(index_arg(vm, count)?),
        None => None,
    };
    let out = pytext::replace(&text, &old, &new, count);
    Ok(vm.new_str(&out))
}

/// `partition` or `rpartition` from pytext.
type Splitter = fn(&str, &str) -> Result<(String, String, String), String>;

fn split_in_three(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    method: &str,
    split: Splitter,
) -> NativeResult {
    let (text, rest) = str_receiver(vm, args, method)?;
    let sep = one_argument(vm, &format!("str.{method}"), rest, kwargs)?;
    let sep = str_arg(vm, sep, |ty| format!("must be str, not {ty}"))?;
    match split(&text, &sep) {
        Ok((before, middle, after)) => {
            let parts = vec![vm.new_str(&before), vm.new_str(&middle), vm.new_str(&after)];
            Ok(vm.new_tuple(parts))
        }
        Err(message) => Err(vm.value_error(message)),
    }
}

fn str_partition(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    split_in_three(vm, args, kwargs, "partition", pytext::partition)
}

fn str_rpartition(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    split_in_three(vm, args, kwargs, "rpartition", pytext::rpartition)
}

fn remove_affix(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    method: &str,
    remove: for<'a> fn(&'a str, &str) -> &'a str,
) -> NativeResult {
    let (text, rest) = str_receiver(vm, args, method)?;
    let affix = one_argument(vm, &format!("str.{method}"), rest, kwargs)?;
    let affix = super::args::clinic_str_arg(vm, affix, |ty| {
        format!("{method}() argument must be str, not {ty}")
    })?;
    let kept = remove(&text, &affix);
    if kept.len() == text.len() {
        return Ok(args[0]);
    }
    Ok(vm.new_str(kept))
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    remove_affix(vm, args, kwargs, "removeprefix", pytext::removeprefix)
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    remove_affix(vm, args, kwargs, "removesuffix", pytext::removesuffix)
}
