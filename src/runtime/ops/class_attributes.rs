//! Attribute access on classes, instances of classes and `super()` objects.

use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm {
    /// `obj.name` when `obj` is a class, an instance of one, or a `super()` object;
    /// `Ok(None)` for other objects or names they leave to the built-in lookup.
    /// `fallback` says whether an instance's `__getattr__` answers when nothing is
    /// found: not inside `object.__getattribute__`, whose caller calls it.
    pub(crate) fn class_related_attr(
        &mut self,
        object: Value,
        name: &str,
        fallback: bool,
    ) -> Result<Option<Value>, Exception> {
        let Some(r) = object.as_obj() else {
            return Ok(None);
        };
        match self.heap.get(r).clone() {
            Object::Instance(instance) => match name {
                "__class__" => Ok(Some(Value::Obj(instance.class))),
                "__dict__" if self.instances_have_dict(instance.class) => {
                    Ok(Some(Value::Obj(instance.dict)))
                }
                _ => match self.instance_attr(object, name)? {
                    Some(found) => Ok(Some(found)),
                    None => match instance.base_value {
                        Some(base) => match self
                            .inherited_native_class_method(Value::Obj(instance.class), name)
                        {
                            Some(method) => Ok(Some(method)),
                            None => self.get_attr(base, name).map(Some),
                        },
                        None if fallback => self.user_getattr(object, name),
                        None => Ok(None),
                    },
                },
            },
            Object::Exception(e) if e.class.is_some() => match name {
                "__class__" => Ok(e.class.map(Value::Obj)),
                "__dict__" => Ok(e.dict.map(Value::Obj)),
                _ => self.instance_attr(object, name),
            },
            Object::Class(class) => {
                let special = match name {
                    "__name__" => Some(self.new_str_rc(class.name.clone())),
                    "__qualname__" => Some(self.new_str_rc(class.qualname.clone())),
                    "__dict__" => Some(Value::Obj(class.dict)),
                    "__bases__" => Some(self.new_tuple(class.bases.clone())),
                    "__mro__" => Some(self.new_tuple(class.mro.clone())),
                    "__class__" => Some(self.class_of(object)),
                    // The base whose instance layout the class extends.
                    "__base__" => self.best_base(&class.bases).ok(),
                    _ => None,
                };
                if special.is_some() {
                    return Ok(special);
                }
                match self.lookup_in_class(object, name) {
                    Some(found) => self.bind_class_attribute(found, None, object).map(Some),
                    None if name == "__doc__" => Ok(Some(Value::None)),
                    None => match self.inherited_native_method(object, name) {
                        Some(method) => Ok(Some(method)),
                        None => self.metaclass_attr(object, name),
                    },
                }
            }
            Object::Super { class, instance } => self.super_attr(class, instance, name),
            _ => Ok(None),
        }
    }

    /// `__setattr__` or `__delattr__` written in Python in an instance's class (or a
    /// class's metaclass).
    fn user_attribute_hook(&self, object: Value, name: &str) -> Option<Value> {
        let has_hooks = match object.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Instance(_)) => true,
            Some(Object::Class(class)) => class.metaclass.is_some(),
            _ => false,
        };
        if !has_hooks {
            return None;
        }
        let hook = self.user_method(object, name)?;
        matches!(
            hook.as_obj().map(|r| self.heap.get(r)),
            Some(Object::Function(_))
        )
        .then_some(hook)
    }

    /// `__getattr__`, Python's fallback when normal lookup finds nothing.
    pub(crate) fn user_getattr(
        &mut self,
        object: Value,
        name: &str,
    ) -> Result<Option<Value>, Exception> {
        let Some(hook) = self.user_method(object, "__getattr__") else {
            return Ok(None);
        };
        let name = self.new_str(name);
        self.call(hook, vec![object, name], Default::default())
            .map(Some)
    }

    /// A method of a built-in type in a class's MRO, unbound: `D.keys` for
    /// `class D(dict)` is `dict.keys`, found before anything of the metaclass.
    fn inherited_native_method(&mut self, class: Value, name: &str) -> Option<Value> {
        let method = self.builtin_base_method(class, name)?;
        Some(self.native_method_of_class(method, class))
    }

    fn builtin_base_method(&self, class: Value, name: &str) -> Option<ObjRef> {
        self.mro_of(class).into_iter().find_map(|entry| {
            match entry.as_obj().map(|r| self.heap.get(r)) {
                Some(Object::Type(ty)) => self.find_method(*ty, name),
                _ => None,
            }
        })
    }

    /// `d.fromkeys` for an instance `d` of `class D(dict)`: a class method of the
    /// built-in base binds to `D`, not to the dict the instance extends.
    fn inherited_native_class_method(&mut self, class: Value, name: &str) -> Option<Value> {
        let method = self.builtin_base_method(class, name)?;
        self.native_class_methods
            .contains(&method)
            .then(|| self.bind_native(method, class))
    }

    /// A class's attribute found on its metaclass: methods and properties of the
    /// metaclass bind to the class, as they do to any instance.
    fn metaclass_attr(&mut self, class: Value, name: &str) -> Result<Option<Value>, Exception> {
        let metaclass = self.class_of(class);
        match self.lookup_in_class(metaclass, name) {
            Some(found) => self
                .bind_class_attribute(found, Some(class), metaclass)
                .map(Some),
            None => Ok(None),
        }
    }

    /// `super().name`: search the MRO of the instance's class after `class`.
    fn super_attr(
        &mut self,
        class: Value,
        instance: Value,
        name: &str,
    ) -> Result<Option<Value>, Exception> {
        // `super(C, obj)`: a class `obj` below `C` searches its own MRO (a classmethod's
        // super); anything else, a metaclass's class included, its type's MRO.
        let owner = if self.is_class(instance) && self.is_subclass(instance, class) {
            instance
        } else {
            self.class_of(instance)
        };
        let mro = self.mro_of(owner);
        let start = mro.iter().position(|&c| c == class).map_or(0, |i| i + 1);
        let hash = crate::runtime::hashing::hash_str(name);
        for &entry in mro.iter().skip(start) {
            match entry.as_obj().map(|r| self.heap.get(r).clone()) {
                Some(Object::Class(c)) => {
                    if let Some(found) = self.dict_get_str(c.dict, name, hash) {
                        let receiver = if owner == instance {
                            None
                        } else {
                            Some(instance)
                        };
                        return self.bind_class_attribute(found, receiver, owner).map(Some);
                    }
                }
                Some(Object::Type(ty)) => {
                    if let Some(found) = self.builtin_class_hook(ty, name, instance) {
                        return Ok(Some(found));
                    }
                    if name == "__init__" {
                        let init = if ty.is_exception() {
                            exception_init
                        } else if ty == TypeId::Object {
                            object_init
                        } else {
                            builtin_subclass_init
                        };
                        let native = self.new_native("__init__", init, Some(ty));
                        return Ok(Some(self.alloc(Object::BoundMethod {
                            receiver: instance,
                            function: native,
                        })));
                    }
                    if let Some(method) = self.find_method(ty, name) {
                        if self.native_class_methods.contains(&method) {
                            return Ok(Some(self.bind_native(method, owner)));
                        }
                        return Ok(Some(self.alloc(Object::BoundMethod {
                            receiver: instance,
                            function: Value::Obj(method),
                        })));
                    }
                }
                _ => {}
            }
        }
        Ok(None)
    }

    /// `obj.name = value` on instances and classes; `Ok(false)` for other objects.
    pub(crate) fn set_class_related_attr(
        &mut self,
        object: Value,
        name: &str,
        value: Value,
    ) -> Result<bool, Exception> {
        if let Some(hook) = self.user_attribute_hook(object, "__setattr__") {
            let name = self.new_str(name);
            self.call(hook, vec![object, name, value], Default::default())?;
            return Ok(true);
        }
        self.generic_set_attr(object, name, value)
    }

    /// `object.__setattr__`: data descriptors of the class, else the instance dict.
    pub(crate) fn generic_set_attr(
        &mut self,
        object: Value,
        name: &str,
        value: Value,
    ) -> Result<bool, Exception> {
        let Some(r) = object.as_obj() else {
            return Ok(false);
        };
        self.note_getattribute(name);
        let dict = match self.heap.get(r) {
            Object::Class(c) => c.dict,
            Object::Instance(_) | Object::Exception(_) => {
                let class = self.class_of(object);
                if let Some(found) = self.lookup_in_class(class, name) {
                    if self.descriptor_set(found, object, name, value)? {
                        return Ok(true);
                    }
                }
                match self.instance_dict(object) {
                    Some(dict) => dict,
                    None if self.is_instance(object) => {
                        return Err(self.no_slot_error(object, name))
                    }
                    None => return Ok(false),
                }
            }
            _ => return Ok(false),
        };
        self.dict_set_str(dict, name, value);
        Ok(true)
    }

    /// An instance of a user class that is not an exception (which always has a
    /// `__dict__`).
    fn is_instance(&self, object: Value) -> bool {
        matches!(
            object.as_obj().map(|r| self.heap.get(r)),
            Some(Object::Instance(_))
        )
    }

    /// Setting or deleting a name that is neither a slot nor (without a `__dict__`)
    /// storable: CPython's `_PyObject_GenericSetAttrWithDict` says only that the
    /// object has no such attribute, with neither `name` nor `obj` for a hint.
    fn no_slot_error(&mut self, object: Value, name: &str) -> Exception {
        let message = format!(
            "'{}' object has no attribute '{name}'",
            self.class_name(object)
        );
        self.error(TypeId::AttributeError, message)
    }

    /// Why a read-only attribute cannot be set: a namedtuple's field getter says
    /// "can't set attribute", a property without a setter names itself.
    pub(crate) fn read_only_message(&self, object: Value, name: &str, fget: Value) -> String {
        let is_field_getter = matches!(
            fget.as_obj().map(|r| self.heap.get(r)),
            Some(Object::Native(native)) if native.name == "_tuplegetter"
        );
        if is_field_getter {
            return "can't set attribute".to_string();
        }
        let class_name = self.class_name(object);
        format!("property '{name}' of '{class_name}' object has no setter")
    }

    /// `del obj.name` on instances and classes; `Ok(false)` for other objects.
    pub(crate) fn delete_class_related_attr(
        &mut self,
        object: Value,
        name: &str,
    ) -> Result<bool, Exception> {
        if let Some(hook) = self.user_attribute_hook(object, "__delattr__") {
            let name = self.new_str(name);
            self.call(hook, vec![object, name], Default::default())?;
            return Ok(true);
        }
        self.generic_delete_attr(object, name)
    }

    /// `object.__delattr__`: a data descriptor's `__delete__`, else the instance dict.
    pub(crate) fn generic_delete_attr(
        &mut self,
        object: Value,
        name: &str,
    ) -> Result<bool, Exception> {
        let dict = match object.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(c)) => Some(c.dict),
            Some(Object::Instance(_)) | Some(Object::Exception(_)) => {
                let class = self.class_of(object);
                if let Some(found) = self.lookup_in_class(class, name) {
                    if self.descriptor_delete(found, object, name)? {
                        return Ok(true);
                    }
                }
                match self.instance_dict(object) {
                    None if self.is_instance(object) => {
                        return Err(self.no_slot_error(object, name))
                    }
                    dict => dict,
                }
            }
            _ => return Ok(false),
        };
        let Some(dict) = dict else { return Ok(false) };
        let key = self.new_str(name);
        match self.dict_remove(Value::Obj(dict), key)? {
            Some(_) => Ok(true),
            None => Err(self.attribute_error(object, name)),
        }
    }
}

/// `object.__init__(self)`, reached through `super().__init__()`.
fn object_init(
    _: &mut Vm,
    _: &[Value],
    _: &crate::runtime::native::KwArgs,
) -> Result<Value, Exception> {
    Ok(Value::None)
}

/// `BaseException.__init__(self, *args)`: the arguments become `args`.
fn exception_init(
    vm: &mut Vm,
    args: &[Value],
    _: &crate::runtime::native::KwArgs,
) -> Result<Value, Exception> {
    let Some((receiver, rest)) = args.split_first() else {
        return Ok(Value::None);
    };
    if let Some(Object::Exception(e)) = receiver.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        e.args = rest.to_vec();
    }
    Ok(Value::None)
}

/// `list.__init__(self, iterable)` and the like, reached through `super().__init__()`
/// in a subclass of a built-in type: the built-in value is made again from the
/// arguments.
fn builtin_subclass_init(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &crate::runtime::native::KwArgs,
) -> Result<Value, Exception> {
    let Some((&receiver, rest)) = args.split_first() else {
        return Ok(Value::None);
    };
    let base = match receiver.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Instance(i)) => i.base_value.map(|v| vm.type_of(v)),
        _ => None,
    };
    let Some(base) = base else {
        return Ok(Value::None);
    };
    let rebuilt = crate::runtime::constructors::construct(vm, base, rest, kwargs)?;
    if let Some(Object::Instance(i)) = receiver.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        i.base_value = Some(rebuilt);
    }
    Ok(Value::None)
}
