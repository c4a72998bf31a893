//! The `sys` module and the standard streams: `sys.exit`, `sys.exc_info`, the recursion limit,
//! `sys.stdout` / `sys.stderr` (what `print(file=...)` writes to), `sys.argv`.
//! They live in the core because they reach into the interpreter's own state.

use super::exception::Exception;
use super::native::{KwArgs, Registry};
use super::object::Object;
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;
use crate::runtime::async_generator_methods::{get_asyncgen_hooks, set_asyncgen_hooks};
use crate::runtime::heap::ObjRef;

/// Which standard stream a stream object writes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamKind {
    Stdout,
    Stderr,
}

pub fn register(registry: &mut Registry) {
    registry.module("sys", init_sys);
    registry.method(TypeId::TextStream, "write", stream_write);
    registry.method(TypeId::TextStream, "flush", stream_flush);
}

fn init_sys(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    vm.add_module_function(dict, "sys", "exit", sys_exit);
    vm.add_module_function(dict, "sys", "exc_info", sys_exc_info);
    vm.add_module_function(dict, "sys", "exception", sys_exception);
    vm.add_module_function(dict, "sys", "getrecursionlimit", sys_getrecursionlimit);
    vm.add_module_function(dict, "sys", "setrecursionlimit", sys_setrecursionlimit);
    vm.add_module_function(dict, "sys", "set_asyncgen_hooks", set_asyncgen_hooks);
    vm.add_module_function(dict, "sys", "get_asyncgen_hooks", get_asyncgen_hooks);
    let stdout = vm.alloc(Object::Stream(StreamKind::Stdout));
    let stderr = vm.alloc(Object::Stream(StreamKind::Stderr));
    vm.dict_set_str(dict, "stdout", stdout);
    vm.dict_set_str(dict, "stderr", stderr);
    let script = vm.new_str_rc(vm.filename.clone());
    let argv = vm.new_list(vec![script]);
    vm.dict_set_str(dict, "argv", argv);
    vm.dict_set_str(dict, "maxsize", Value::Int(i64::MAX));
    // The platform CPython reports on the machines programs are checked against.
    let platform = vm.new_str("linux");
    vm.dict_set_str(dict, "platform", platform);
    let version = vec![Value::Int(3), Value::Int(11), Value::Int(7)];
    let version_info = vm.new_tuple(version);
    vm.dict_set_str(dict, "version_info", version_info);
    let modules = vm.new_dict();
    for (name, module) in vm.modules.clone() {
        let key = vm.new_str_rc(name);
        vm.dict_set(modules, key, Value::Obj(module))?;
    }
    let sys_key = vm.new_str("sys");
    let sys_module = vm
        .modules
        .iter()
        .find(|(n, _)| &**n == "sys")
        .map(|(_, m)| Value::Obj(*m));
    vm.dict_set(modules, sys_key, sys_module.unwrap_or_default())?;
    vm.dict_set_str(dict, "modules", modules);
    Ok(())
}

/// `sys.exit([status])` raises SystemExit; the run ends with that status.
fn sys_exit(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("sys.exit() takes no keyword arguments"));
    }
    if args.len() > 1 {
        let message = format!("exit expected at most 1 argument, got {}", args.len());
        return Err(vm.type_error(message));
    }
    // PyErr_SetObject makes the exception as `_PyErr_CreateException` does: None gives
    // `SystemExit()`, a tuple is spread over the arguments, anything else is the one.
    let exception_args = match args.first() {
        None | Some(Value::None) => Vec::new(),
        Some(&code) => match code.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Tuple(items)) => items.to_vec(),
            _ => vec![code],
        },
    };
    Err(vm.exception_with_args(TypeId::SystemExit, exception_args))
}

/// `sys.exc_info()`: the exception being handled as `(type, value, traceback)`, or
/// `(None, None, None)` outside every handler. The traceback is the exception's
/// `__traceback__`.
fn sys_exc_info(vm: &mut Vm, _: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let Some(exception) = vm.handling else {
        return Ok(vm.new_tuple(vec![Value::None; 3]));
    };
    let class = vm.class_of(Value::Obj(exception));
    let traceback = vm.get_attr(Value::Obj(exception), "__traceback__")?;
    Ok(vm.new_tuple(vec![class, Value::Obj(exception), traceback]))
}

/// `sys.exception()`: the exception being handled, or None.
fn sys_exception(vm: &mut Vm, _: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    Ok(vm.handling.map_or(Value::None, Value::Obj))
}

fn sys_getrecursionlimit(vm: &mut Vm, _: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    Ok(Value::Int(vm.budgets.max_recursion_depth as i64))
}

/// `sys.setrecursionlimit(limit)`: the limit is a C int in CPython, so an int past
/// its range is an OverflowError; this interpreter holds it to its own depth budget.
fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let [limit] = args else {
        return Err(vm.type_error(format!(
            "setrecursionlimit() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    if !matches!(vm.type_of(*limit), TypeId::Int | TypeId::Bool) {
        let message = format!("'{}' object cannot be interpreted as an integer", vm.type_name(*limit));
        return Err(vm.type_error(message));
    }
    match vm.small_int(*limit).filter(|&n| i32::try_from(n).is_ok()) {
        Some(limit) if limit >= 1 => {
            vm.budgets.max_recursion_depth = limit.min(100_000) as usize;
            Ok(Value::None)
        }
        Some(_) => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        None => Err(vm.error(TypeId::OverflowError, "Python int too large to convert to C int")),
    }
}

fn stream_write(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (Some(&stream), Some(&text)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("write() takes exactly one argument (0 given)"));
    };
    let Some(content) = vm.str_text(text) else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(text)
        )));
    };
    vm.write_stream(stream, &content)?;
    Ok(Value::Int(content.chars().count() as i64))
}

fn stream_flush(_: &mut Vm, _: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    Ok(Value::None)
}

impl Vm {
    /// Writes to the stream object `stream` (stdout or stderr), within the output budget.
    pub fn write_stream(&mut self, stream: Value, text: &str) -> Result<(), Exception> {
        match stream.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Stream(StreamKind::Stderr)) => {
                self.write_stdout("")?;
                if let Some(order) = &mut self.output_order {
                    order.note_stderr_write(self.stdout.len(), self.stderr.len());
                }
                self.stderr.push_str(text);
                Ok(())
            }
            Some(Object::Stream(StreamKind::Stdout)) => self.write_stdout(text),
            // Any object with a `write` method will do (`print(..., file=buffer)` with an
            // `io.StringIO`), as in CPython.
            _ => {
                let write = self.get_attr(stream, "write")?;
                let text = self.new_str(text);
                self.native_roots.push(text);
                let written = self.call(write, vec![text], KwArgs::default());
                self.native_roots.pop();
                written.map(|_| ())
            }
        }
    }

    /// CPython converts an int exit code to a C long (-1 when it does not fit) and
    /// passes it to `exit()` as a C int, so `sys.exit(2**40 + 3)` exits 3; the
    /// operating system then keeps the low 8 bits.
    fn exit_status(&self, code: Value) -> i32 {
        let as_long = self.int_value(code).and_then(|n| i64::try_from(n).ok());
        as_long.map_or(-1, |long| long as i32)
    }

    /// `SystemExit.code`, as `SystemExit_init` sets it: None without arguments, the
    /// argument when there is one, else the whole tuple of them.
    pub fn system_exit_code(&mut self, args: &[Value]) -> Value {
        match args {
            [] => Value::None,
            [code] => *code,
            _ => self.new_tuple(args.to_vec()),
        }
    }

    /// How an uncaught SystemExit ends the run: its status, and what it prints.
    pub fn system_exit_outcome(&mut self, exception: ObjRef) -> (String, i32) {
        let args = match self.heap.get(exception) {
            Object::Exception(e) => e.args.clone(),
            _ => Vec::new(),
        };
        let code = self.system_exit_code(&args);
        match code {
            Value::None => (String::new(), 0),
            status if self.int_value(status).is_some() => (String::new(), self.exit_status(status)),
            other => (format!("{}\n", self.to_str(other).unwrap_or_default()), 1),
        }
    }
}
