//! Calling a class: the metaclass's `__call__` when it defines one, else
//! `type.__call__`, which calls `__new__` and then, when `__new__` gave an instance of
//! the class, `__init__`.

use super::calls::Called;
use super::run::LoopExit;
use super::{PendingInit, Vm};
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::KwArgs;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;

impl Vm {
    /// `Class(*args, **kwargs)`.
    pub(super) fn call_class(
        &mut self,
        class: ObjRef,
        mut args: Vec<Value>,
        kwargs: KwArgs,
    ) -> Result<Called, Exception> {
        let metaclass = self.class_of(Value::Obj(class));
        if let Some(call) = self.lookup_in_class(metaclass, "__call__") {
            args.insert(0, Value::Obj(class));
            return self.call_object(call, args, kwargs);
        }
        self.type_call(class, args, kwargs)
    }

    /// `type.__call__(cls, *args, **kwargs)`.
    fn type_call(
        &mut self,
        class: ObjRef,
        args: Vec<Value>,
        kwargs: KwArgs,
    ) -> Result<Called, Exception> {
        let base = match self.heap.get(class) {
            Object::Class(c) => c.builtin_base,
            _ => TypeId::Object,
        };
        let user_new = self.user_new(class);
        if user_new.is_none() && base != TypeId::Type {
            return self.instantiate(class, args, kwargs);
        }
        let made = match user_new {
            Some(new) => {
                let mut new_args = vec![Value::Obj(class)];
                new_args.extend(args.iter().copied());
                match self.call_object(new, new_args, kwargs.clone())? {
                    Called::Value(made) => made,
                    Called::Frame => {
                        // `__new__` runs in the main loop; `__init__` follows when it
                        // returns (see `init_after_new`).
                        if let Some(frame) = self.frames.last_mut() {
                            frame.after_new = Some(Box::new(PendingInit { class, args, kwargs }));
                        }
                        return Ok(Called::Frame);
                    }
                }
            }
            None => self.type_new(Value::Obj(class), &args, &kwargs)?,
        };
        self.init_made_object(class, made, args, kwargs)
    }

    /// The class call the returning frame's `__new__` belongs to, if any.
    pub fn take_pending_init(&mut self) -> Option<PendingInit> {
        self.frames
            .last_mut()
            .and_then(|f| f.after_new.take())
            .map(|pending| *pending)
    }

    /// A `__new__` frame of a class call returned `made`, which is on the stack:
    /// `__init__` runs on it (its frame returns it) or it stays as the call's result.
    pub fn init_after_new(&mut self, pending: PendingInit) -> Result<(), Exception> {
        let made = self.pop();
        if let Called::Value(value) =
            self.init_made_object(pending.class, made, pending.args, pending.kwargs)?
        {
            self.push(value);
        }
        Ok(())
    }

    /// `init_after_new` when the `__new__` frame was the bottom of a nested loop:
    /// `__init__` runs to completion and the object is the loop's result.
    pub(crate) fn init_after_new_nested(
        &mut self,
        pending: PendingInit,
        made: Value,
    ) -> Result<Value, Exception> {
        let depth = self.frames.len();
        self.calling_back += 1;
        let called = self.init_made_object(pending.class, made, pending.args, pending.kwargs);
        self.calling_back -= 1;
        match called? {
            Called::Value(value) => Ok(value),
            Called::Frame => match self.run_nested(depth + 1)? {
                LoopExit::Returned(value) => Ok(value),
                LoopExit::Paused => Ok(made),
            },
        }
    }

    /// Runs a Python `__init__` on what `__new__` made; its frame returns the object.
    fn init_made_object(
        &mut self,
        class: ObjRef,
        made: Value,
        mut args: Vec<Value>,
        kwargs: KwArgs,
    ) -> Result<Called, Exception> {
        if !self.is_subclass(self.class_of(made), Value::Obj(class)) {
            return Ok(Called::Value(made));
        }
        let init = self.lookup_in_class(Value::Obj(class), "__init__");
        let Some(function) = init.and_then(|f| f.as_obj()) else {
            return Ok(Called::Value(made));
        };
        if !matches!(self.heap.get(function), Object::Function(_)) {
            return Ok(Called::Value(made));
        }
        args.insert(0, made);
        match self.push_function_frame(function, args, kwargs)? {
            Called::Frame => {
                if let Some(frame) = self.frames.last_mut() {
                    frame.init_instance = Some(made);
                }
                Ok(Called::Frame)
            }
            Called::Value(_) => Ok(Called::Value(made)),
        }
    }

    /// A `__new__` written in Python (an implicit staticmethod) along the MRO.
    fn user_new(&self, class: ObjRef) -> Option<Value> {
        let found = self.lookup_in_class(Value::Obj(class), "__new__")?;
        let function = match found.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::StaticMethod(f)) => *f,
            Some(Object::Function(_)) => found,
            _ => return None,
        };
        matches!(
            function.as_obj().map(|r| self.heap.get(r)),
            Some(Object::Function(_))
        )
        .then_some(function)
    }

    /// `type.__call__` reached from Python (`super().__call__(*args)` in a
    /// metaclass's `__call__`): the same protocol, run to completion.
    pub fn call_type_protocol(
        &mut self,
        class: Value,
        args: Vec<Value>,
        kwargs: KwArgs,
    ) -> Result<Value, Exception> {
        let Some(class_ref) = class.as_obj() else {
            return Err(self.type_error("descriptor '__call__' requires a 'type' object"));
        };
        if let Object::Type(_) = self.heap.get(class_ref) {
            return self.call(class, args, kwargs);
        }
        let depth = self.frames.len();
        self.calling_back += 1;
        let called = self.type_call(class_ref, args, kwargs);
        self.calling_back -= 1;
        match called? {
            Called::Value(value) => Ok(value),
            Called::Frame => match self.run_nested(depth + 1)? {
                LoopExit::Returned(value) => Ok(value),
                LoopExit::Paused => Ok(Value::None),
            },
        }
    }
}
