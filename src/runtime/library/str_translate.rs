//! `str.maketrans` and `str.translate`.

use super::args::{one_argument, str_receiver, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::Str, "maketrans", str_maketrans);
    registry.method(TypeId::Str, "translate", str_translate);
}

/// `str.maketrans(x[, y[, z]])`. Reached through the type there is no receiver; a
/// str receiver before a lone dict (`"".maketrans({...})`) is skipped.
fn str_maketrans(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    super::args::reject_keywords(vm, "maketrans", kwargs)?;
    let args = match args {
        [first, dict] if vm.type_of(*first) == TypeId::Str && vm.type_of(*dict) == TypeId::Dict => {
            &args[1..]
        }
        _ => args,
    };
    super::args::clinic_count(vm, "maketrans", args, 1, 3)?;
    let table = vm.new_dict();
    match args {
        [mapping] => fill_from_dict(vm, table, *mapping)?,
        [from, to, rest @ ..] => fill_from_strings(vm, table, *from, *to, rest.first().copied())?,
        [] => {}
    }
    Ok(table)
}

fn fill_from_dict(vm: &mut Vm, table: Value, mapping: Value) -> Result<(), Exception> {
    if vm.type_of(mapping) != TypeId::Dict {
        return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
    }
    for (key, value) in vm.dict_pairs(mapping) {
        let code = match vm.str_text(key) {
            Some(text) => {
                let mut chars = text.chars();
                match (chars.next(), chars.next()) {
                    (Some(ch), None) => Value::Int(ch as i64),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            }
            None if vm.int_value(key).is_some() => key,
            None => {
                return Err(vm.type_error("keys in translate table must be strings or integers"))
            }
        };
        vm.dict_set(table, code, value)?;
    }
    Ok(())
}

fn fill_from_strings(
    vm: &mut Vm,
    table: Value,
    from: Value,
    to: Value,
    delete: Option<Value>,
) -> Result<(), Exception> {
    let text = |vm: &mut Vm, value: Value, position: usize| match vm.str_text(value) {
        Some(text) => Ok(text),
        None => {
            let message = format!(
                "maketrans() argument {position} must be str, not {}",
                vm.class_name(value)
            );
            Err(vm.type_error(message))
        }
    };
    let (from, to) = (text(vm, from, 1)?, text(vm, to, 2)?);
    if from.chars().count() != to.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (source, target) in from.chars().zip(to.chars()) {
        vm.dict_set(table, Value::Int(source as i64), Value::Int(target as i64))?;
    }
    if let Some(delete) = delete {
        for ch in text(vm, delete, 3)?.chars() {
            vm.dict_set(table, Value::Int(ch as i64), Value::None)?;
        }
    }
    Ok(())
}

/// Whether an exception is a LookupError, which `translate` treats as "keep the
/// character".
fn is_lookup_error(vm: &Vm, error: &Exception) -> bool {
    match error {
        Exception::Raised(r) => {
            matches!(vm.heap.get(*r), Object::Exception(e) if e.ty.is_subtype_of(TypeId::LookupError))
        }
        Exception::Budget(_) => false,
    }
}

/// `s.translate(table)`: each character looked up by its code point in `table`.
fn str_translate(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (text, rest) = str_receiver(vm, args, "translate")?;
    let table = one_argument(vm, "str.translate", rest, kwargs)?;
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let replacement = match vm.get_item(table, Value::Int(ch as i64)) {
            Ok(replacement) => replacement,
            Err(error) if is_lookup_error(vm, &error) => {
                out.push(ch);
                continue;
            }
            Err(error) => return Err(error),
        };
        if replacement.is_none() {
            continue;
        }
        if let Some(piece) = vm.str_text(replacement) {
            out.push_str(&piece);
        } else if let Some(code) = vm.int_value(replacement) {
            let mapped = num_traits::ToPrimitive::to_u32(&code).and_then(char::from_u32);
            match mapped {
                Some(mapped) => out.push(mapped),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        } else {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(vm.new_str(&out))
}
