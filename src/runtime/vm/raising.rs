//! `raise` and `except` matching.

use super::Vm;
use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;

impl Vm {
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    pub(super) fn raise(&mut self, count: u32) -> Exception {
        if count == 0 {
            return match self.handling {
                Some(exception) => {
                    self.reraising = true;
                    Exception::Raised(exception)
                }
                None => self.error(TypeId::RuntimeError, "No active exception to reraise"),
            };
        }
        let cause = if count == 2 { Some(self.pop()) } else { None };
        let value = self.pop();
        let exception = match self.instantiate_exception(value) {
            Ok(r) => r,
            Err(error) => return error,
        };
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => None,
                other if !self.is_exception_or_class(other) => {
                    return self.type_error("exception causes must derive from BaseException")
                }
                other => match self.instantiate_exception(other) {
                    Ok(r) => Some(Value::Obj(r)),
                    Err(error) => return error,
                },
            };
            if let Some(Object::Exception(e)) = self.heap.get_mut(exception) {
                e.cause = cause;
                e.suppress_context = true;
            }
        }
        Exception::Raised(exception)
    }

    /// An exception instance from a class or an instance (as `raise` accepts).
    pub fn make_exception(
        &mut self,
        value: Value,
    ) -> Result<crate::runtime::heap::ObjRef, Exception> {
        self.instantiate_exception(value)
    }

    /// An exception instance from `raise X` or `raise X(...)`. A class is called with
    /// no arguments, as CPython's `do_raise` does, so a user class's `__new__` and
    /// `__init__` run; the call must give an exception instance.
    fn instantiate_exception(
        &mut self,
        value: Value,
    ) -> Result<crate::runtime::heap::ObjRef, Exception> {
        match value.as_obj().map(|r| (r, self.heap.get(r))) {
            Some((r, Object::Exception(_))) => Ok(r),
            Some((_, Object::Class(c))) if c.builtin_base.is_exception() => {
                let made = self.call(value, Vec::new(), KwArgs::default())?;
                self.expect_exception_instance(value, made)
            }
            Some((_, Object::Type(ty))) if ty.is_exception() => {
                let ty = *ty;
                match self.exception_with_args(ty, Vec::new()) {
                    Exception::Raised(r) => Ok(r),
                    other => Err(other),
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// Whether `raise` accepts `value`: an exception instance or an exception class.
    fn is_exception_or_class(&self, value: Value) -> bool {
        match value.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Exception(_)) => true,
            Some(Object::Class(c)) => c.builtin_base.is_exception(),
            Some(Object::Type(ty)) => ty.is_exception(),
            _ => false,
        }
    }

    /// What calling an exception class for `raise` gave: an exception instance, or
    /// CPython's TypeError when a `__new__` returned something else.
    fn expect_exception_instance(
        &mut self,
        class: Value,
        made: Value,
    ) -> Result<crate::runtime::heap::ObjRef, Exception> {
        if let Some(r) = made.as_obj() {
            if let Object::Exception(_) = self.heap.get(r) {
                return Ok(r);
            }
        }
        let class_repr = self.repr(class)?;
        let made_type = self.class_of(made);
        let made_repr = self.repr(made_type)?;
        Err(self.type_error(format!(
            "calling {class_repr} should have returned an instance of BaseException, not {made_repr}"
        )))
    }

    /// `except class:` — a class or a tuple of classes.
    pub(super) fn exception_matches(
        &mut self,
        exception: Value,
        class: Value,
    ) -> Result<bool, Exception> {
        match class.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Type(expected)) if expected.is_exception() => {
                Ok(self.is_subclass(self.class_of(exception), class))
            }
            Some(Object::Class(c)) if c.builtin_base.is_exception() => {
                Ok(self.is_subclass(self.class_of(exception), class))
            }
            Some(Object::Tuple(classes)) => {
                let classes = classes.to_vec();
                for class in classes {
                    if self.exception_matches(exception, class)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// Calls an exception class: `ValueError("bad", 2)`.
    pub fn construct_exception(
        &mut self,
        ty: TypeId,
        args: &[Value],
        kwargs: &KwArgs,
    ) -> Result<Value, Exception> {
        // `BaseExceptionGroup.__new__` checks its positional arguments before
        // `BaseException.__init__` refuses keywords.
        if ty.is_exception_group() {
            return crate::runtime::library::exception_group::construct_group(self, ty, args);
        }
        if let Some(name) = kwargs.0.first().map(|(k, _)| k.clone()) {
            return Err(self.type_error(
                format!("{}() takes no keyword arguments", ty.name()).replace(&*name, &name),
            ));
        }
        match self.exception_with_args(ty, args.to_vec()) {
            Exception::Raised(r) => Ok(Value::Obj(r)),
            other => Err(other),
        }
    }
}
