//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654) as CPython 3.11's
//! `Objects/exceptions.c` defines them: the constructor's checks, `derive`, `split`
//! and `subgroup`; and `BaseException.add_note` (PEP 678).

use super::args::{argument_type_name, receiver, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::BaseExceptionGroup, "derive", derive);
    registry.method(TypeId::BaseExceptionGroup, "split", split);
    registry.method(TypeId::BaseExceptionGroup, "subgroup", subgroup);
    registry.method(TypeId::BaseException, "add_note", add_note);
}

/// What `split` and `subgroup` test each exception with (CPython's
/// `_exceptiongroup_split_matcher_type`).
#[derive(Clone)]
pub enum Matcher {
    /// An exception class or a tuple of them: `isinstance`.
    Type(Value),
    /// Any other callable: its result's truth.
    Predicate(Value),
    /// The very exceptions given (for re-raising from `except*`).
    Instances(Vec<ObjRef>),
}

/// `BaseExceptionGroup(message, exceptions)` and `ExceptionGroup(...)`.
pub fn construct_group(vm: &mut Vm, ty: TypeId, args: &[Value]) -> Result<Value, Exception> {
    let (message, exceptions) = group_arguments(vm, args)?;
    let nests_base_exceptions = exceptions.iter().any(|&e| !is_exception_instance(vm, e));
    let ty = match ty {
        // A group of Exceptions is an ExceptionGroup, so that `except Exception` catches it.
        TypeId::BaseExceptionGroup if !nests_base_exceptions => TypeId::ExceptionGroup,
        TypeId::ExceptionGroup if nests_base_exceptions => {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        other => other,
    };
    let exceptions = vm.new_tuple(exceptions);
    let made = vm.exception_with_args(ty, args.to_vec());
    let Exception::Raised(group) = made else {
        return Err(made);
    };
    if let Some(Object::Exception(e)) = vm.heap.get_mut(group) {
        e.group = Some((message, exceptions));
    }
    Ok(Value::Obj(group))
}

/// Gives a user subclass's new instance its message and sub-exceptions, when its
/// arguments are those of `BaseExceptionGroup.__new__`.
pub fn fill_subclass_instance(vm: &mut Vm, instance: ObjRef, args: &[Value]) {
    let Ok((message, exceptions)) = group_arguments(vm, args) else {
        return;
    };
    let exceptions = vm.new_tuple(exceptions);
    if let Some(Object::Exception(e)) = vm.heap.get_mut(instance) {
        e.group = Some((message, exceptions));
    }
}

/// `BaseExceptionGroup.__new__`'s argument checks: a str and a non-empty sequence of
/// exception instances.
fn group_arguments(vm: &mut Vm, args: &[Value]) -> Result<(Value, Vec<Value>), Exception> {
    let [message, exceptions] = args[..] else {
        let message = format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        );
        return Err(vm.type_error(message));
    };
    if vm.str_text(message).is_none() {
        let message = format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            argument_type_name(vm, message)
        );
        return Err(vm.type_error(message));
    }
    if !is_sequence(vm, exceptions) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect_iterable(exceptions)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    if let Some(index) = items
        .iter()
        .position(|&item| !is_exception_object(vm, item))
    {
        let message = format!("Item {index} of second argument (exceptions) is not an exception");
        return Err(vm.value_error(message));
    }
    Ok((message, items))
}

/// CPython's `PySequence_Check` for the values a program passes here: a dict or a
/// set is not a sequence.
fn is_sequence(vm: &Vm, value: Value) -> bool {
    let value = vm.builtin_view(value);
    matches!(
        vm.type_of(value),
        TypeId::List | TypeId::Tuple | TypeId::Str | TypeId::Range | TypeId::Bytes
    )
}

fn is_exception_object(vm: &Vm, value: Value) -> bool {
    matches!(
        value.as_obj().map(|r| vm.heap.get(r)),
        Some(Object::Exception(_))
    )
}

fn is_exception_instance(vm: &Vm, value: Value) -> bool {
    vm.type_of(value).is_subtype_of(TypeId::Exception)
}

/// A group's message and sub-exceptions.
pub fn group_parts(vm: &Vm, value: Value) -> Option<(Value, Vec<Value>)> {
    let Some(Object::Exception(e)) = value.as_obj().map(|r| vm.heap.get(r)) else {
        return None;
    };
    let (message, exceptions) = e.group?;
    let items = match exceptions.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    };
    Some((message, items))
}

pub fn is_group(vm: &Vm, value: Value) -> bool {
    group_parts(vm, value).is_some()
}

/// `eg.derive(excs)`: a group with the same message (not the same class: a subclass
/// overrides `derive` to keep its own).
fn derive(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::BaseExceptionGroup, "derive")?;
    let [exceptions] = rest[..] else {
        let message = format!("derive() takes exactly one argument ({} given)", rest.len());
        return Err(vm.type_error(message));
    };
    let message = group_parts(vm, this).map_or(Value::None, |(message, _)| message);
    construct_group(vm, TypeId::BaseExceptionGroup, &[message, exceptions])
}

/// The group a `split` or `subgroup` call is made on, and its one condition as a matcher.
fn group_and_matcher(
    vm: &mut Vm,
    args: &[Value],
    method: &str,
) -> Result<(Value, Matcher), Exception> {
    let (this, rest) = receiver(vm, args, TypeId::BaseExceptionGroup, method)?;
    let [condition] = rest[..] else {
        let message = format!("{method} expected 1 argument, got {}", rest.len());
        return Err(vm.type_error(message));
    };
    Ok((this, matcher_of(vm, condition)?))
}

/// `eg.split(condition)`: the `(match, rest)` pair, either None when empty.
fn split(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let (this, matcher) = group_and_matcher(vm, args, "split")?;
    let (matched, rest) = split_recursive(vm, this, &matcher, true)?;
    let pair = vec![matched.unwrap_or(Value::None), rest.unwrap_or(Value::None)];
    Ok(vm.new_tuple(pair))
}

/// `eg.subgroup(condition)`: the matching part, or None.
fn subgroup(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let (this, matcher) = group_and_matcher(vm, args, "subgroup")?;
    let (matched, _) = split_recursive(vm, this, &matcher, false)?;
    Ok(matched.unwrap_or(Value::None))
}

/// CPython's `get_matcher_type`: a callable that is not a class is a predicate.
fn matcher_of(vm: &mut Vm, condition: Value) -> Result<Matcher, Exception> {
    let is_class = matches!(
        condition.as_obj().map(|r| vm.heap.get(r)),
        Some(Object::Type(_) | Object::Class(_))
    );
    if !is_class && super::is_callable(vm, condition) {
        return Ok(Matcher::Predicate(condition));
    }
    if is_exception_class(vm, condition) {
        return Ok(Matcher::Type(condition));
    }
    if let Some(Object::Tuple(items)) = condition.as_obj().map(|r| vm.heap.get(r)) {
        let items = items.to_vec();
        if items.iter().all(|&item| is_exception_class(vm, item)) {
            return Ok(Matcher::Type(condition));
        }
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

pub fn is_exception_class(vm: &Vm, value: Value) -> bool {
    match value.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Type(ty)) => ty.is_exception(),
        Some(Object::Class(c)) => c.builtin_base.is_exception(),
        _ => false,
    }
}

/// CPython's `exceptiongroup_split_recursive`: the parts of `exc` that match and (with
/// `construct_rest`) the parts that do not, each a group derived from the one it came
/// from, or the exception itself where it matches (or fails to) as a whole.
pub fn split_recursive(
    vm: &mut Vm,
    exc: Value,
    matcher: &Matcher,
    construct_rest: bool,
) -> Result<(Option<Value>, Option<Value>), Exception> {
    split_at_depth(vm, exc, matcher, construct_rest, 0)
}

/// Parts of the split: (matching, rest).
type SplitParts = (Option<Value>, Option<Value>);

fn split_at_depth(
    vm: &mut Vm,
    exc: Value,
    matcher: &Matcher,
    construct_rest: bool,
    depth: usize,
) -> Result<SplitParts, Exception> {
    if depth > MAX_SPLIT_DEPTH {
        let message = "maximum recursion depth exceeded in exceptiongroup_split_recursive";
        return Err(vm.error(TypeId::RecursionError, message));
    }
    if matches_whole(vm, exc, matcher)? {
        return Ok((Some(exc), None));
    }
    let Some((_, members)) = group_parts(vm, exc) else {
        return Ok((None, construct_rest.then_some(exc)));
    };
    let mark = vm.native_roots.len();
    vm.native_roots.push(exc);
    let parts = split_members(vm, &members, matcher, construct_rest, depth);
    let result = parts.and_then(|(matched, rest)| {
        let matched = subset(vm, exc, matched)?;
        if let Some(matched) = matched {
            vm.native_roots.push(matched);
        }
        let rest = if construct_rest {
            subset(vm, exc, rest)?
        } else {
            None
        };
        Ok((matched, rest))
    });
    vm.native_roots.truncate(mark);
    result
}

/// The matching and the other parts of each member, in order; the parts are kept
/// rooted while later members are split.
fn split_members(
    vm: &mut Vm,
    members: &[Value],
    matcher: &Matcher,
    construct_rest: bool,
    depth: usize,
) -> Result<(Vec<Value>, Vec<Value>), Exception> {
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for &member in members {
        let (m, r) = split_at_depth(vm, member, matcher, construct_rest, depth + 1)?;
        for part in m.iter().chain(r.iter()) {
            vm.native_roots.push(*part);
        }
        matched.extend(m);
        rest.extend(r);
    }
    Ok((matched, rest))
}

/// How deep nested groups may be split (CPython's recursion limit stops it too).
const MAX_SPLIT_DEPTH: usize = 900;

fn matches_whole(vm: &mut Vm, exc: Value, matcher: &Matcher) -> Result<bool, Exception> {
    match matcher {
        Matcher::Type(class) => Ok(vm.is_instance_of_exception_class(exc, *class)),
        Matcher::Predicate(function) => {
            let verdict = vm.call(*function, vec![exc], KwArgs::default())?;
            vm.is_true(verdict)
        }
        Matcher::Instances(leaves) => Ok(exc.as_obj().is_some_and(|r| leaves.contains(&r))),
    }
}

/// CPython's `exceptiongroup_subset`: `orig.derive(excs)` with `orig`'s traceback,
/// cause, context and a copy of its notes; None for no exceptions.
fn subset(vm: &mut Vm, orig: Value, excs: Vec<Value>) -> Result<Option<Value>, Exception> {
    if excs.is_empty() {
        return Ok(None);
    }
    let list = vm.new_list(excs);
    vm.native_roots.push(list);
    let derive = vm.get_attr(orig, "derive");
    let derived = derive.and_then(|derive| vm.call(derive, vec![list], KwArgs::default()));
    vm.native_roots.pop();
    let derived = derived?;
    if !is_group(vm, derived) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    vm.native_roots.push(derived);
    let copied = copy_metadata(vm, orig, derived);
    vm.native_roots.pop();
    copied?;
    Ok(Some(derived))
}

/// The traceback, context and cause go over as they are (setting the cause also sets
/// `__suppress_context__`, as `PyException_SetCause` does); the notes as a new list.
fn copy_metadata(vm: &mut Vm, orig: Value, derived: Value) -> Result<(), Exception> {
    let (Some(from), Some(to)) = (orig.as_obj(), derived.as_obj()) else {
        return Ok(());
    };
    let Object::Exception(source) = vm.heap.get(from) else {
        return Ok(());
    };
    let (traceback, context, cause) = (source.traceback.clone(), source.context, source.cause);
    if let Some(Object::Exception(target)) = vm.heap.get_mut(to) {
        target.traceback = traceback;
        target.traceback_object = None;
        target.context = context;
        target.cause = cause;
        target.suppress_context = true;
    }
    let notes = match vm.get_attr(orig, "__notes__") {
        Ok(notes) => notes,
        Err(Exception::Raised(error))
            if vm.type_of(Value::Obj(error)) == TypeId::AttributeError =>
        {
            return Ok(());
        }
        Err(other) => return Err(other),
    };
    if !is_sequence(vm, notes) {
        return Ok(());
    }
    let items = vm.collect_iterable(notes)?;
    let copy = vm.new_list(items);
    vm.set_attr(derived, "__notes__", copy)
}

/// `e.add_note(note)`: appends to `__notes__`, making it a list first.
fn add_note(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::BaseException, "add_note")?;
    let [note] = rest[..] else {
        let message = format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            rest.len()
        );
        return Err(vm.type_error(message));
    };
    if vm.str_text(note).is_none() {
        let message = format!("note must be a str, not '{}'", vm.class_name(note));
        return Err(vm.type_error(message));
    }
    let notes = match vm.get_attr(this, "__notes__") {
        Ok(notes) => notes,
        Err(Exception::Raised(error))
            if vm.type_of(Value::Obj(error)) == TypeId::AttributeError =>
        {
            let notes = vm.new_list(Vec::new());
            vm.set_attr(this, "__notes__", notes)?;
            notes
        }
        Err(other) => return Err(other),
    };
    match notes.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        Some(Object::List(items)) => {
            items.push(note);
            Ok(Value::None)
        }
        _ => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}
