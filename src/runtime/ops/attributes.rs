//! Attribute access on built-in objects: function and code introspection
//! (`__closure__`, `cell_contents`, `__code__.co_freevars`, ...), module namespaces,
//! exception fields, and methods of built-in types.

use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::NativeFunction;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm {
    /// `obj.name`: through a class's `__getattribute__` when one is defined.
    pub fn get_attr(&mut self, object: Value, name: &str) -> Result<Value, Exception> {
        if let Some(hook) = self.getattribute_hook(object) {
            return self.hooked_get_attr(hook, object, name);
        }
        self.generic_get_attr(object, name, true)
    }

    /// `object.__getattribute__`, then (with `fallback`) `__getattr__`.
    pub(crate) fn generic_get_attr(
        &mut self,
        object: Value,
        name: &str,
        fallback: bool,
    ) -> Result<Value, Exception> {
        if let Some(value) = self.class_related_attr(object, name, fallback)? {
            return Ok(value);
        }
        if let Some(value) = self.special_attr(object, name)? {
            return Ok(value);
        }
        let ty = self.type_of(object);
        if let Some(method) = self.find_method(ty, name) {
            let receiver = self.native_receiver(method, object);
            return Ok(self.bind_native(method, receiver));
        }
        Err(self.attribute_error(object, name))
    }

    /// `obj.name` for a call: the method and its receiver without making a bound
    /// method, or the attribute and `Null`.
    pub fn load_method(&mut self, object: Value, name: &str) -> Result<(Value, Value), Exception> {
        if self.getattribute_hook(object).is_some() {
            return Ok((self.get_attr(object, name)?, Value::Null));
        }
        if let Some(Object::Instance(instance)) = object.as_obj().map(|r| self.heap.get(r)) {
            let (dict, class) = (instance.dict, Value::Obj(instance.class));
            let in_dict = self.dict_get_str(dict, name, crate::runtime::hashing::hash_str(name));
            if in_dict.is_none() {
                if let Some(found) = self.lookup_in_class(class, name) {
                    if matches!(
                        found.as_obj().map(|r| self.heap.get(r)),
                        Some(Object::Function(_))
                    ) {
                        return Ok((found, object));
                    }
                }
            }
        }
        // A native method straight from the type, unless a Python class (of the object,
        // or the one `super()` searches from) may define or inherit it differently:
        // `object.__format__` must not hide `int.__format__` on a `class I(int)`.
        let ty = self.type_of(object);
        let native_first = !matches!(
            ty,
            TypeId::Module | TypeId::Type | TypeId::Function | TypeId::Super
        );
        if native_first && !self.has_user_class(object) {
            if let Some(method) = self.find_method(ty, name) {
                return Ok((Value::Obj(method), self.native_receiver(method, object)));
            }
        }
        Ok((self.get_attr(object, name)?, Value::Null))
    }

    /// A native method of `ty` or of one of its bases.
    /// (`Exception`, which `ExceptionGroup` also derives from, has no methods of its own.)
    pub fn find_method(&self, ty: TypeId, name: &str) -> Option<ObjRef> {
        let mut current = ty;
        loop {
            if let Some(&method) = self.methods.get(&current).and_then(|m| m.get(name)) {
                return Some(method);
            }
            if current == TypeId::Object {
                return None;
            }
            current = current.base();
        }
    }

    /// What a native method found for `object` binds to: the object, or its class
    /// for a class method (`{}.fromkeys` is `dict.fromkeys`).
    pub(crate) fn native_receiver(&self, method: ObjRef, object: Value) -> Value {
        if self.native_class_methods.contains(&method) {
            self.class_of(object)
        } else {
            object
        }
    }

    /// A native method reached through the class `class` itself: unbound, except a
    /// class method, which binds to the class.
    pub(crate) fn native_method_of_class(&mut self, method: ObjRef, class: Value) -> Value {
        if self.native_class_methods.contains(&method) {
            self.bind_native(method, class)
        } else {
            Value::Obj(method)
        }
    }

    pub(crate) fn bind_native(&mut self, method: ObjRef, receiver: Value) -> Value {
        match self.heap.get(method).clone() {
            Object::Native(native) => self.alloc(Object::Native(NativeFunction {
                receiver: Some(receiver),
                ..native
            })),
            _ => Value::Obj(method),
        }
    }

    /// The names `dir(object)` would list that matter for a suggestion.
    fn suggest_attribute(&self, object: Value, name: &str) -> Option<String> {
        let mut names: Vec<std::rc::Rc<str>> = Vec::new();
        let add_keys = |vm: &Vm, dict: ObjRef, names: &mut Vec<std::rc::Rc<str>>| {
            if let Object::Dict(d) = vm.heap.get(dict) {
                names.extend(d.iter().filter_map(|e| vm.str_text(e.key)));
            }
        };
        match object.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Module(m)) => add_keys(self, m.dict, &mut names),
            _ => {
                if let Some(dict) = self.instance_dict(object) {
                    add_keys(self, dict, &mut names);
                }
                let class = if self.is_class(object) {
                    object
                } else {
                    self.class_of(object)
                };
                for entry in self.mro_of(class) {
                    match entry.as_obj().map(|r| self.heap.get(r)) {
                        Some(Object::Class(c)) => add_keys(self, c.dict, &mut names),
                        Some(Object::Type(ty)) => {
                            let methods = self.methods.get(ty).into_iter().flat_map(|m| m.keys());
                            names.extend(methods.map(|&n| std::rc::Rc::from(n)));
                        }
                        _ => {}
                    }
                }
            }
        }
        let mut unique: Vec<&str> = Vec::new();
        for n in &names {
            if !unique.contains(&&**n) {
                unique.push(n);
            }
        }
        unique.sort();
        crate::runtime::suggestions::closest(name, unique)
    }

    pub fn attribute_error(&mut self, object: Value, name: &str) -> Exception {
        let message = match object.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Module(module)) => {
                format!("module '{}' has no attribute '{name}'", module.name)
            }
            Some(Object::Type(ty)) => {
                format!("type object '{}' has no attribute '{name}'", ty.name())
            }
            Some(Object::Class(c)) => format!("type object '{}' has no attribute '{name}'", c.name),
            Some(Object::Instance(_)) | Some(Object::Exception(_)) => {
                format!(
                    "'{}' object has no attribute '{name}'",
                    self.class_name(object)
                )
            }
            _ => format!(
                "'{}' object has no attribute '{name}'",
                self.type_name(object)
            ),
        };
        let error = self.error(TypeId::AttributeError, message);
        let suggestion = self.suggest_attribute(object, name);
        self.attach_suggestion(&error, suggestion);
        error
    }

    fn special_attr(&mut self, object: Value, name: &str) -> Result<Option<Value>, Exception> {
        if name == "__class__" {
            return Ok(Some(self.type_value(self.type_of(object))));
        }
        let Some(r) = object.as_obj() else {
            return Ok(self.number_attr(object, name));
        };
        match self.heap.get(r).clone() {
            Object::Function(_) => self.function_attr(r, name),
            Object::Cell(contents) if name == "cell_contents" => match contents {
                Some(v) => Ok(Some(v)),
                None => Err(self.value_error("Cell is empty")),
            },
            Object::Code(code) => Ok(self.code_attr(&code, name)),
            Object::Module(module) => {
                let hash = crate::runtime::hashing::hash_str(name);
                Ok(self.dict_get_str(module.dict, name, hash))
            }
            Object::Exception(e) => Ok(match name {
                "args" => Some(self.new_tuple(e.args.clone())),
                "__cause__" => Some(e.cause.unwrap_or(Value::None)),
                "__context__" => Some(e.context.unwrap_or(Value::None)),
                "__suppress_context__" => Some(Value::Bool(e.suppress_context)),
                "__traceback__" => Some(self.exception_traceback(r)),
                "__notes__" => e.notes,
                "message" if e.group.is_some() => e.group.map(|(message, _)| message),
                "exceptions" if e.group.is_some() => e.group.map(|(_, exceptions)| exceptions),
                "code" if e.ty == TypeId::SystemExit => {
                    let args = e.args.clone();
                    Some(self.system_exit_code(&args))
                }
                "name"
                    if e.ty.is_subtype_of(TypeId::NameError)
                        || e.ty.is_subtype_of(TypeId::ImportError) =>
                {
                    Some(e.name.unwrap_or(Value::None))
                }
                "value" if e.ty == TypeId::StopIteration => {
                    Some(e.args.first().copied().unwrap_or(Value::None))
                }
                _ => self.syntax_error_attr(e.ty, &e.args, name),
            }),
            Object::Type(ty) => Ok(self.type_attr(ty, name)),
            Object::Member(_) => Ok(self.member_attr(r, name)),
            Object::Property { fget, fset } => Ok(match name {
                "fget" => Some(fget),
                "fset" => Some(fset),
                "fdel" => Some(self.property_deleter(r).unwrap_or(Value::None)),
                "__isabstractmethod__" => {
                    let marked = |vm: &mut Self, f: Value| {
                        !f.is_none()
                            && vm
                                .get_attr(f, "__isabstractmethod__")
                                .is_ok_and(|v| v == Value::Bool(true))
                    };
                    Some(Value::Bool(marked(self, fget) || marked(self, fset)))
                }
                _ => None,
            }),
            Object::Generator(generator) => Ok(self.generator_attr(r, &generator, name)),
            Object::GeneratorFrame(generator) => Ok(self.generator_frame_attr(generator, name)),
            Object::Traceback { entry, frame } => Ok(self.traceback_attr(entry, frame, name)),
            Object::Complex(c) => Ok(match name {
                "real" => Some(Value::Float(c.real)),
                "imag" => Some(Value::Float(c.imag)),
                _ => None,
            }),
            Object::Range(range) => Ok(match name {
                "start" => Some(Value::Int(range.start)),
                "stop" => Some(Value::Int(range.stop)),
                "step" => Some(Value::Int(range.step)),
                _ => None,
            }),
            Object::BigRange(range) => match name {
                "start" => self.new_int_big(range.start.clone()).map(Some),
                "stop" => self.new_int_big(range.stop.clone()).map(Some),
                "step" => self.new_int_big(range.step.clone()).map(Some),
                _ => Ok(None),
            },
            Object::Native(native) => {
                let reader = self
                    .native_attributes
                    .iter()
                    .find(|(n, _)| *n == native.name)
                    .map(|&(_, read)| read);
                if let Some(value) = reader.and_then(|read| read(self, &native, name)) {
                    return Ok(Some(value));
                }
                Ok(self.native_attr(&native, name))
            }
            Object::BoundMethod { receiver, function } => Ok(match name {
                "__self__" => Some(receiver),
                "__func__" => Some(function),
                _ => return self.special_attr(function, name),
            }),
            _ => Ok(None),
        }
    }

    /// The attributes every native function has.
    fn native_attr(&mut self, native: &NativeFunction, name: &str) -> Option<Value> {
        match name {
            "__name__" | "__qualname__" => Some(self.new_str(native.name)),
            "__self__" => native.receiver,
            "__module__" => Some(if native.owner.is_none() {
                self.new_str(native.module.unwrap_or("builtins"))
            } else {
                Value::None
            }),
            "__doc__" => Some(Value::None),
            _ => None,
        }
    }

    fn number_attr(&mut self, object: Value, name: &str) -> Option<Value> {
        match (object, name) {
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => {
                Some(Value::Int(self.small_int(object)?))
            }
            (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            _ => None,
        }
    }

    fn type_attr(&mut self, ty: TypeId, name: &str) -> Option<Value> {
        match name {
            "__name__" | "__qualname__" => Some(self.new_str(ty.name())),
            "__module__" => Some(self.new_str(ty.module().unwrap_or("builtins"))),
            "__base__" => Some(if ty == TypeId::Object {
                Value::None
            } else {
                self.type_value(ty.base())
            }),
            "__doc__" => Some(Value::None),
            "__mro__" => {
                let mro = self.mro_of(self.type_value(ty));
                Some(self.new_tuple(mro))
            }
            "__bases__" => {
                let bases = if ty == TypeId::Object {
                    Vec::new()
                } else {
                    vec![self.type_value(ty.base())]
                };
                Some(self.new_tuple(bases))
            }
            _ => match self.builtin_class_hook(ty, name, Value::None) {
                Some(hook) => match hook.as_obj().map(|r| self.heap.get(r)) {
                    Some(Object::BoundMethod { function, .. }) => Some(*function),
                    _ => Some(hook),
                },
                None => {
                    let method = self.find_method(ty, name)?;
                    let class = self.type_value(ty);
                    Some(self.native_method_of_class(method, class))
                }
            },
        }
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, object: Value, name: &str, value: Value) -> Result<(), Exception> {
        if self.set_class_related_attr(object, name, value)? {
            return Ok(());
        }
        let Some(r) = object.as_obj() else {
            return Err(self.unwritable_attribute(object, name));
        };
        match self.heap.get(r) {
            Object::Cell(_) if name == "cell_contents" => {
                if let Some(Object::Cell(contents)) = self.heap.get_mut(r) {
                    *contents = Some(value);
                }
                Ok(())
            }
            Object::Function(_) => self.set_function_attr(r, name, value),
            Object::Module(module) => {
                let dict = module.dict;
                self.dict_set_str(dict, name, value);
                Ok(())
            }
            Object::Exception(_) if name == "__traceback__" => {
                self.set_exception_traceback(r, value)
            }
            Object::Exception(_)
                if matches!(
                    name,
                    "__cause__" | "__context__" | "__suppress_context__" | "__notes__"
                ) =>
            {
                if let Some(Object::Exception(e)) = self.heap.get_mut(r) {
                    match name {
                        "__cause__" => e.cause = Some(value).filter(|v| !v.is_none()),
                        "__context__" => e.context = Some(value).filter(|v| !v.is_none()),
                        "__notes__" => e.notes = Some(value),
                        _ => e.suppress_context = value == Value::Bool(true),
                    }
                }
                Ok(())
            }
            _ => Err(self.unwritable_attribute(object, name)),
        }
    }

    /// CPython's error for setting or deleting an attribute of a built-in type's value,
    /// which has no `__dict__`: a method is read-only (`[].append = f`), a data attribute
    /// is not writable (`(1).real = 2`), and any other name is missing.
    fn unwritable_attribute(&mut self, object: Value, name: &str) -> Exception {
        let own_kind = matches!(
            object.as_obj().map(|r| self.heap.get(r)),
            Some(
                Object::Instance(_)
                    | Object::Exception(_)
                    | Object::Class(_)
                    | Object::Type(_)
                    | Object::Module(_)
                    | Object::Function(_)
            )
        );
        if own_kind {
            return self.attribute_error(object, name);
        }
        let type_name = self.type_name(object);
        if self.find_method(self.type_of(object), name).is_some() {
            let message = format!("'{type_name}' object attribute '{name}' is read-only");
            return self.error(TypeId::AttributeError, message);
        }
        if self.get_attr(object, name).is_ok() {
            let message = format!("attribute '{name}' of '{type_name}' objects is not writable");
            return self.error(TypeId::AttributeError, message);
        }
        self.attribute_error(object, name)
    }

    /// `del obj.name`.
    pub fn delete_attr(&mut self, object: Value, name: &str) -> Result<(), Exception> {
        if self.delete_class_related_attr(object, name)? {
            return Ok(());
        }
        let Some(r) = object.as_obj() else {
            return Err(self.unwritable_attribute(object, name));
        };
        match self.heap.get(r) {
            Object::Cell(_) if name == "cell_contents" => {
                if let Some(Object::Cell(contents)) = self.heap.get_mut(r) {
                    *contents = None;
                }
                Ok(())
            }
            Object::Function(f) => {
                let Some(dict) = f.dict else {
                    return Err(self.attribute_error(object, name));
                };
                let key = self.new_str(name);
                match self.dict_remove(Value::Obj(dict), key)? {
                    Some(_) => Ok(()),
                    None => Err(self.attribute_error(object, name)),
                }
            }
            _ => Err(self.unwritable_attribute(object, name)),
        }
    }
}
