//! The `_traceback` module, for the `traceback` module written in Python: the entries
//! of a traceback object as the interpreter prints them (source line and carets), the
//! program's frames now running, and an exception's last line, "Did you mean" hint
//! included.

use super::args::{one_argument, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::KwArgs;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// `BaseException.with_traceback`, which every exception has.
pub fn register(registry: &mut crate::runtime::native::Registry) {
    registry.method(TypeId::BaseException, "with_traceback", with_traceback);
}

/// `e.with_traceback(tb)`: sets `e.__traceback__` and returns `e`.
fn with_traceback(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let [exception, tb] = args[..] else {
        let given = args.len().saturating_sub(1);
        let message =
            format!("BaseException.with_traceback() takes exactly one argument ({given} given)");
        return Err(vm.type_error(message));
    };
    if let Some(r) = exception.as_obj() {
        vm.set_exception_traceback(r, tb)?;
    }
    Ok(exception)
}

pub fn init_traceback(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    vm.add_module_function(dict, "_traceback", "entries", entries);
    vm.add_module_function(dict, "_traceback", "summary", summary);
    vm.add_module_function(dict, "_traceback", "stack", stack);
    Ok(())
}

/// `entries(tb)`: a `(filename, lineno, name, line, text)` tuple for each entry from
/// `tb` inward, where `text` is the entry as a traceback prints it.
fn entries(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let tb = one_argument(vm, "entries", args, kwargs)?;
    let Some(chain) = vm.traceback_chain(tb) else {
        let message = format!("expected a traceback object, not {}", vm.type_name(tb));
        return Err(vm.type_error(message));
    };
    let mut rows = Vec::with_capacity(chain.len());
    for entry in &chain {
        let (line, source_line, text) = vm.traceback_entry_text(entry);
        let filename = vm.new_str(&vm.filename.clone());
        let name = vm.new_str(&entry.code.name);
        let source_line = vm.new_str(&source_line);
        let text = vm.new_str(&text);
        let row = vec![
            filename,
            Value::Int(i64::from(line)),
            name,
            source_line,
            text,
        ];
        rows.push(vm.new_tuple(row));
    }
    Ok(vm.new_list(rows))
}

/// `stack()`: a `(filename, lineno, name, line)` tuple for each frame of the program's
/// own code now running, outermost first, at its current line.
fn stack(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    super::args::no_arguments(vm, "stack", args, kwargs)?;
    let lines = crate::syntax::LineIndex::new(&vm.source.clone());
    let running: Vec<(u32, std::rc::Rc<str>)> = vm
        .frames
        .iter()
        .filter(|frame| !frame.code.flags.library)
        .map(|frame| (frame.current_line(), frame.code.name.clone()))
        .collect();
    let mut rows = Vec::with_capacity(running.len());
    for (line, name) in running {
        let filename = vm.new_str(&vm.filename.clone());
        let name = vm.new_str(&name);
        let source_line = vm.new_str(lines.line_text(line).trim());
        let row = vec![filename, Value::Int(i64::from(line)), name, source_line];
        rows.push(vm.new_tuple(row));
    }
    Ok(vm.new_list(rows))
}

/// `summary(exc)`: `TypeName: message`, as the last line of a traceback reads.
fn summary(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let exception = one_argument(vm, "summary", args, kwargs)?;
    match exception.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::Exception(_)) => {
            let text = vm.exception_summary(r);
            Ok(vm.new_str(&text))
        }
        _ => {
            let message = format!("expected an exception, not {}", vm.type_name(exception));
            Err(vm.type_error(message))
        }
    }
}
