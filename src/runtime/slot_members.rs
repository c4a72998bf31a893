//! CPython's `member_descriptor`, what `C.x` is for a name `x` in `C.__slots__`: a
//! data descriptor that reads, writes and deletes the value kept at its index in the
//! instance (not in its `__dict__`, which a class with `__slots__` may not have).

use super::exception::Exception;
use super::heap::ObjRef;
use super::native::{KwArgs, Registry};
use super::object::{MemberDescriptor, Object};
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::MemberDescriptor, "__get__", member_dunder_get);
    registry.method(TypeId::MemberDescriptor, "__set__", member_dunder_set);
    registry.method(TypeId::MemberDescriptor, "__delete__", member_dunder_delete);
}

impl Vm {
    fn member(&self, member: ObjRef) -> Option<MemberDescriptor> {
        match self.heap.get(member) {
            Object::Member(found) => Some((**found).clone()),
            _ => None,
        }
    }

    /// The slot values of an instance of a user class (an exception one included).
    fn slot_values(&self, object: Value) -> Option<&Vec<Option<Value>>> {
        match object.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Instance(instance)) => Some(&instance.slots),
            Some(Object::Exception(exception)) => Some(&exception.slots),
            _ => None,
        }
    }

    fn slot_values_mut(&mut self, object: Value) -> Option<&mut Vec<Option<Value>>> {
        match object.as_obj().and_then(|r| self.heap.get_mut(r)) {
            Some(Object::Instance(instance)) => Some(&mut instance.slots),
            Some(Object::Exception(exception)) => Some(&mut exception.slots),
            _ => None,
        }
    }

    /// A member descriptor works only on instances of the class that declared it:
    /// "descriptor 'x' for 'C' objects doesn't apply to a 'int' object".
    fn check_member_applies(
        &mut self,
        member: &MemberDescriptor,
        object: Value,
    ) -> Result<(), Exception> {
        if self.is_subclass(self.class_of(object), Value::Obj(member.owner)) {
            return Ok(());
        }
        let message = format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            member.name,
            self.class_display_name(Value::Obj(member.owner)),
            self.class_name(object)
        );
        Err(self.type_error(message))
    }

    /// `obj.x` through the member: the slot's value, `None` while it is unset (the
    /// caller raises the usual "object has no attribute" after `__getattr__`).
    pub(crate) fn member_get(
        &mut self,
        member: ObjRef,
        object: Value,
    ) -> Result<Option<Value>, Exception> {
        let Some(member) = self.member(member) else {
            return Ok(None);
        };
        self.check_member_applies(&member, object)?;
        Ok(self
            .slot_values(object)
            .and_then(|values| values.get(member.index).copied().flatten()))
    }

    /// `obj.x = value` through the member.
    pub(crate) fn member_set(
        &mut self,
        member: ObjRef,
        object: Value,
        value: Value,
    ) -> Result<(), Exception> {
        let Some(member) = self.member(member) else {
            return Ok(());
        };
        self.check_member_applies(&member, object)?;
        if let Some(values) = self.slot_values_mut(object) {
            if values.len() <= member.index {
                values.resize(member.index + 1, None);
            }
            values[member.index] = Some(value);
        }
        Ok(())
    }

    /// `del obj.x` through the member; an unset slot raises `AttributeError: x`
    /// (CPython's `member_set` with no value names only the slot).
    pub(crate) fn member_delete(&mut self, member: ObjRef, object: Value) -> Result<(), Exception> {
        let Some(member) = self.member(member) else {
            return Ok(());
        };
        self.check_member_applies(&member, object)?;
        let removed = self
            .slot_values_mut(object)
            .and_then(|values| values.get_mut(member.index))
            .and_then(Option::take);
        match removed {
            Some(_) => Ok(()),
            None => Err(self.error(TypeId::AttributeError, &*member.name)),
        }
    }

    /// `__name__`, `__qualname__`, `__objclass__` and `__doc__` of a member.
    pub(crate) fn member_attr(&mut self, member: ObjRef, name: &str) -> Option<Value> {
        let member = self.member(member)?;
        match name {
            "__name__" => Some(self.new_str_rc(member.name.clone())),
            "__qualname__" => {
                let owner = self.class_display_name(Value::Obj(member.owner));
                Some(self.new_str(&format!("{owner}.{}", member.name)))
            }
            "__objclass__" => Some(Value::Obj(member.owner)),
            "__doc__" => Some(Value::None),
            _ => None,
        }
    }

    /// `<member 'x' of 'C' objects>`.
    pub(crate) fn member_repr(&self, member: ObjRef) -> String {
        match self.member(member) {
            Some(member) => format!(
                "<member '{}' of '{}' objects>",
                member.name,
                self.class_display_name(Value::Obj(member.owner))
            ),
            None => String::new(),
        }
    }

    /// The set slots of an instance with their names, in layout order: what the
    /// heap view draws beside the instance's `__dict__`.
    pub fn slot_attributes(&self, object: Value) -> Vec<(std::rc::Rc<str>, Value)> {
        let class = self.class_of(object);
        let Some(Object::Class(class)) = class.as_obj().map(|r| self.heap.get(r)) else {
            return Vec::new();
        };
        let Some(values) = self.slot_values(object) else {
            return Vec::new();
        };
        class
            .layout
            .names
            .iter()
            .zip(values.iter())
            .filter_map(|(name, value)| value.map(|value| (name.clone(), value)))
            .collect()
    }
}

/// The member a `member_descriptor` method was called on, and its other arguments.
fn receiver<'a>(
    vm: &mut Vm,
    method: &str,
    args: &'a [Value],
) -> Result<(ObjRef, &'a [Value]), Exception> {
    if let Some((&member, rest)) = args.split_first() {
        let is_member = |r: ObjRef| matches!(vm.heap.get(r), Object::Member(_));
        if let Some(r) = member.as_obj().filter(|&r| is_member(r)) {
            return Ok((r, rest));
        }
    }
    let message = format!("descriptor '{method}' requires a 'member_descriptor' object");
    Err(vm.type_error(message))
}

/// `C.x.__get__(obj, type=None)`: the value, or the member itself for `None`.
fn member_dunder_get(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (member, rest) = receiver(vm, "__get__", args)?;
    let object = match rest {
        [object] | [object, _] => *object,
        _ => {
            let message = format!("expected 1 or 2 arguments, got {}", rest.len());
            return Err(vm.type_error(message));
        }
    };
    if object.is_none() {
        return Ok(Value::Obj(member));
    }
    match vm.member_get(member, object)? {
        Some(value) => Ok(value),
        None => {
            let name = vm.member(member).map(|m| m.name).unwrap_or_default();
            Err(vm.attribute_error(object, &name))
        }
    }
}

/// `C.x.__set__(obj, value)`.
fn member_dunder_set(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (member, rest) = receiver(vm, "__set__", args)?;
    let [object, value] = rest else {
        let message = format!("expected 2 arguments, got {}", rest.len());
        return Err(vm.type_error(message));
    };
    vm.member_set(member, *object, *value)?;
    Ok(Value::None)
}

/// `C.x.__delete__(obj)`.
fn member_dunder_delete(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (member, rest) = receiver(vm, "__delete__", args)?;
    let [object] = rest else {
        let message = format!("expected 1 argument, got {}", rest.len());
        return Err(vm.type_error(message));
    };
    vm.member_delete(member, *object)?;
    Ok(Value::None)
}
