//! The built-ins that serve classes: `staticmethod`, `classmethod`, `property`
//! (with `.getter`, `.setter` and `.deleter`) and `super`.

use super::exception::Exception;
use super::heap::ObjRef;
use super::native::{KwArgs, Registry};
use super::object::Object;
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;

pub fn register(registry: &mut Registry) {
    registry.builtin("staticmethod", builtin_staticmethod);
    registry.builtin("classmethod", builtin_classmethod);
    registry.builtin("property", builtin_property);
    registry.builtin("super", builtin_super);
    registry.method(TypeId::Property, "setter", property_setter);
    registry.method(TypeId::Property, "getter", property_getter);
    registry.method(TypeId::Property, "deleter", property_deleter);
    registry.method(TypeId::Type, "mro", type_mro);
}

fn one_argument(vm: &mut Vm, name: &str, args: &[Value]) -> Result<Value, Exception> {
    match args {
        [x] => Ok(*x),
        _ => Err(vm.type_error(format!("{name} expected 1 argument, got {}", args.len()))),
    }
}

fn builtin_staticmethod(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let function = one_argument(vm, "staticmethod", args)?;
    Ok(vm.alloc(Object::StaticMethod(function)))
}

fn builtin_classmethod(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let function = one_argument(vm, "classmethod", args)?;
    Ok(vm.alloc(Object::ClassMethod(function)))
}

fn builtin_property(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    let fget = args
        .first()
        .copied()
        .or(kwargs.get("fget"))
        .unwrap_or(Value::None);
    let fset = args
        .get(1)
        .copied()
        .or(kwargs.get("fset"))
        .unwrap_or(Value::None);
    let fdel = args.get(2).copied().or(kwargs.get("fdel"));
    Ok(new_property(vm, fget, fset, fdel))
}

/// `@prop.setter`: a copy of the property with a setter (and the same deleter).
fn property_setter(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (_, fget, _, fdel, fset) = property_and_function(vm, "setter", args)?;
    Ok(new_property(vm, fget, fset, fdel))
}

/// `@prop.getter`: a copy of the property with another getter.
fn property_getter(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (_, _, fset, fdel, fget) = property_and_function(vm, "getter", args)?;
    Ok(new_property(vm, fget, fset, fdel))
}

/// `@prop.deleter`: a copy of the property whose `del obj.attr` calls the function.
fn property_deleter(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (_, fget, fset, _, fdel) = property_and_function(vm, "deleter", args)?;
    Ok(new_property(vm, fget, fset, Some(fdel)))
}

/// The receiver of a property method, its getter, setter and deleter, and the
/// function the method was given.
fn property_and_function(
    vm: &mut Vm,
    method: &str,
    args: &[Value],
) -> Result<(ObjRef, Value, Value, Option<Value>, Value), Exception> {
    let (Some(&property), Some(&function)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error(format!("{method}() takes exactly one argument")));
    };
    let Some((r, Object::Property { fget, fset })) =
        property.as_obj().map(|r| (r, vm.heap.get(r).clone()))
    else {
        let message = format!("descriptor '{method}' requires a 'property' object");
        return Err(vm.type_error(message));
    };
    let fdel = vm.property_deleter(r);
    Ok((r, fget, fset, fdel, function))
}

fn new_property(vm: &mut Vm, fget: Value, fset: Value, fdel: Option<Value>) -> Value {
    let property = vm.alloc(Object::Property { fget, fset });
    if let (Some(deleter), Some(r)) = (fdel.filter(|d| !d.is_none()), property.as_obj()) {
        let id = vm.heap.id(r);
        vm.property_deleters.push((id, deleter));
    }
    property
}

/// `super()` finds its class in the calling method's `__class__` cell and its
/// instance in the method's first argument; `super(Class, obj)` names both.
fn builtin_super(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (class, instance) = match args {
        [class, instance] => check_super_arguments(vm, *class, *instance)?,
        [] => zero_argument_super(vm)?,
        _ => {
            return Err(vm.type_error(format!(
                "super() expected at most 2 arguments, got {}",
                args.len()
            )))
        }
    };
    Ok(vm.alloc(Object::Super { class, instance }))
}

/// `super(type, obj)` needs a type, and an obj that is an instance or a subclass of it
/// (CPython's `supercheck`).
fn check_super_arguments(
    vm: &mut Vm,
    class: Value,
    instance: Value,
) -> Result<(Value, Value), Exception> {
    if !vm.is_class(class) {
        let message = format!(
            "super() argument 1 must be a type, not {}",
            vm.class_name(class)
        );
        return Err(vm.type_error(message));
    }
    let instance_class = vm.class_of(instance);
    let related = vm.is_subclass(instance_class, class)
        || (vm.is_class(instance) && vm.is_subclass(instance, class));
    if !related {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok((class, instance))
}

fn zero_argument_super(vm: &mut Vm) -> Result<(Value, Value), Exception> {
    let Some(frame) = vm.frames.last() else {
        return Err(vm.error(TypeId::RuntimeError, "super(): no arguments"));
    };
    let code = frame.code.clone();
    let class_cell = code
        .freevars
        .iter()
        .position(|n| &**n == "__class__")
        .and_then(|i| frame.cells.get(code.cellvars.len() + i).copied());
    let first = match code.cell_parameters.iter().find(|(_, slot)| *slot == 0) {
        Some(&(cell, _)) => frame
            .cells
            .get(cell as usize)
            .copied()
            .and_then(|c| cell_value(vm, c)),
        None => frame.locals.first().copied().flatten(),
    };
    // CPython asks for the first argument before it looks for the __class__ cell.
    let Some(instance) = first.filter(|_| code.argcount > 0) else {
        return Err(vm.error(TypeId::RuntimeError, "super(): no arguments"));
    };
    let Some(class) = class_cell.and_then(|c| cell_value(vm, c)) else {
        return Err(vm.error(TypeId::RuntimeError, "super(): __class__ cell not found"));
    };
    Ok((class, instance))
}

fn cell_value(vm: &Vm, cell: ObjRef) -> Option<Value> {
    match vm.heap.get(cell) {
        Object::Cell(contents) => *contents,
        _ => None,
    }
}

/// `Class.mro()`: the method resolution order as a list.
fn type_mro(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let class = args.first().copied().unwrap_or_default();
    let mro = vm.mro_of(class);
    Ok(vm.new_list(mro))
}

impl Vm {
    /// The special methods of `object` and `type` that `super()` reaches in a
    /// built-in base: `__new__` (a static method, so unbound), and bound to
    /// `receiver`, `type.__call__`, `type.__init__` and `object.__init_subclass__`.
    pub fn builtin_class_hook(&mut self, ty: TypeId, name: &str, receiver: Value) -> Option<Value> {
        let (func, bound): (super::native::NativeFn, bool) = match (ty, name) {
            (_, "__new__") => (builtin_new, false),
            (TypeId::Type, "__call__") => (type_call, true),
            (TypeId::Type, "__init__") => (type_init, true),
            (TypeId::Object, "__init_subclass__") => (object_init_subclass, true),
            (TypeId::Object | TypeId::Type, "__setattr__") => (object_setattr, !receiver.is_none()),
            (TypeId::Object | TypeId::Type, "__delattr__") => (object_delattr, !receiver.is_none()),
            (TypeId::Object, "__getattribute__") => (object_getattribute, !receiver.is_none()),
            _ => return None,
        };
        let name = match name {
            "__new__" => "__new__",
            "__call__" => "__call__",
            "__init__" => "__init__",
            "__setattr__" => "__setattr__",
            "__delattr__" => "__delattr__",
            "__getattribute__" => "__getattribute__",
            _ => "__init_subclass__",
        };
        let native = self.new_native(name, func, Some(ty));
        if !bound {
            return Some(native);
        }
        Some(self.alloc(Object::BoundMethod {
            receiver,
            function: native,
        }))
    }
}

/// `object.__new__(cls, ...)`, `int.__new__(cls, x)`, `type.__new__(mcs, name,
/// bases, ns)`: a new object of `cls`, made of the built-in type it extends.
fn builtin_new(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    let Some((&class, rest)) = args.split_first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let Some(class_ref) = class.as_obj() else {
        return Err(not_a_type(vm, class));
    };
    match vm.heap.get(class_ref) {
        Object::Type(ty) => super::constructors::construct(vm, *ty, rest, kwargs),
        Object::Class(c) => match c.builtin_base {
            TypeId::Type => vm.type_new(class, rest, kwargs),
            TypeId::Object => Ok(vm.new_instance(class_ref, &[])),
            base if base.is_exception() => Ok(vm.new_instance(class_ref, rest)),
            base => vm.new_builtin_subclass_instance(class_ref, base, rest, kwargs),
        },
        _ => Err(not_a_type(vm, class)),
    }
}

fn not_a_type(vm: &mut Vm, value: Value) -> Exception {
    let message = format!(
        "object.__new__(X): X is not a type object ({})",
        vm.class_name(value)
    );
    vm.type_error(message)
}

/// `type.__call__(cls, *args)`: `__new__` then `__init__`.
fn type_call(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    let Some((&class, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    vm.call_type_protocol(class, rest.to_vec(), kwargs.clone())
}

/// `type.__init__(cls, name, bases, ns)`: the class is complete already.
fn type_init(_: &mut Vm, _: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    Ok(Value::None)
}

/// `object.__init_subclass__()`: does nothing, and takes no keywords.
fn object_init_subclass(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    if kwargs.is_empty() {
        return Ok(Value::None);
    }
    let owner = args.first().copied().unwrap_or_default();
    let message = format!(
        "{}.__init_subclass__() takes no keyword arguments",
        vm.class_name_of(owner)
    );
    Err(vm.type_error(message))
}

/// `object.__setattr__(obj, name, value)`: the assignment without the class's own
/// `__setattr__`, as a frozen dataclass's `__init__` needs.
fn object_setattr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let &[object, name, value] = args else {
        return Err(vm.type_error(format!("expected 3 arguments, got {}", args.len())));
    };
    let Some(name) = vm.str_text(name) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    if !vm.generic_set_attr(object, &name, value)? {
        vm.set_attr(object, &name, value)?;
    }
    Ok(Value::None)
}

/// `object.__getattribute__(obj, name)`: the normal lookup, without the class's
/// own `__getattribute__` or `__getattr__`.
fn object_getattribute(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let &[object, name] = args else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.len())));
    };
    let Some(name) = vm.str_text(name) else {
        let message = format!(
            "attribute name must be string, not '{}'",
            vm.class_name(name)
        );
        return Err(vm.type_error(message));
    };
    vm.generic_get_attr(object, &name, false)
}

/// `object.__delattr__(obj, name)`.
fn object_delattr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let &[object, name] = args else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.len())));
    };
    let Some(name) = vm.str_text(name) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    if !vm.generic_delete_attr(object, &name)? {
        vm.delete_attr(object, &name)?;
    }
    Ok(Value::None)
}
