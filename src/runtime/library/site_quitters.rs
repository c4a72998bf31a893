//! `exit` and `quit`, the built-ins CPython's `site` module adds (`_sitebuiltins.Quitter`):
//! calling one raises `SystemExit(code)`, and printing one tells how to leave the
//! interactive interpreter.

use super::args::NativeResult;
use crate::runtime::native::{KwArgs, NativeFunction, Registry};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

const QUITTERS: [&str; 2] = ["exit", "quit"];

/// What `Quitter.eof` says on Unix.
const EOF: &str = "Ctrl-D (i.e. EOF)";

pub fn register(registry: &mut Registry) {
    registry.builtin("exit", quitter_call);
    registry.builtin("quit", quitter_call);
    for name in QUITTERS {
        registry.native_attributes(name, quitter_attribute);
    }
}

/// The built-in quitter `native` is, if it is one (and not, say, `sys.exit`).
fn quitter_name(native: &NativeFunction) -> Option<&'static str> {
    let built_in = native.module.is_none() && native.owner.is_none() && native.receiver.is_none();
    QUITTERS
        .into_iter()
        .find(|&name| built_in && native.name == name)
}

/// `Quitter.__repr__`: "Use exit() or Ctrl-D (i.e. EOF) to exit".
pub fn quitter_repr(vm: &Vm, value: Value) -> Option<String> {
    let Some(crate::runtime::object::Object::Native(native)) =
        value.as_obj().map(|r| vm.heap.get(r))
    else {
        return None;
    };
    let name = quitter_name(native)?;
    Some(format!("Use {name}() or {EOF} to exit"))
}

/// `Quitter.name` and `Quitter.eof`.
fn quitter_attribute(vm: &mut Vm, native: &NativeFunction, attribute: &str) -> Option<Value> {
    let name = quitter_name(native)?;
    match attribute {
        "name" => Some(vm.new_str(name)),
        "eof" => Some(vm.new_str(EOF)),
        _ => None,
    }
}

/// `Quitter.__call__(self, code=None)`: raises `SystemExit(code)`. Its argument errors
/// are those of a method written in Python, which counts `self`.
fn quitter_call(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    const QUALNAME: &str = "Quitter.__call__";
    if args.len() > 1 {
        let given = args.len() + 1;
        let message =
            format!("{QUALNAME}() takes from 1 to 2 positional arguments but {given} were given");
        return Err(vm.type_error(message));
    }
    if let Some(unknown) = kwargs.first_unexpected(&["code"]) {
        let message = format!("{QUALNAME}() got an unexpected keyword argument '{unknown}'");
        return Err(vm.type_error(message));
    }
    let code = match (args.first(), kwargs.get("code")) {
        (Some(_), Some(_)) => {
            let message = format!("{QUALNAME}() got multiple values for argument 'code'");
            return Err(vm.type_error(message));
        }
        (Some(&code), None) | (None, Some(code)) => code,
        (None, None) => Value::None,
    };
    Err(vm.exception_with_args(TypeId::SystemExit, vec![code]))
}

#[cfg(test)]
mod tests {
    use crate::session::{Session, SessionOptions};

    #[test]
    fn a_program_ended_by_exit_finishes_without_a_traceback() {
        let source = "def finish():\n    quit(3)\nfinish()\nprint('never')\n";
        let mut session = Session::new(source, SessionOptions::default()).expect("compiles");
        session.run(1_000);
        let end = session
            .snapshot(session.step_count() - 1)
            .expect("recorded");
        assert!(end.exception.is_none() && !end.post_mortem, "{end:?}");
        assert_eq!(end.stderr, "");
        assert_eq!(end.narration, "The program finished.");
    }
}
