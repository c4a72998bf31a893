//! str methods that cut or widen text: `split`, `rsplit`, `splitlines`, the `strip`
//! family, `center`, `ljust`, `rjust`, `zfill` and `expandtabs`.

use super::args::{
    bind, clinic_count, index_arg, one_argument, reject_keywords, str_list, str_receiver,
    NativeResult,
};
use crate::pytext;
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::rc::Rc;

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::Str, "split", str_split);
    registry.method(TypeId::Str, "rsplit", str_rsplit);
    registry.method(TypeId::Str, "splitlines", str_splitlines);
    registry.method(TypeId::Str, "strip", str_strip);
    registry.method(TypeId::Str, "lstrip", str_lstrip);
    registry.method(TypeId::Str, "rstrip", str_rstrip);
    registry.method(TypeId::Str, "center", str_center);
    registry.method(TypeId::Str, "ljust", str_ljust);
    registry.method(TypeId::Str, "rjust", str_rjust);
    registry.method(TypeId::Str, "zfill", str_zfill);
    registry.method(TypeId::Str, "expandtabs", str_expandtabs);
    registry.method(TypeId::Str, "join", str_join);
}

/// `sep.join(iterable)`: every item must be a str.
fn str_join(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (separator, rest) = str_receiver(vm, args, "join")?;
    let iterable = one_argument(vm, "str.join", rest, kwargs)?;
    let items = match vm.collect_iterable(iterable) {
        Ok(items) => items,
        Err(_) if vm.get_iter(iterable).is_err() => {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(error) => return Err(error),
    };
    let mut pieces = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        match vm.str_text(item) {
            Some(text) => pieces.push(text),
            None => {
                let message = format!(
                    "sequence item {index}: expected str instance, {} found",
                    vm.class_name(item)
                );
                return Err(vm.type_error(message));
            }
        }
    }
    let joined = pieces
        .iter()
        .map(|piece| &**piece)
        .collect::<Vec<&str>>()
        .join(&separator);
    Ok(vm.new_str(&joined))
}

type Splitter = fn(&str, Option<&str>, Option<i64>) -> Result<Vec<String>, String>;

/// `split(sep=None, maxsplit=-1)` and `rsplit`.
fn split_with(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    method: &str,
    splitter: Splitter,
) -> NativeResult {
    let (text, rest) = str_receiver(vm, args, method)?;
    let bound = bind(vm, method, rest, kwargs, &["sep", "maxsplit"], 0)?;
    // CPython converts maxsplit before it looks at the separator.
    let maxsplit = match bound.get(1).copied().flatten() {
        Some(limit) => Some(index_arg(vm, limit)?),
        None => None,
    };
    let sep: Option<Rc<str>> = match bound.first().copied().flatten() {
        None | Some(Value::None) => None,
        Some(sep) => match vm.str_text(sep) {
            Some(sep) => Some(sep),
            None => {
                let message = format!("must be str or None, not {}", vm.class_name(sep));
                return Err(vm.type_error(message));
            }
        },
    };
    match splitter(&text, sep.as_deref(), maxsplit) {
        Ok(parts) => Ok(str_list(vm, parts)),
        Err(message) => Err(vm.value_error(message)),
    }
}

fn str_split(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    split_with(vm, args, kwargs, "split", pytext::split)
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    split_with(vm, args, kwargs, "rsplit", pytext::rsplit)
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (text, rest) = str_receiver(vm, args, "splitlines")?;
    let bound = bind(vm, "splitlines", rest, kwargs, &["keepends"], 0)?;
    let keepends = match bound.first().copied().flatten() {
        Some(flag) => super::args::c_int_arg(vm, flag)? != 0,
        None => false,
    };
    Ok(str_list(vm, pytext::splitlines(&text, keepends)))
}

type Stripper = for<'a> fn(&'a str, Option<&str>) -> &'a str;

fn strip_with(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    method: &str,
    stripper: Stripper,
) -> NativeResult {
    let (text, rest) = str_receiver(vm, args, method)?;
    reject_keywords(vm, &format!("str.{method}"), kwargs)?;
    clinic_count(vm, method, rest, 0, 1)?;
    let chars = match rest.first() {
        None | Some(Value::None) => None,
        Some(&chars) => match vm.str_text(chars) {
            Some(chars) => Some(chars),
            None => return Err(vm.type_error(format!("{method} arg must be None or str"))),
        },
    };
    let kept = stripper(&text, chars.as_deref());
    if kept.len() == text.len() {
        return Ok(args[0]);
    }
    Ok(vm.new_str(kept))
}

fn str_strip(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    strip_with(vm, args, kwargs, "strip", pytext::strip)
}

fn str_lstrip(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    strip_with(vm, args, kwargs, "lstrip", pytext::lstrip)
}

fn str_rstrip(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    strip_with(vm, args, kwargs, "rstrip", pytext::rstrip)
}

/// The optional fill character of `center`, `ljust` and `rjust`.
fn fill_char(vm: &mut Vm, value: Option<&Value>) -> Result<char, Exception> {
    let Some(&value) = value else { return Ok(' ') };
    let Some(text) = vm.str_text(value) else {
        let message = format!(
            "The fill character must be a unicode character, not {}",
            vm.class_name(value)
        );
        return Err(vm.type_error(message));
    };
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(fill), None) => Ok(fill),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

/// Strings longer than this are refused with MemoryError rather than built, as the
/// interpreter refuses sequences of that length.
const MAX_STRING_LENGTH: i64 = 50_000_000;

fn check_length(vm: &mut Vm, length: i64) -> Result<(), Exception> {
    if length > MAX_STRING_LENGTH {
        return Err(vm.error(crate::runtime::types::TypeId::MemoryError, ""));
    }
    Ok(())
}

type Justifier = fn(&str, i64, char) -> String;

fn justify_with(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    method: &str,
    justify: Justifier,
) -> NativeResult {
    let (text, rest) = str_receiver(vm, args, method)?;
    reject_keywords(vm, &format!("str.{method}"), kwargs)?;
    clinic_count(vm, method, rest, 1, 2)?;
    let width = index_arg(vm, rest[0])?;
    let fill = fill_char(vm, rest.get(1))?;
    check_length(vm, width)?;
    if width <= text.chars().count() as i64 {
        return Ok(args[0]);
    }
    let out = justify(&text, width, fill);
    Ok(vm.new_str(&out))
}

fn str_center(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    justify_with(vm, args, kwargs, "center", pytext::center)
}

fn str_ljust(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    justify_with(vm, args, kwargs, "ljust", pytext::ljust)
}

fn str_rjust(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    justify_with(vm, args, kwargs, "rjust", pytext::rjust)
}

fn str_zfill(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (text, rest) = str_receiver(vm, args, "zfill")?;
    let width = one_argument(vm, "str.zfill", rest, kwargs)?;
    let width = index_arg(vm, width)?;
    check_length(vm, width)?;
    let out = pytext::zfill(&text, width);
    Ok(vm.new_str(&out))
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (text, rest) = str_receiver(vm, args, "expandtabs")?;
    let bound = bind(vm, "expandtabs", rest, kwargs, &["tabsize"], 0)?;
    let tabsize = match bound.first().copied().flatten() {
        Some(size) => super::args::c_int_arg(vm, size)?,
        None => 8,
    };
    let tabs = text.matches('\t').count() as i64;
    check_length(
        vm,
        tabs.saturating_mul(tabsize)
            .saturating_add(text.len() as i64),
    )?;
    let out = pytext::expandtabs(&text, tabsize);
    Ok(vm.new_str(&out))
}
