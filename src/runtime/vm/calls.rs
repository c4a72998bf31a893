//! Calling: Python functions push a frame (no Rust recursion); native functions run
//! at once; bound methods prepend their receiver; types construct.

use super::run::LoopExit;
use super::{Frame, Vm};
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::KwArgs;
use crate::runtime::object::{Function, Object};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use std::rc::Rc;

/// What calling produced: a new frame to run, or a finished value.
pub(super) enum Called {
    Frame,
    Value(Value),
}

impl Vm {
    /// `Call(argc)` / `CallKw(argc, names)`: callable and arguments are on the stack.
    pub(super) fn call_from_stack(
        &mut self,
        argc: usize,
        kw_names: Option<u32>,
    ) -> Result<(), Exception> {
        if kw_names.is_none() && self.try_fast_call(argc)? {
            return Ok(());
        }
        let mut args = self.pop_many(argc);
        let callable = self.pop();
        let kwargs = match kw_names {
            Some(names) => self.split_keywords(&mut args, names),
            None => KwArgs::default(),
        };
        self.call_and_push(callable, args, kwargs)
    }

    /// `CallMethod(argc)`: `[callable, receiver-or-NULL, args...]`.
    pub(super) fn call_method(&mut self, argc: usize) -> Result<(), Exception> {
        let mut args = self.pop_many(argc);
        let receiver = self.pop();
        let callable = self.pop();
        if receiver != Value::Null {
            args.insert(0, receiver);
        }
        self.call_and_push(callable, args, KwArgs::default())
    }

    /// `CallEx`: `f(*args, **kwargs)`.
    pub(super) fn call_unpacked(&mut self, has_kwargs: bool) -> Result<(), Exception> {
        let kwargs_dict = if has_kwargs { Some(self.pop()) } else { None };
        let args_tuple = self.pop();
        let callable = self.pop();
        let args = self.sequence_items(args_tuple);
        let mut kwargs = KwArgs::default();
        if let Some(dict) = kwargs_dict {
            for (key, value) in self.dict_pairs(dict) {
                let Some(name) = self.str_text(key) else {
                    return Err(self.type_error("keywords must be strings"));
                };
                kwargs.0.push((name, value));
            }
        }
        self.call_and_push(callable, args, kwargs)
    }

    fn split_keywords(&mut self, args: &mut Vec<Value>, names: u32) -> KwArgs {
        let names_tuple = self
            .frames
            .last()
            .and_then(|f| f.code.constants.get(names as usize).copied())
            .unwrap_or_default();
        let names = self.sequence_items(names_tuple);
        let values = args.split_off(args.len().saturating_sub(names.len()));
        let pairs = names
            .into_iter()
            .zip(values)
            .map(|(n, v)| (self.str_text(n).unwrap_or_else(|| "".into()), v))
            .collect();
        KwArgs(pairs)
    }

    fn call_and_push(
        &mut self,
        callable: Value,
        args: Vec<Value>,
        kwargs: KwArgs,
    ) -> Result<(), Exception> {
        if let Called::Value(value) = self.call_object(callable, args, kwargs)? {
            self.push(value);
        }
        Ok(())
    }

    pub(super) fn call_object(
        &mut self,
        callable: Value,
        mut args: Vec<Value>,
        kwargs: KwArgs,
    ) -> Result<Called, Exception> {
        let Some(r) = callable.as_obj() else {
            return Err(self.not_callable(callable));
        };
        match self.heap.get(r) {
            Object::Function(_) => self.push_function_frame(r, args, kwargs),
            Object::Native(native) => {
                // exec and eval push their code's frame, as a Python call does.
                if let Some(mode) = super::exec_frame::exec_or_eval(native) {
                    return self.start_exec_or_eval(mode, &args, &kwargs);
                }
                let func = native.func;
                if let Some(receiver) = native.receiver {
                    args.insert(0, receiver);
                }
                // Natives calling natives (a chain of map objects) recurse on the Rust
                // stack; they count against the recursion limit as C calls do.
                if self.native_depth as usize >= self.budgets.max_recursion_depth {
                    let message = "maximum recursion depth exceeded";
                    return Err(self.error(TypeId::RecursionError, message));
                }
                self.native_depth += 1;
                let result = func(self, &args, &kwargs);
                self.native_depth -= 1;
                result.map(Called::Value)
            }
            Object::BoundMethod { receiver, function } => {
                let (receiver, function) = (*receiver, *function);
                args.insert(0, receiver);
                self.call_object(function, args, kwargs)
            }
            Object::Type(ty) => {
                let ty = *ty;
                self.native_depth += 1;
                let result = crate::runtime::builtins::construct(self, ty, &args, &kwargs);
                self.native_depth -= 1;
                result.map(Called::Value)
            }
            Object::Class(_) => self.call_class(r, args, kwargs),
            Object::Instance(_) => match self.user_method(callable, "__call__") {
                Some(method) => {
                    args.insert(0, callable);
                    self.call_object(method, args, kwargs)
                }
                None => Err(self.not_callable(callable)),
            },
            _ => Err(self.not_callable(callable)),
        }
    }

    /// Calling a class: a new instance, initialised by `__init__` when the class has
    /// one (its frame returns the instance).
    pub(super) fn instantiate(
        &mut self,
        class: ObjRef,
        mut args: Vec<Value>,
        kwargs: KwArgs,
    ) -> Result<Called, Exception> {
        let base = match self.heap.get(class) {
            Object::Class(c) => c.builtin_base,
            _ => TypeId::Object,
        };
        let extends_builtin = base != TypeId::Object && !base.is_exception();
        if let Some(constructor) = self.native_slot(class, "__new__") {
            args.insert(0, Value::Obj(class));
            return self.call_object(constructor, args, kwargs);
        }
        let has_init = self
            .lookup_in_class(Value::Obj(class), "__init__")
            .is_some();
        let mutable_base = matches!(base, TypeId::List | TypeId::Dict | TypeId::Set);
        let instance = if extends_builtin {
            // A mutable base starts empty when the class has its own __init__ (which
            // may call super().__init__); an immutable one is made from the arguments.
            // Keywords go to the base only without an `__init__` of the class's own:
            // `D(a=1)` for `class D(dict)`, while `tuple.__new__` ignores those a
            // subclass's `__init__` takes.
            let base_args: &[Value] = if has_init && mutable_base { &[] } else { &args };
            let base_kwargs = if has_init { KwArgs::default() } else { kwargs.clone() };
            self.new_builtin_subclass_instance(class, base, base_args, &base_kwargs)?
        } else {
            self.new_instance(class, &args)
        };
        match self.lookup_in_class(Value::Obj(class), "__init__") {
            Some(init)
                if matches!(
                    init.as_obj().map(|r| self.heap.get(r)),
                    Some(Object::Function(_))
                ) =>
            {
                args.insert(0, instance);
                let Some(function) = init.as_obj() else {
                    return Ok(Called::Value(instance));
                };
                match self.push_function_frame(function, args, kwargs)? {
                    Called::Frame => {
                        if let Some(frame) = self.frames.last_mut() {
                            frame.init_instance = Some(instance);
                        }
                        Ok(Called::Frame)
                    }
                    Called::Value(_) => Ok(Called::Value(instance)),
                }
            }
            Some(init) if self.native_slot(class, "__init__").is_some() => {
                args.insert(0, instance);
                self.call(init, args, kwargs)?;
                Ok(Called::Value(instance))
            }
            _ => {
                let is_exception = matches!(
                    self.heap.get(instance.as_obj().unwrap_or(class)),
                    Object::Exception(_)
                );
                if !is_exception && !extends_builtin && (!args.is_empty() || !kwargs.is_empty()) {
                    let name = self.class_name(instance);
                    return Err(self.type_error(format!("{name}() takes no arguments")));
                }
                Ok(Called::Value(instance))
            }
        }
    }

    /// A special method that a class made by a native module defines in Rust
    /// (`namedtuple`'s `__new__`, `defaultdict`'s `__init__`).
    fn native_slot(&self, class: ObjRef, name: &str) -> Option<Value> {
        let found = self.lookup_in_class(Value::Obj(class), name)?;
        match found.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Native(_)) => Some(found),
            _ => None,
        }
    }

    fn not_callable(&mut self, callable: Value) -> Exception {
        self.type_error(format!(
            "'{}' object is not callable",
            self.type_name(callable)
        ))
    }

    /// Calls any callable and runs it to completion: how native code calls back into
    /// Python (a key function of `sorted`, a function `map` applies).
    pub fn call(
        &mut self,
        callable: Value,
        args: Vec<Value>,
        kwargs: KwArgs,
    ) -> Result<Value, Exception> {
        let depth = self.frames.len();
        self.calling_back += 1;
        let called = self.call_object(callable, args, kwargs);
        self.calling_back -= 1;
        match called? {
            Called::Value(value) => Ok(value),
            Called::Frame => match self.run_nested(depth + 1)? {
                LoopExit::Returned(value) => Ok(value),
                LoopExit::Paused => Ok(Value::None),
            },
        }
    }

    /// Binds arguments to a new frame for a Python function and pushes it (or, for a
    /// generator function, wraps it in a generator).
    /// A call of a Python function whose arguments fill its parameters exactly (no
    /// keywords, defaults, `*args` or `**kwargs`): the arguments move from the stack
    /// straight into the new frame. Returns false when the call needs the general path.
    fn try_fast_call(&mut self, argc: usize) -> Result<bool, Exception> {
        let Some(callable_index) = self.stack.len().checked_sub(argc + 1) else {
            return Ok(false);
        };
        let Some(Value::Obj(function)) = self.stack.get(callable_index).copied() else {
            return Ok(false);
        };
        let Object::Function(f) = self.heap.get(function) else {
            return Ok(false);
        };
        let code = &f.code;
        let exact = code.argcount as usize == argc
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkeywords
            && !code.flags.generator;
        if !exact {
            return Ok(false);
        }
        if self.frames.len() >= self.budgets.max_recursion_depth {
            return Err(self.error(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let (code, globals, closure) = (code.clone(), f.globals, f.closure);
        let locals = self.reusable_locals(code.varnames.len());
        let mut frame =
            Frame::with_locals(code, globals, Some(function), callable_index as u32, locals);
        let arguments = self.stack.get(callable_index + 1..).unwrap_or_default();
        for (slot, &value) in frame.locals.iter_mut().zip(arguments) {
            *slot = Some(value);
        }
        self.stack.truncate(callable_index);
        self.make_cells(closure, &mut frame);
        self.number_call(&mut frame);
        self.enter_frame(frame);
        Ok(true)
    }

    /// A locals buffer of `len` unbound slots, from the pool when one is free: calls
    /// then allocate nothing for their locals.
    fn reusable_locals(&mut self, len: usize) -> Vec<Option<Value>> {
        let mut locals = self.locals_pool.pop().unwrap_or_default();
        locals.clear();
        locals.resize(len, None);
        locals
    }

    /// Returns a finished frame's buffers to the pool.
    pub(super) fn recycle_frame(&mut self, frame: Frame) {
        const POOL_LIMIT: usize = 64;
        if frame.generator.is_some() {
            return;
        }
        if self.locals_pool.len() < POOL_LIMIT {
            self.locals_pool.push(frame.locals);
        }
        if self.cells_pool.len() < POOL_LIMIT && frame.cells.capacity() > 0 {
            self.cells_pool.push(frame.cells);
        }
    }

    pub(super) fn enter_frame(&mut self, frame: Frame) {
        self.frames.push(frame);
        if self.tracing {
            self.trace_call();
        }
    }

    /// Binds arguments to a new frame for a Python function and pushes it (or, for a
    /// generator function, wraps it in a generator).
    pub(super) fn push_function_frame(
        &mut self,
        function: ObjRef,
        args: Vec<Value>,
        kwargs: KwArgs,
    ) -> Result<Called, Exception> {
        if self.frames.len() >= self.budgets.max_recursion_depth {
            return Err(self.error(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let Object::Function(f) = self.heap.get(function) else {
            return Ok(Called::Value(Value::None));
        };
        let f: Function = (**f).clone();
        let mut frame = Frame::new(
            f.code.clone(),
            f.globals,
            Some(function),
            self.stack.len() as u32,
        );
        self.bind_arguments(&f, &mut frame.locals, args, kwargs)?;
        self.make_cells(f.closure, &mut frame);
        self.number_call(&mut frame);
        if f.code.flags.generator {
            return Ok(Called::Value(self.new_generator(frame, f.qualname)));
        }
        self.enter_frame(frame);
        Ok(Called::Frame)
    }

    /// Fresh cells for the cell variables (parameters move into theirs) followed by
    /// the closure's cells for the free variables.
    fn make_cells(&mut self, closure: Option<ObjRef>, frame: &mut Frame) {
        let code = frame.code.clone();
        if code.cellvars.is_empty() && code.freevars.is_empty() {
            return;
        }
        if let Some(mut cells) = self.cells_pool.pop() {
            cells.clear();
            frame.cells = cells;
        }
        for index in 0..code.cellvars.len() as u32 {
            let parameter = code
                .cell_parameters
                .iter()
                .find(|(cell, _)| *cell == index)
                .map(|&(_, slot)| slot);
            let initial = parameter
                .and_then(|slot| frame.locals.get_mut(slot as usize).and_then(Option::take));
            frame.cells.push(self.heap.alloc(Object::Cell(initial)));
        }
        if let Some(Object::Tuple(cells)) = closure.map(|c| self.heap.get(c)) {
            frame.cells.extend(cells.iter().filter_map(|v| v.as_obj()));
        }
    }

    /// `MakeFunction(flags)`: code, then closure (8), annotations (4), kwdefaults (2),
    /// defaults (1).
    pub(super) fn make_function(&mut self, flags: u32) -> Result<(), Exception> {
        let code_value = self.pop();
        let closure = if flags & 8 != 0 {
            self.pop().as_obj()
        } else {
            None
        };
        let annotations = if flags & 4 != 0 {
            self.pop().as_obj()
        } else {
            None
        };
        let kwdefaults = if flags & 2 != 0 {
            self.pop().as_obj()
        } else {
            None
        };
        let defaults = if flags & 1 != 0 {
            self.pop().as_obj()
        } else {
            None
        };
        let Some(code_object) = code_value.as_obj() else {
            return Ok(());
        };
        let Object::Code(code) = self.heap.get(code_object).clone() else {
            return Ok(());
        };
        let globals = self.frames.last().map_or(self.main_globals, |f| f.globals);
        let name = self.new_str_rc(code.name.clone());
        let qualname = self.new_str_rc(code.qualname.clone());
        let module = self
            .dict_get_str(
                globals,
                "__name__",
                crate::runtime::hashing::hash_str("__name__"),
            )
            .unwrap_or_default();
        let doc = code.docstring;
        let definition = self.call_numbers.next_definition(&code.name);
        let function = Function {
            code: Rc::clone(&code),
            code_object,
            name,
            qualname,
            defaults,
            kwdefaults,
            annotations,
            closure,
            globals,
            doc,
            module,
            dict: None,
            definition,
            calls: 0,
        };
        let value = self.alloc(Object::Function(Box::new(function)));
        self.push(value);
        Ok(())
    }
}
