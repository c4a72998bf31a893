//! `Counter` arithmetic, as collections' Python source defines it: `+` and `-` add
//! and subtract counts, `|` and `&` take the larger and the smaller, and every result
//! keeps only positive counts. Another operand than a Counter is NotImplemented.

use super::args::NativeResult;
use super::collections_module::new_instance_of;
use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::{CmpOperator, Operator};

/// How two counts of one element combine.
#[derive(Clone, Copy)]
enum Combine {
    Add,
    Subtract,
    Larger,
    Smaller,
}

pub fn counter_add(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    combine_counters(vm, args, Combine::Add)
}

pub fn counter_sub(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    combine_counters(vm, args, Combine::Subtract)
}

pub fn counter_or(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    combine_counters(vm, args, Combine::Larger)
}

pub fn counter_and(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    combine_counters(vm, args, Combine::Smaller)
}

/// The Counter class `this` is an instance of (found along its MRO).
fn counter_class(vm: &Vm, this: Value) -> Option<Value> {
    vm.mro_of(vm.class_of(this)).into_iter().find(|&class| {
        matches!(class.as_obj().map(|r| vm.heap.get(r)),
            Some(Object::Class(c)) if &*c.name == "Counter")
    })
}

fn combine_counters(vm: &mut Vm, args: &[Value], how: Combine) -> NativeResult {
    let [this, other] = args[..] else {
        return Ok(vm.type_value(TypeId::NotImplementedType));
    };
    let Some(class) = counter_class(vm, this) else {
        return Ok(vm.type_value(TypeId::NotImplementedType));
    };
    if !vm.is_subclass(vm.class_of(other), class) {
        return Ok(vm.type_value(TypeId::NotImplementedType));
    }
    let result = new_instance_of(vm, class, TypeId::Dict, &[])?;
    let (ours, theirs, out) = (
        vm.builtin_view(this),
        vm.builtin_view(other),
        vm.builtin_view(result),
    );
    for (element, count) in vm.dict_pairs(ours) {
        let other_count = vm.dict_get(theirs, element)?.unwrap_or(Value::Int(0));
        let combined = combine_counts(vm, how, count, other_count)?;
        keep_if_positive(vm, out, element, combined)?;
    }
    for (element, count) in vm.dict_pairs(theirs) {
        if vm.dict_get(ours, element)?.is_some() {
            continue;
        }
        let combined = combine_counts(vm, how, Value::Int(0), count)?;
        keep_if_positive(vm, out, element, combined)?;
    }
    Ok(result)
}

fn combine_counts(vm: &mut Vm, how: Combine, ours: Value, theirs: Value) -> NativeResult {
    match how {
        Combine::Add => vm.binary_op(Operator::Add, ours, theirs, false),
        Combine::Subtract => vm.binary_op(Operator::Sub, ours, theirs, false),
        Combine::Larger => pick(vm, CmpOperator::Lt, ours, theirs),
        Combine::Smaller => pick(vm, CmpOperator::Gt, ours, theirs),
    }
}

/// `theirs if ours <op> theirs else ours`.
fn pick(vm: &mut Vm, op: CmpOperator, ours: Value, theirs: Value) -> NativeResult {
    let answer = vm.compare_op(op, ours, theirs)?;
    Ok(if vm.truthy(answer) { theirs } else { ours })
}

fn keep_if_positive(
    vm: &mut Vm,
    out: Value,
    element: Value,
    count: Value,
) -> Result<(), Exception> {
    let positive = vm.compare_op(CmpOperator::Gt, count, Value::Int(0))?;
    if vm.truthy(positive) {
        vm.dict_set(out, element, count)?;
    }
    Ok(())
}
