//! `exec()` and `eval()`: their code runs in a new frame of its own, pushed like a
//! Python function's (so every step of it is traced and drawn), whose names are read
//! and bound through a locals mapping and a globals dict, by CPython 3.11's rules:
//! with neither given, the caller's globals and `locals()` (the same dict at module
//! level; inside a function a snapshot that exec writes to, never the fast locals).

use super::calls::Called;
use super::{Frame, LoopExit, Vm};
use crate::runtime::compiler::CompileMode;
use crate::runtime::dynamic_code::{strip_eval_indent, STRING_FILENAME};
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::library::args;
use crate::runtime::native::{KwArgs, NativeFunction};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;

/// Which of the two a native function object is: the built-in `exec` or `eval`.
pub(super) fn exec_or_eval(native: &NativeFunction) -> Option<CompileMode> {
    let builtin = native.owner.is_none() && native.module.is_none() && native.receiver.is_none();
    match native.name {
        "exec" if builtin => Some(CompileMode::Exec),
        "eval" if builtin => Some(CompileMode::Eval),
        _ => None,
    }
}

impl Vm {
    /// `exec(...)` or `eval(...)` run to the end, for native code calling them.
    pub(crate) fn run_exec_or_eval(
        &mut self,
        mode: CompileMode,
        args: &[Value],
        kwargs: &KwArgs,
    ) -> Result<Value, Exception> {
        let depth = self.frames.len();
        match self.start_exec_or_eval(mode, args, kwargs)? {
            Called::Value(value) => Ok(value),
            Called::Frame => match self.run_nested(depth + 1)? {
                LoopExit::Returned(value) => Ok(value),
                LoopExit::Paused => Ok(Value::None),
            },
        }
    }

    /// Checks the arguments, compiles a string, and pushes the frame that runs the
    /// code. Its module-level code returns None (exec) or the expression's value (eval).
    pub(super) fn start_exec_or_eval(
        &mut self,
        mode: CompileMode,
        args: &[Value],
        kwargs: &KwArgs,
    ) -> Result<Called, Exception> {
        let closure = self.check_exec_arguments(mode, args, kwargs)?;
        let given = |index: usize| args.get(index).copied().filter(|v| !v.is_none());
        let (globals, locals) = self.exec_namespaces(mode, given(1), given(2))?;
        let source = args.first().copied().unwrap_or_default();
        let is_code = source
            .as_obj()
            .is_some_and(|r| matches!(self.heap.get(r), Object::Code(_)));
        if closure.is_some() && !is_code {
            let message = "closure can only be used when source is a code object";
            return Err(self.type_error(message));
        }
        let code_object = self.exec_code_object(mode, source)?;
        let Object::Code(code) = self.heap.get(code_object).clone() else {
            return Ok(Called::Value(Value::None));
        };
        let name = mode_name(mode);
        let cells = self.exec_closure_cells(name, &code, closure)?;
        if self.frames.len() >= self.budgets.max_recursion_depth {
            return Err(self.error(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let hash = crate::runtime::hashing::hash_str("__builtins__");
        if self.dict_get_str(globals, "__builtins__", hash).is_none() {
            self.dict_set_str(globals, "__builtins__", Value::Obj(self.builtins));
        }
        let mut frame = Frame::new(code, globals, None, self.stack.len() as u32);
        frame.namespace = Some(locals);
        frame.code_object = Some(code_object);
        frame.cells = cells;
        let discard = mode == CompileMode::Exec && frame.code.flags.returns_expression;
        self.enter_frame(frame);
        if discard {
            return self.finish_discarding_value();
        }
        Ok(Called::Frame)
    }

    /// `exec` of code compiled for `eval`: it runs to the end here, since exec returns
    /// None rather than the value its frame hands back.
    fn finish_discarding_value(&mut self) -> Result<Called, Exception> {
        self.run_nested(self.frames.len())?;
        Ok(Called::Value(Value::None))
    }

    /// The arity and keyword checks of each, with CPython's messages; exec's
    /// keyword-only `closure` comes back when given.
    fn check_exec_arguments(
        &mut self,
        mode: CompileMode,
        args: &[Value],
        kwargs: &KwArgs,
    ) -> Result<Option<Value>, Exception> {
        if mode == CompileMode::Eval {
            args::reject_keywords(self, "eval", kwargs)?;
            args::clinic_count(self, "eval", args, 1, 3)?;
            return Ok(None);
        }
        if let Some(unknown) = kwargs.first_unexpected(&["closure"]) {
            let message = format!("'{unknown}' is an invalid keyword argument for exec()");
            return Err(self.type_error(message));
        }
        let given = args.len();
        let message = match given {
            0 => "exec() takes at least 1 positional argument (0 given)".to_string(),
            4.. => format!("exec() takes at most 3 positional arguments ({given} given)"),
            _ => return Ok(kwargs.get("closure").filter(|c| !c.is_none())),
        };
        Err(self.type_error(message))
    }

    /// The globals dict and the locals mapping the code runs with.
    fn exec_namespaces(
        &mut self,
        mode: CompileMode,
        globals: Option<Value>,
        locals: Option<Value>,
    ) -> Result<(ObjRef, ObjRef), Exception> {
        let globals = match globals {
            Some(value) => match value.as_obj() {
                Some(dict) if matches!(self.heap.get(dict), Object::Dict(_)) => Some(dict),
                _ => return Err(self.bad_globals(mode, value)),
            },
            None => None,
        };
        if let Some(value) = locals.filter(|&value| !self.is_mapping(value)) {
            let message = match mode {
                CompileMode::Eval => "locals must be a mapping".to_string(),
                _ => format!(
                    "locals must be a mapping or None, not {}",
                    self.class_name(value)
                ),
            };
            return Err(self.type_error(message));
        }
        let caller_globals = self.frames.last().map_or(self.main_globals, |f| f.globals);
        let locals = match (globals, locals) {
            (_, Some(locals)) => locals.as_obj(),
            (Some(globals), None) => Some(globals),
            (None, None) => self.current_locals()?.as_obj(),
        };
        let globals = globals.unwrap_or(caller_globals);
        Ok((globals, locals.unwrap_or(globals)))
    }

    fn bad_globals(&mut self, mode: CompileMode, value: Value) -> Exception {
        let message = match mode {
            CompileMode::Eval if self.is_mapping(value) => {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            }
            CompileMode::Eval => "globals must be a dict".to_string(),
            _ => format!(
                "exec() globals must be a dict, not {}",
                self.class_name(value)
            ),
        };
        self.type_error(message)
    }

    /// `PyMapping_Check`: a dict, a built-in sequence, or an object whose class
    /// defines `__getitem__`.
    fn is_mapping(&self, value: Value) -> bool {
        let subscriptable = [
            TypeId::Dict,
            TypeId::List,
            TypeId::Tuple,
            TypeId::Str,
            TypeId::Bytes,
        ];
        subscriptable.contains(&self.type_of(value))
            || self.user_method(value, "__getitem__").is_some()
    }

    /// The code object to run: the one given, or the string (or bytes) compiled as
    /// `<string>`, which is held on the heap so its constants live while it runs.
    fn exec_code_object(&mut self, mode: CompileMode, source: Value) -> Result<ObjRef, Exception> {
        if let Some(code) = source
            .as_obj()
            .filter(|&r| matches!(self.heap.get(r), Object::Code(_)))
        {
            return Ok(code);
        }
        let message = format!(
            "{}() arg 1 must be a string, bytes or code object",
            mode_name(mode)
        );
        let text = self.source_text(source, &message)?;
        let text = match mode {
            CompileMode::Eval => strip_eval_indent(&text),
            _ => &text,
        };
        let code = self.compile_string(text, STRING_FILENAME, mode)?;
        Ok(self.heap.alloc(Object::Code(code)))
    }

    /// The cells for a code object's free variables: exec's `closure` tuple, which
    /// must be there exactly when the code has free variables.
    fn exec_closure_cells(
        &mut self,
        name: &str,
        code: &crate::runtime::code::CodeObject,
        closure: Option<Value>,
    ) -> Result<Vec<ObjRef>, Exception> {
        let cells: Option<Vec<ObjRef>> = closure.map(|tuple| {
            let items = self.sequence_items(tuple);
            items.iter().filter_map(|item| item.as_obj()).collect()
        });
        match (code.freevars.is_empty(), cells) {
            (true, None) => Ok(Vec::new()),
            (false, Some(cells)) if cells.len() == code.freevars.len() => Ok(cells),
            (true, Some(_)) => Err(self.type_error("cannot use a closure with this code object")),
            (false, None) if name == "eval" => {
                Err(self.type_error("code object passed to eval() may not contain free variables"))
            }
            (false, _) => Err(self.type_error(format!(
                "code object requires a closure of exactly length {}",
                code.freevars.len()
            ))),
        }
    }

    /// `single` mode's expression statement: CPython's `sys.displayhook` prints the
    /// repr of a value other than None and keeps it as `builtins._`.
    pub(super) fn display_value(&mut self, value: Value) -> Result<(), Exception> {
        if value.is_none() {
            return Ok(());
        }
        let text = self.repr(value)?;
        self.write_stdout(&text)?;
        self.write_stdout("\n")?;
        self.dict_set_str(self.builtins, "_", value);
        Ok(())
    }
}

fn mode_name(mode: CompileMode) -> &'static str {
    match mode {
        CompileMode::Eval => "eval",
        _ => "exec",
    }
}
