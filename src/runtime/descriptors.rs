//! Python's descriptor protocol for objects of user classes found in a class
//! namespace: `__get__` runs on attribute access, and a *data* descriptor (one with
//! `__set__` or `__delete__`, or any property) wins over the instance's own dict and
//! runs on assignment and `del`.

use super::exception::Exception;
use super::native::KwArgs;
use super::object::Object;
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;

impl Vm {
    /// Whether a class attribute takes precedence over the instance dict.
    pub fn is_data_descriptor(&self, found: Value) -> bool {
        match found.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Property { .. } | Object::Member(_)) => true,
            Some(Object::Instance(_)) => {
                self.user_method(found, "__set__").is_some()
                    || self.user_method(found, "__delete__").is_some()
            }
            _ => false,
        }
    }

    /// `descr.__get__(instance, owner)` for a user-defined descriptor; `None` when
    /// `found` defines no `__get__`.
    pub fn user_descriptor_get(
        &mut self,
        found: Value,
        instance: Option<Value>,
        owner: Value,
    ) -> Result<Option<Value>, Exception> {
        if !matches!(
            found.as_obj().map(|r| self.heap.get(r)),
            Some(Object::Instance(_))
        ) {
            return Ok(None);
        }
        let Some(get) = self.user_method(found, "__get__") else {
            return Ok(None);
        };
        let args = vec![found, instance.unwrap_or(Value::None), owner];
        self.call(get, args, KwArgs::default()).map(Some)
    }

    /// `obj.name = value` through a data descriptor: `__set__`, or a property's
    /// setter. `Ok(false)` when `found` is not one.
    pub fn descriptor_set(
        &mut self,
        found: Value,
        object: Value,
        name: &str,
        value: Value,
    ) -> Result<bool, Exception> {
        if let Some(member) = self.member_of(found) {
            self.member_set(member, object, value)?;
            return Ok(true);
        }
        match found.as_obj().map(|r| self.heap.get(r).clone()) {
            Some(Object::Property { fget, fset }) => {
                if fset.is_none() {
                    let message = self.read_only_message(object, name, fget);
                    return Err(self.error(TypeId::AttributeError, message));
                }
                self.call(fset, vec![object, value], KwArgs::default())?;
                Ok(true)
            }
            Some(Object::Instance(_)) => match self.user_method(found, "__set__") {
                Some(set) => {
                    self.call(set, vec![found, object, value], KwArgs::default())?;
                    Ok(true)
                }
                None => Ok(false),
            },
            _ => Ok(false),
        }
    }

    /// `del obj.name` through a data descriptor: `__delete__`, or a property's
    /// deleter. `Ok(false)` when `found` is not one.
    pub fn descriptor_delete(
        &mut self,
        found: Value,
        object: Value,
        name: &str,
    ) -> Result<bool, Exception> {
        if let Some(member) = self.member_of(found) {
            self.member_delete(member, object)?;
            return Ok(true);
        }
        match found.as_obj().map(|r| (r, self.heap.get(r))) {
            Some((property, Object::Property { .. })) => {
                let Some(deleter) = self.property_deleter(property) else {
                    let message = format!(
                        "property '{name}' of '{}' object has no deleter",
                        self.class_name(object)
                    );
                    return Err(self.error(TypeId::AttributeError, message));
                };
                self.call(deleter, vec![object], KwArgs::default())?;
                Ok(true)
            }
            Some((_, Object::Instance(_))) => match self.user_method(found, "__delete__") {
                Some(delete) => {
                    self.call(delete, vec![found, object], KwArgs::default())?;
                    Ok(true)
                }
                None => Ok(false),
            },
            _ => Ok(false),
        }
    }

    /// The member descriptor `found` is, if it is one (`C.x` for a slot `x`).
    pub fn member_of(&self, found: Value) -> Option<super::heap::ObjRef> {
        found
            .as_obj()
            .filter(|&r| matches!(self.heap.get(r), Object::Member(_)))
    }

    /// The deleter `@prop.deleter` gave a property, if any.
    pub fn property_deleter(&self, property: super::heap::ObjRef) -> Option<Value> {
        let id = self.heap.id(property);
        self.property_deleters
            .iter()
            .find(|&&(owner, _)| owner == id)
            .map(|&(_, deleter)| deleter)
    }
}
