//! Metaclasses: which one makes a class (`metaclass=` or the bases' own), its
//! `__prepare__`, and `type.__new__`, which builds the class and then runs the hooks
//! Python calls on the way: `__set_name__` of each descriptor in the namespace, then
//! `__init_subclass__` of the nearest base that defines it.

use super::exception::Exception;
use super::heap::ObjRef;
use super::native::KwArgs;
use super::object::Object;
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;
use std::rc::Rc;

impl Vm {
    /// CPython's `_PyType_CalculateMetaclass`: the explicit metaclass or `type`, then
    /// whichever of the bases' metaclasses is the most derived. A metaclass that is
    /// not a class (a plain function) is called as it is.
    pub fn select_metaclass(
        &mut self,
        explicit: Option<Value>,
        bases: &[Value],
    ) -> Result<Value, Exception> {
        let mut winner = explicit.unwrap_or_else(|| self.type_value(TypeId::Type));
        if !self.is_class(winner) {
            return Ok(winner);
        }
        for &base in bases {
            let candidate = self.class_of(base);
            if self.is_subclass(winner, candidate) {
                continue;
            }
            if self.is_subclass(candidate, winner) {
                winner = candidate;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a \
                 (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// The namespace a class body runs in: what the metaclass's `__prepare__`
    /// returns, or a new dict.
    pub fn prepare_namespace(
        &mut self,
        metaclass: Value,
        name: Value,
        bases: &[Value],
        kwargs: &KwArgs,
    ) -> Result<ObjRef, Exception> {
        let user_prepare = self.is_class(metaclass)
            && self.lookup_in_class(metaclass, "__prepare__").is_some();
        if !user_prepare {
            return self.new_dict().as_obj().ok_or_else(|| self.type_error("no dict"));
        }
        let prepare = self.get_attr(metaclass, "__prepare__")?;
        let bases = self.new_tuple(bases.to_vec());
        let namespace = self.call(prepare, vec![name, bases], kwargs.clone())?;
        match namespace.as_obj().map(|r| (r, self.heap.get(r))) {
            Some((r, Object::Dict(_))) => Ok(r),
            _ => {
                let message = format!(
                    "{}.__prepare__() must return a dict, not {}",
                    self.class_name_of(metaclass),
                    self.class_name(namespace)
                );
                Err(self.type_error(message))
            }
        }
    }

    /// `type.__new__(metaclass, name, bases, namespace, **kwargs)`: a class whose
    /// `__dict__` is a copy of the namespace, then `__set_name__` and
    /// `__init_subclass__(**kwargs)`.
    pub fn type_new(
        &mut self,
        metaclass: Value,
        args: &[Value],
        kwargs: &KwArgs,
    ) -> Result<Value, Exception> {
        let &[name, bases, namespace] = args else {
            return Err(self.type_error("type.__new__() takes exactly 3 arguments (0 given)"));
        };
        let Some(name_text) = self.str_text(name) else {
            let message = format!(
                "type.__new__() argument 1 must be str, not {}",
                self.class_name(name)
            );
            return Err(self.type_error(message));
        };
        if !matches!(self.type_of(bases), TypeId::Tuple) {
            let message = format!(
                "type.__new__() argument 2 must be tuple, not {}",
                self.class_name(bases)
            );
            return Err(self.type_error(message));
        }
        if !matches!(self.type_of(namespace), TypeId::Dict) {
            let message = format!(
                "type.__new__() argument 3 must be dict, not {}",
                self.class_name(namespace)
            );
            return Err(self.type_error(message));
        }
        let bases = self.sequence_items(bases);
        let Some(dict) = self.copy_dict(namespace).as_obj() else {
            return Ok(Value::None);
        };
        self.fill_dynamic_class_names(dict, &name_text);
        let metaclass = metaclass
            .as_obj()
            .filter(|&r| matches!(self.heap.get(r), Object::Class(_)));
        let class = self.create_class(name_text, bases, dict)?;
        let body_namespace = namespace.as_obj().map(|r| self.heap.id(r));
        if let Some(Object::Class(c)) = class.as_obj().and_then(|r| self.heap.get_mut(r)) {
            c.body_namespace = body_namespace;
        }
        self.native_roots.push(class);
        let outcome = self.finish_new_class(class, metaclass, kwargs);
        self.native_roots.pop();
        outcome.map(|()| class)
    }

    /// `type(name, bases, dict)`: when a base has a metaclass of its own, that
    /// metaclass makes the class (its `__new__` and `__init__` run).
    pub fn type_three_arguments(
        &mut self,
        args: &[Value],
        kwargs: &KwArgs,
    ) -> Result<Value, Exception> {
        let type_value = self.type_value(TypeId::Type);
        let bases = args.get(1).map(|&b| self.sequence_items(b)).unwrap_or_default();
        let winner = self.select_metaclass(None, &bases)?;
        if winner != type_value {
            return self.call(winner, args.to_vec(), kwargs.clone());
        }
        self.type_new(type_value, args, kwargs)
    }

    /// `type(name, bases, dict)` outside a class statement: `__module__` comes from
    /// the calling frame's globals and `__qualname__` is the name.
    fn fill_dynamic_class_names(&mut self, dict: ObjRef, name: &Rc<str>) {
        if self.dict_get_str(dict, "__module__", super::hashing::hash_str("__module__")).is_none() {
            let globals = self.frames.last().map_or(self.main_globals, |f| f.globals);
            let hash = super::hashing::hash_str("__name__");
            if let Some(module) = self.dict_get_str(globals, "__name__", hash) {
                self.dict_set_str(dict, "__module__", module);
            }
        }
        if self.dict_get_str(dict, "__qualname__", super::hashing::hash_str("__qualname__")).is_none() {
            let qualname = self.new_str_rc(name.clone());
            self.dict_set_str(dict, "__qualname__", qualname);
        }
    }

    /// Records the metaclass, then runs `__set_name__` and `__init_subclass__`.
    fn finish_new_class(
        &mut self,
        class: Value,
        metaclass: Option<ObjRef>,
        kwargs: &KwArgs,
    ) -> Result<(), Exception> {
        if let Some(meta) = metaclass {
            if !self.lasting_roots.contains(&Value::Obj(meta)) {
                self.lasting_roots.push(Value::Obj(meta));
            }
            if let Some(Object::Class(c)) = class.as_obj().and_then(|r| self.heap.get_mut(r)) {
                c.metaclass = Some(meta);
            }
        }
        self.call_set_names(class)?;
        self.call_init_subclass(class, kwargs)
    }

    /// Python's descriptor naming rule: every value in the new class's namespace
    /// whose type defines `__set_name__` is told its owner and name, in order.
    fn call_set_names(&mut self, class: Value) -> Result<(), Exception> {
        let Some(Object::Class(c)) = class.as_obj().map(|r| self.heap.get(r)) else {
            return Ok(());
        };
        for (key, value) in self.dict_pairs(Value::Obj(c.dict)) {
            if let Some(method) = self.user_method(value, "__set_name__") {
                self.call(method, vec![value, class, key], KwArgs::default())?;
            }
        }
        Ok(())
    }

    /// `super(cls, cls).__init_subclass__(**kwargs)`: the nearest base defining it,
    /// else `object`'s, which accepts no keywords.
    fn call_init_subclass(&mut self, class: Value, kwargs: &KwArgs) -> Result<(), Exception> {
        let hash = super::hashing::hash_str("__init_subclass__");
        for entry in self.mro_of(class).into_iter().skip(1) {
            let Some(Object::Class(c)) = entry.as_obj().map(|r| self.heap.get(r)) else {
                continue;
            };
            if let Some(hook) = self.dict_get_str(c.dict, "__init_subclass__", hash) {
                let bound = self.bind_class_attribute(hook, None, class)?;
                self.call(bound, Vec::new(), kwargs.clone())?;
                return Ok(());
            }
        }
        if kwargs.is_empty() {
            return Ok(());
        }
        let message = format!(
            "{}.__init_subclass__() takes no keyword arguments",
            self.class_name_of(class)
        );
        Err(self.type_error(message))
    }

    /// A class's `__name__`, user class or built-in type.
    pub fn class_name_of(&self, class: Value) -> String {
        match class.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(c)) => c.name.to_string(),
            Some(Object::Type(ty)) => ty.name().to_string(),
            _ => self.class_name(class),
        }
    }
}
