//! What `type.__new__` makes of `__slots__` (CPython 3.11's `type_new_slots`,
//! `best_base` and `solid_base`): the names are checked, private ones mangled and
//! sorted, each gets a member descriptor in the class, and the layout says whether
//! instances have a `__dict__` and a `__weakref__` and where each slot value lives.

use super::exception::Exception;
use super::heap::ObjRef;
use super::object::{MemberDescriptor, Object, SlotLayout};
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;
use std::rc::Rc;

/// The names a class's own `__slots__` declares, as `type_new_visit_slots` reads them.
struct DeclaredSlots {
    /// Mangled and sorted, `__dict__` and `__weakref__` left out.
    names: Vec<Rc<str>>,
    wants_dict: bool,
    wants_weakref: bool,
}

/// The layout decided for a new class, and which of the `__dict__` and `__weakref__`
/// descriptors the class itself adds to its namespace.
pub(crate) struct NewLayout {
    pub layout: SlotLayout,
    pub adds_dict: bool,
    pub adds_weakref: bool,
    /// The class's own slot names, at the end of `layout.names`.
    own: Vec<Rc<str>>,
}

impl Vm {
    /// Decides the layout of a class named `name` with these `bases` (already checked
    /// to be classes) and the namespace its body filled; raises CPython's errors for
    /// bad `__slots__` and incompatible bases.
    pub(crate) fn new_slot_layout(
        &mut self,
        name: &str,
        bases: &[Value],
        namespace: ObjRef,
    ) -> Result<NewLayout, Exception> {
        let primary = self.best_base(bases)?;
        let base_layout = self.layout_of(primary);
        let may_add_dict = !base_layout.has_dict;
        let variable_size = self.is_variable_sized(primary);
        let may_add_weakref = !base_layout.has_weakref && !variable_size;
        let hash = super::hashing::hash_str("__slots__");
        let Some(slots) = self.dict_get_str(namespace, "__slots__", hash) else {
            // No `__slots__`: the instances get whatever the primary base lacks.
            return Ok(NewLayout {
                layout: SlotLayout {
                    has_dict: true,
                    has_weakref: base_layout.has_weakref || may_add_weakref,
                    ..base_layout
                },
                adds_dict: may_add_dict,
                adds_weakref: may_add_weakref,
                own: Vec::new(),
            });
        };
        let declared = self.declared_slots(slots, name, may_add_dict, may_add_weakref)?;
        if !declared.names.is_empty() && variable_size {
            let message = format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                self.class_name_of(primary)
            );
            return Err(self.type_error(message));
        }
        self.reject_class_variable_conflicts(namespace, &declared.names)?;
        let (mut adds_dict, mut adds_weakref) = (declared.wants_dict, declared.wants_weakref);
        // Secondary bases may provide a `__dict__` or a `__weakref__` the primary lacks.
        for &base in bases.iter().filter(|&&base| base != primary) {
            let other = self.layout_of(base);
            adds_dict |= may_add_dict && other.has_dict;
            adds_weakref |= may_add_weakref && other.has_weakref;
        }
        let mut names = base_layout.names.to_vec();
        names.extend(declared.names.iter().cloned());
        Ok(NewLayout {
            layout: SlotLayout {
                names: names.into(),
                has_dict: base_layout.has_dict || adds_dict,
                has_weakref: base_layout.has_weakref || adds_weakref,
                // Filled in by `install_member_descriptors` when the class adds slots.
                solid_base: base_layout.solid_base,
            },
            adds_dict,
            adds_weakref,
            own: declared.names,
        })
    }

    /// Puts a member descriptor for each slot the class declared into its namespace
    /// (after what the body defined, as `type_new_descriptors` does), and makes the
    /// class its own solid base when it added any.
    pub(crate) fn install_member_descriptors(&mut self, class: ObjRef, new: &NewLayout) {
        let Object::Class(created) = self.heap.get(class) else {
            return;
        };
        let (namespace, total) = (created.dict, created.layout.names.len());
        let first = total - new.own.len();
        for (offset, name) in new.own.iter().enumerate() {
            let member = self.alloc(Object::Member(Box::new(MemberDescriptor {
                owner: class,
                name: name.clone(),
                index: first + offset,
            })));
            self.dict_set_str(namespace, name, member);
        }
        if !new.own.is_empty() {
            if let Some(Object::Class(created)) = self.heap.get_mut(class) {
                created.layout.solid_base = Value::Obj(class);
            }
        }
    }

    /// CPython's `best_base`: the base whose layout every other base's layout is a
    /// prefix of; the instance layout of the new class extends it.
    pub(crate) fn best_base(&mut self, bases: &[Value]) -> Result<Value, Exception> {
        // The solid base that wins so far, and the base it came from.
        let mut winner: Option<(Value, Value)> = None;
        for &base in bases {
            let candidate = self.solid_base(base);
            match winner {
                None => winner = Some((candidate, base)),
                Some((solid, _)) if self.is_subclass(solid, candidate) => {}
                Some((solid, _)) if self.is_subclass(candidate, solid) => {
                    winner = Some((candidate, base));
                }
                Some(_) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"))
                }
            }
        }
        Ok(winner.map_or_else(|| self.type_value(TypeId::Object), |(_, base)| base))
    }

    fn solid_base(&self, class: Value) -> Value {
        match class.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(c)) => c.layout.solid_base,
            Some(Object::Type(ty)) => self.type_value(builtin_solid_base(*ty)),
            _ => self.type_value(TypeId::Object),
        }
    }

    /// The layout a class or built-in type gives the classes made from it.
    fn layout_of(&self, class: Value) -> SlotLayout {
        match class.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(c)) => c.layout.clone(),
            Some(Object::Type(ty)) => self.builtin_layout(*ty),
            _ => self.builtin_layout(TypeId::Object),
        }
    }

    /// A built-in type's instances: exceptions and classes have a `__dict__`; sets
    /// and classes can be weakly referenced.
    pub(crate) fn builtin_layout(&self, ty: TypeId) -> SlotLayout {
        SlotLayout {
            names: Rc::from(Vec::new()),
            has_dict: ty.is_exception() || ty == TypeId::Type,
            has_weakref: matches!(ty, TypeId::Set | TypeId::FrozenSet | TypeId::Type),
            solid_base: self.type_value(builtin_solid_base(ty)),
        }
    }

    /// `int`, `bytes` and `tuple` keep their items inside the object (a non-zero
    /// `tp_itemsize`): their subclasses cannot add slots or a `__weakref__`.
    fn is_variable_sized(&self, class: Value) -> bool {
        let ty = match class.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(c)) => c.builtin_base,
            Some(Object::Type(ty)) => *ty,
            _ => TypeId::Object,
        };
        matches!(
            ty,
            TypeId::Int | TypeId::Bool | TypeId::Bytes | TypeId::Tuple
        )
    }

    /// `type_new_visit_slots` and `type_new_copy_slots`: a str is one name, anything
    /// else is iterated; each item must be an identifier; `__dict__` and `__weakref__`
    /// ask for those (once, and only when the base lacks them); the rest are mangled
    /// with the class name and sorted.
    fn declared_slots(
        &mut self,
        slots: Value,
        class_name: &str,
        may_add_dict: bool,
        may_add_weakref: bool,
    ) -> Result<DeclaredSlots, Exception> {
        let items = match self.str_text(slots) {
            Some(_) => vec![slots],
            None => self.collect_iterable(slots)?,
        };
        let mut declared = DeclaredSlots {
            names: Vec::new(),
            wants_dict: false,
            wants_weakref: false,
        };
        for item in items {
            let Some(text) = self.str_text(item) else {
                let message = format!(
                    "__slots__ items must be strings, not '{}'",
                    self.class_name(item)
                );
                return Err(self.type_error(message));
            };
            if !crate::pytext::is_identifier_text(&text) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            match &*text {
                "__dict__" => {
                    if !may_add_dict || declared.wants_dict {
                        return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                    }
                    declared.wants_dict = true;
                }
                "__weakref__" => {
                    if !may_add_weakref || declared.wants_weakref {
                        let message = "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0";
                        return Err(self.type_error(message));
                    }
                    declared.wants_weakref = true;
                }
                _ => declared
                    .names
                    .push(crate::scope::mangle(Some(class_name), &text).into()),
            }
        }
        declared.names.sort();
        Ok(declared)
    }

    /// A slot's member descriptor would replace a class attribute of the same name;
    /// CPython refuses (`__qualname__` and `__classcell__` are not kept as attributes).
    fn reject_class_variable_conflicts(
        &mut self,
        namespace: ObjRef,
        names: &[Rc<str>],
    ) -> Result<(), Exception> {
        for name in names {
            if matches!(&**name, "__qualname__" | "__classcell__") {
                continue;
            }
            let hash = super::hashing::hash_str(name);
            if self.dict_get_str(namespace, name, hash).is_some() {
                let message = format!("'{name}' in __slots__ conflicts with class variable");
                return Err(self.error(TypeId::ValueError, message));
            }
        }
        Ok(())
    }
}

/// CPython's `solid_base` for a built-in type: the nearest type up its chain whose
/// instances are bigger than its base's (`int`, `list`, `OSError`, ...); exception
/// classes that add no fields share `BaseException`'s layout.
fn builtin_solid_base(ty: TypeId) -> TypeId {
    let mut current = ty;
    while current != TypeId::Object && !adds_fields(current) {
        current = current.base();
    }
    current
}

fn adds_fields(ty: TypeId) -> bool {
    if !ty.is_exception() {
        return true;
    }
    matches!(
        ty,
        TypeId::BaseException
            | TypeId::SystemExit
            | TypeId::StopIteration
            | TypeId::AttributeError
            | TypeId::ImportError
            | TypeId::NameError
            | TypeId::OSError
            | TypeId::SyntaxError
            | TypeId::UnicodeDecodeError
            | TypeId::UnicodeEncodeError
    )
}
