//! User-defined classes: building one from its body, C3 method resolution order,
//! instances, and attribute lookup through the MRO (methods bind to their instance;
//! `staticmethod`, `classmethod` and `property` change how).

use super::dict::Dict;
use super::exception::{Exception, ExceptionObject};
use super::heap::ObjRef;
use super::native::KwArgs;
use super::object::{ClassObject, Instance, Object};
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;
use std::rc::Rc;

impl Vm {
    /// Creates the class object once its body has filled `namespace`.
    pub fn create_class(
        &mut self,
        name: Rc<str>,
        bases: Vec<Value>,
        namespace: ObjRef,
    ) -> Result<Value, Exception> {
        let bases = if bases.is_empty() {
            vec![self.type_value(TypeId::Object)]
        } else {
            bases
        };
        for &base in &bases {
            if !matches!(
                base.as_obj().map(|r| self.heap.get(r)),
                Some(Object::Class(_) | Object::Type(_))
            ) {
                return Err(self.type_error("bases must be types"));
            }
        }
        for (i, base) in bases.iter().enumerate() {
            if bases.iter().skip(i + 1).any(|b| b == base) {
                let name = self.class_display_name(*base);
                return Err(self.type_error(format!("duplicate base class {name}")));
            }
        }
        let builtin_base = self.builtin_base_of(&bases)?;
        let new_layout = self.new_slot_layout(&name, &bases, namespace)?;
        let defines = |vm: &Vm, name: &str| {
            vm.dict_get_str(namespace, name, super::hashing::hash_str(name))
                .is_some()
        };
        if defines(self, "__getattribute__") {
            self.note_getattribute("__getattribute__");
        }
        if defines(self, "__eq__") && !defines(self, "__hash__") {
            // A class that defines __eq__ but not __hash__ is unhashable.
            self.dict_set_str(namespace, "__hash__", Value::None);
        }
        let hash = super::hashing::hash_str("__qualname__");
        let qualname = self
            .dict_get_str(namespace, "__qualname__", hash)
            .and_then(|q| self.str_text(q))
            .unwrap_or_else(|| name.clone());
        let module = self
            .dict_get_str(
                namespace,
                "__module__",
                super::hashing::hash_str("__module__"),
            )
            .unwrap_or_default();
        self.prepare_class_namespace(namespace)?;
        let class = ClassObject {
            name,
            qualname,
            module,
            bases: bases.clone(),
            mro: Vec::new(),
            dict: namespace,
            body_namespace: None,
            builtin_base,
            metaclass: None,
            collection_flag: None,
            layout: new_layout.layout.clone(),
        };
        let r = self.heap.alloc(Object::Class(Box::new(class)));
        self.install_member_descriptors(r, &new_layout);
        self.complete_class_namespace(namespace, &new_layout);
        let mro = self.linearize(Value::Obj(r), &bases)?;
        if let Some(Object::Class(c)) = self.heap.get_mut(r) {
            c.mro = mro;
        }
        Ok(Value::Obj(r))
    }

    /// What CPython's `type.__new__` does to a class body's namespace before the
    /// class exists: `__qualname__` moves into the class, and `__new__`,
    /// `__init_subclass__` and `__class_getitem__` become static and class methods.
    fn prepare_class_namespace(&mut self, namespace: ObjRef) -> Result<(), Exception> {
        let qualname_key = self.new_str("__qualname__");
        self.dict_remove(Value::Obj(namespace), qualname_key)?;
        self.wrap_implicit_methods(namespace);
        Ok(())
    }

    /// What follows the member descriptors of `__slots__` in a new class's
    /// `__dict__`: the `__dict__` and `__weakref__` descriptors of the first class
    /// whose instances gain them (see [`Vm::new_slot_layout`]), and `__doc__`, which
    /// is always there.
    fn complete_class_namespace(
        &mut self,
        namespace: ObjRef,
        layout: &super::slot_layout::NewLayout,
    ) {
        for (slot, added) in [
            ("__dict__", layout.adds_dict),
            ("__weakref__", layout.adds_weakref),
            ("__doc__", true),
        ] {
            if added
                && self
                    .dict_get_str(namespace, slot, super::hashing::hash_str(slot))
                    .is_none()
            {
                self.dict_set_str(namespace, slot, Value::None);
            }
        }
    }

    /// Python makes `__new__` a staticmethod and `__init_subclass__` and
    /// `__class_getitem__` classmethods without a decorator.
    fn wrap_implicit_methods(&mut self, namespace: ObjRef) {
        for (name, class_level) in [
            ("__new__", false),
            ("__init_subclass__", true),
            ("__class_getitem__", true),
        ] {
            let hash = super::hashing::hash_str(name);
            let Some(found) = self.dict_get_str(namespace, name, hash) else {
                continue;
            };
            if !matches!(found.as_obj().map(|r| self.heap.get(r)), Some(Object::Function(_))) {
                continue;
            }
            let wrapped = if class_level {
                self.alloc(Object::ClassMethod(found))
            } else {
                self.alloc(Object::StaticMethod(found))
            };
            self.dict_set_str(namespace, name, wrapped);
        }
    }

    /// The built-in type instances are made of; only `object` and the exception
    /// classes can be subclassed.
    fn builtin_base_of(&mut self, bases: &[Value]) -> Result<TypeId, Exception> {
        let mut found = TypeId::Object;
        for &base in bases {
            let ty = match base.as_obj().map(|r| self.heap.get(r)) {
                Some(Object::Class(c)) => c.builtin_base,
                Some(Object::Type(ty)) => *ty,
                _ => TypeId::Object,
            };
            let subclassable = matches!(
                ty,
                TypeId::Object
                    | TypeId::Type
                    | TypeId::List
                    | TypeId::Dict
                    | TypeId::Tuple
                    | TypeId::Set
                    | TypeId::Str
                    | TypeId::Int
                    | TypeId::Float
            );
            if !subclassable && !ty.is_exception() {
                let message = format!(
                    "subclassing '{}' is not supported by this interpreter yet",
                    ty.name()
                );
                return Err(self.error(TypeId::NotImplementedError, message));
            }
            if ty.is_subtype_of(found) {
                found = ty;
            }
        }
        Ok(found)
    }

    /// C3 linearisation: the class, then a merge of its bases' MROs and the bases.
    fn linearize(&mut self, class: Value, bases: &[Value]) -> Result<Vec<Value>, Exception> {
        let mut sequences: Vec<Vec<Value>> = bases.iter().map(|&b| self.mro_of(b)).collect();
        sequences.push(bases.to_vec());
        let mut result = vec![class];
        loop {
            sequences.retain(|s| !s.is_empty());
            if sequences.is_empty() {
                return Ok(result);
            }
            let candidate = sequences
                .iter()
                .filter_map(|s| s.first().copied())
                .find(|&head| {
                    !sequences
                        .iter()
                        .any(|s| s.iter().skip(1).any(|&v| v == head))
                });
            let Some(next) = candidate else {
                let mut heads: Vec<Value> = Vec::new();
                for head in sequences.iter().filter_map(|s| s.first().copied()) {
                    if !heads.contains(&head) {
                        heads.push(head);
                    }
                }
                let names: Vec<String> =
                    heads.iter().map(|&h| self.class_display_name(h)).collect();
                let message = format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                );
                return Err(self.type_error(message));
            };
            result.push(next);
            for sequence in &mut sequences {
                if sequence.first() == Some(&next) {
                    sequence.remove(0);
                }
            }
        }
    }

    /// A class's `__name__` (or a built-in type's).
    pub(crate) fn class_display_name(&self, class: Value) -> String {
        match class.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(c)) => c.name.to_string(),
            Some(Object::Type(ty)) => ty.name().to_string(),
            _ => String::new(),
        }
    }

    /// The MRO of a class or built-in type.
    pub fn mro_of(&self, class: Value) -> Vec<Value> {
        match class.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(c)) => c.mro.clone(),
            Some(Object::Type(ty)) => ty.mro().into_iter().map(|t| self.type_value(t)).collect(),
            _ => Vec::new(),
        }
    }

    /// `issubclass(sub, sup)` for classes and built-in types alike.
    pub fn is_subclass(&self, sub: Value, sup: Value) -> bool {
        self.mro_of(sub).contains(&sup)
    }

    /// Whether a value is a class or a built-in type.
    pub fn is_class(&self, value: Value) -> bool {
        matches!(
            value.as_obj().map(|r| self.heap.get(r)),
            Some(Object::Class(_) | Object::Type(_))
        )
    }

    /// The class of any value: a user class for instances, else the built-in type.
    pub fn class_of(&self, value: Value) -> Value {
        match value.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Instance(i)) => Value::Obj(i.class),
            Some(Object::Class(c)) => c
                .metaclass
                .map_or_else(|| self.type_value(TypeId::Type), Value::Obj),
            Some(Object::Exception(e)) if e.class.is_some() => {
                e.class.map_or(Value::None, Value::Obj)
            }
            _ => self.type_value(self.type_of(value)),
        }
    }

    /// The name `type(x).__name__` gives, user classes included.
    pub fn class_name(&self, value: Value) -> String {
        match self.class_of(value).as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(c)) => self
                .c_type_name(c.dict)
                .unwrap_or_else(|| c.name.to_string()),
            _ => self.type_name(value).to_string(),
        }
    }

    /// A class of a module written in Python that stands for one of CPython's types
    /// written in C (`datetime.date`) names that type in its own `__c_type_name__`:
    /// CPython's messages name such a type by its `tp_name`, module included, while a
    /// class written in Python, a subclass of it included, is named by `__name__`.
    fn c_type_name(&self, class_dict: ObjRef) -> Option<String> {
        let hash = super::hashing::hash_str("__c_type_name__");
        let name = self.dict_get_str(class_dict, "__c_type_name__", hash)?;
        self.str_text(name).map(|text| text.to_string())
    }

    /// Finds `name` in the namespaces along a class's MRO (user classes only).
    pub fn lookup_in_class(&self, class: Value, name: &str) -> Option<Value> {
        let hash = super::hashing::hash_str(name);
        for entry in self.mro_of(class) {
            if let Some(Object::Class(c)) = entry.as_obj().map(|r| self.heap.get(r)) {
                if let Some(value) = self.dict_get_str(c.dict, name, hash) {
                    return Some(value);
                }
            }
        }
        None
    }

    /// A special method a user class defines for `value`, if any.
    pub fn user_method(&self, value: Value, name: &str) -> Option<Value> {
        let class = self.class_of(value);
        match class.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(_)) => self.lookup_in_class(class, name),
            _ => None,
        }
    }

    /// Calls a special method of a user class with `value` as self.
    pub fn call_user_method(
        &mut self,
        value: Value,
        name: &str,
        args: Vec<Value>,
    ) -> Result<Option<Value>, Exception> {
        let Some(method) = self.user_method(value, name) else {
            return Ok(None);
        };
        let mut full = vec![value];
        full.extend(args);
        self.call(method, full, KwArgs::default()).map(Some)
    }

    /// A new, uninitialised instance of `class`.
    pub fn new_instance(&mut self, class: ObjRef, args: &[Value]) -> Value {
        let builtin_base = match self.heap.get(class) {
            Object::Class(c) => c.builtin_base,
            _ => TypeId::Object,
        };
        let dict = self.heap.alloc(Object::Dict(Dict::new()));
        if builtin_base.is_exception() {
            let mut exception = ExceptionObject::new(builtin_base, args.to_vec());
            exception.class = Some(class);
            exception.dict = Some(dict);
            let instance = self.alloc(Object::Exception(Box::new(exception)));
            if let (true, Some(r)) = (builtin_base.is_exception_group(), instance.as_obj()) {
                crate::runtime::library::exception_group::fill_subclass_instance(self, r, args);
            }
            return instance;
        }
        self.alloc(Object::Instance(Box::new(Instance {
            class,
            dict,
            base_value: None,
            slots: Vec::new(),
        })))
    }

    /// A new instance of a subclass of a built-in type: the built-in value is made
    /// from the call's arguments, as the type's `__new__` would.
    pub fn new_builtin_subclass_instance(
        &mut self,
        class: ObjRef,
        base: TypeId,
        args: &[Value],
        kwargs: &KwArgs,
    ) -> Result<Value, Exception> {
        let base_value = super::constructors::construct(self, base, args, kwargs)?;
        let dict = self.heap.alloc(Object::Dict(Dict::new()));
        Ok(self.alloc(Object::Instance(Box::new(Instance {
            class,
            dict,
            base_value: Some(base_value),
            slots: Vec::new(),
        }))))
    }

    /// Whether instances of `class` have a `__dict__` (see [`super::object::SlotLayout`]).
    pub fn instances_have_dict(&self, class: ObjRef) -> bool {
        match self.heap.get(class) {
            Object::Class(c) => c.layout.has_dict,
            _ => true,
        }
    }

    /// The built-in value a subclass instance extends, or the value itself.
    pub fn builtin_view(&self, value: Value) -> Value {
        match value.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Instance(i)) => i.base_value.unwrap_or(value),
            _ => value,
        }
    }

    /// The instance's own attribute dict; none when every class of its MRO declares
    /// `__slots__` without `__dict__`.
    pub fn instance_dict(&self, value: Value) -> Option<ObjRef> {
        match value.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Instance(i)) => self.instances_have_dict(i.class).then_some(i.dict),
            Some(Object::Exception(e)) => e.dict,
            _ => None,
        }
    }

    /// Turns what a class namespace holds into what attribute access on `instance`
    /// (or on the class itself, when `instance` is None) gives.
    pub fn bind_class_attribute(
        &mut self,
        found: Value,
        instance: Option<Value>,
        class: Value,
    ) -> Result<Value, Exception> {
        if let Some(got) = self.user_descriptor_get(found, instance, class)? {
            return Ok(got);
        }
        let object = found.as_obj().map(|r| self.heap.get(r).clone());
        Ok(match (object, instance) {
            (Some(Object::Function(_)), Some(receiver)) => self.alloc(Object::BoundMethod {
                receiver,
                function: found,
            }),
            // A method of a built-in type is a descriptor too: `Counter.update` binds.
            (Some(Object::Native(native)), Some(receiver)) if native.owner.is_some() => {
                self.alloc(Object::BoundMethod {
                    receiver,
                    function: found,
                })
            }
            (Some(Object::StaticMethod(f)), _) => f,
            (Some(Object::ClassMethod(f)), _) => self.alloc(Object::BoundMethod {
                receiver: class,
                function: f,
            }),
            (Some(Object::Member(_)), Some(receiver)) => match found.as_obj() {
                Some(member) => match self.member_get(member, receiver)? {
                    Some(value) => value,
                    None => {
                        let name = self.member_attr(member, "__name__");
                        let name = name.and_then(|n| self.str_text(n)).unwrap_or_default();
                        return Err(self.attribute_error(receiver, &name));
                    }
                },
                None => found,
            },
            (Some(Object::Property { fget, .. }), Some(receiver)) => {
                self.call(fget, vec![receiver], KwArgs::default())?
            }
            _ => found,
        })
    }

    /// `instance.name` for instances of user classes: a data descriptor of the class,
    /// then the instance dict, then the class's MRO.
    pub fn instance_attr(&mut self, object: Value, name: &str) -> Result<Option<Value>, Exception> {
        let class = self.class_of(object);
        let found = self.lookup_in_class(class, name);
        if let Some(member) = found.and_then(|f| self.member_of(f)) {
            // An unset slot is not there at all: `__getattr__` may still answer.
            return self.member_get(member, object);
        }
        if let Some(descriptor) = found.filter(|&f| self.is_data_descriptor(f)) {
            return self
                .bind_class_attribute(descriptor, Some(object), class)
                .map(Some);
        }
        if let Some(dict) = self.instance_dict(object) {
            if let Some(value) = self.dict_get_str(dict, name, super::hashing::hash_str(name)) {
                return Ok(Some(value));
            }
        }
        match found {
            Some(found) => self
                .bind_class_attribute(found, Some(object), class)
                .map(Some),
            None => Ok(None),
        }
    }
}
