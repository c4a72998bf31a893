//! A class's `__getattribute__`, which CPython calls for every attribute read of its
//! instances (`obj.x`, `getattr`, method lookup), falling back to `__getattr__` when
//! it raises AttributeError; and `object.__getattribute__`, the normal lookup that
//! such a hook usually ends in.

use crate::runtime::exception::Exception;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm {
    /// The `__getattribute__` a Python class in the MRO of the object's class
    /// defines. Nothing is looked up until some class has defined one.
    pub(crate) fn getattribute_hook(&self, object: Value) -> Option<Value> {
        if !self.getattribute_seen {
            return None;
        }
        match object.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Instance(_)) => {}
            Some(Object::Exception(e)) if e.class.is_some() => {}
            _ => return None,
        }
        self.user_method(object, "__getattribute__")
            .filter(|hook| !hook.is_none())
    }

    /// `type(obj).__getattribute__(obj, name)`, and on AttributeError
    /// `type(obj).__getattr__(obj, name)` if the class has one.
    pub(crate) fn hooked_get_attr(
        &mut self,
        hook: Value,
        object: Value,
        name: &str,
    ) -> Result<Value, Exception> {
        let name_value = self.new_str(name);
        let result = self.call(hook, vec![object, name_value], Default::default());
        match result {
            Err(error) if self.is_attribute_error(&error) => {
                match self.user_getattr(object, name)? {
                    Some(value) => Ok(value),
                    None => Err(error),
                }
            }
            result => result,
        }
    }

    /// A class namespace getting `__getattribute__` turns the hook lookup on.
    pub(crate) fn note_getattribute(&mut self, name: &str) {
        if name == "__getattribute__" {
            self.getattribute_seen = true;
        }
    }
}
