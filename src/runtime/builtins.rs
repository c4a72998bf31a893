//! The core built-in functions a program needs to run at all. The rest live in
//! `library`.

use super::exception::Exception;
use super::native::{KwArgs, Registry};
use super::value::Value;
use super::vm::Vm;

pub fn register(registry: &mut Registry) {
    registry.builtin("print", builtin_print);
}

/// `print(*objects, sep=' ', end='\n')`
fn builtin_print(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    let sep = optional_text(vm, kwargs.get("sep"), " ", "sep")?;
    let end = optional_text(vm, kwargs.get("end"), "\n", "end")?;
    let mut line = String::new();
    for (i, &arg) in args.iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        line.push_str(&vm.to_str(arg)?);
    }
    line.push_str(&end);
    vm.write_stdout(&line)?;
    Ok(Value::None)
}

fn optional_text(
    vm: &mut Vm,
    value: Option<Value>,
    default: &str,
    what: &str,
) -> Result<String, Exception> {
    match value {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(v) => match vm.str_text(v) {
            Some(text) => Ok(text.to_string()),
            None => Err(vm.type_error(format!(
                "{what} must be None or a string, not {}",
                vm.type_name(v)
            ))),
        },
    }
}
