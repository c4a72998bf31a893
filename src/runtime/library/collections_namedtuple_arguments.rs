//! How a namedtuple's `__new__(cls, x, y)` binds its arguments to the fields, with
//! the messages CPython gives for the generated signature.

use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::rc::Rc;

/// The field values of `P(*positional, **kwargs)`, defaults filling the rest.
pub fn bind_fields(
    vm: &mut Vm,
    name: &str,
    class: Value,
    fields: &[Rc<str>],
    positional: &[Value],
    kwargs: &KwArgs,
) -> Result<Vec<Value>, Exception> {
    if positional.len() > fields.len() {
        let message = format!(
            "{name}.__new__() takes {} positional arguments but {} were given",
            fields.len() + 1,
            positional.len() + 1
        );
        return Err(vm.type_error(message));
    }
    let mut values: Vec<Option<Value>> = fields.iter().map(|_| None).collect();
    for (slot, &value) in values.iter_mut().zip(positional) {
        *slot = Some(value);
    }
    for (keyword, value) in &kwargs.0 {
        let Some(index) = fields.iter().position(|field| field == keyword) else {
            let message =
                format!("{name}.__new__() got an unexpected keyword argument '{keyword}'");
            return Err(vm.type_error(message));
        };
        match values.get_mut(index) {
            Some(Some(_)) => {
                let message =
                    format!("{name}.__new__() got multiple values for argument '{keyword}'");
                return Err(vm.type_error(message));
            }
            Some(slot) => *slot = Some(*value),
            None => {}
        }
    }
    fill_defaults(vm, class, fields, &mut values)?;
    let missing: Vec<String> = fields
        .iter()
        .zip(&values)
        .filter(|(_, value)| value.is_none())
        .map(|(field, _)| format!("'{field}'"))
        .collect();
    if !missing.is_empty() {
        return Err(missing_arguments(vm, name, &missing));
    }
    Ok(values.into_iter().flatten().collect())
}

/// Unfilled fields take their value from `_field_defaults`.
fn fill_defaults(
    vm: &mut Vm,
    class: Value,
    fields: &[Rc<str>],
    values: &mut [Option<Value>],
) -> Result<(), Exception> {
    let Some(defaults) = vm.lookup_in_class(class, "_field_defaults") else {
        return Ok(());
    };
    for (field, slot) in fields.iter().zip(values.iter_mut()) {
        if slot.is_none() {
            let key = vm.new_str_rc(field.clone());
            *slot = vm.dict_get(defaults, key)?;
        }
    }
    Ok(())
}

/// "missing 2 required positional arguments: 'x' and 'y'".
fn missing_arguments(vm: &mut Vm, name: &str, missing: &[String]) -> Exception {
    let listed = match missing {
        [only] => only.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => String::new(),
    };
    let plural = if missing.len() == 1 { "" } else { "s" };
    let message = format!(
        "{name}.__new__() missing {} required positional argument{plural}: {listed}",
        missing.len()
    );
    vm.type_error(message)
}
