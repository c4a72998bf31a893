//! The built-ins that serve classes: `staticmethod`, `classmethod`, `property`
//! (with `.setter`) and `super`.

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
    Ok(vm.alloc(Object::Property { fget, fset }))
}

/// `@prop.setter`: a copy of the property with a setter.
fn property_setter(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (Some(&property), Some(&fset)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("setter() takes exactly one argument"));
    };
    let Some(Object::Property { fget, .. }) = property.as_obj().map(|r| vm.heap.get(r).clone())
    else {
        return Err(vm.type_error("descriptor 'setter' requires a 'property' object"));
    };
    Ok(vm.alloc(Object::Property { fget, fset }))
}

/// `super()` finds its class in the calling method's `__class__` cell and its
/// instance in the method's first argument; `super(Class, obj)` names both.
fn builtin_super(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (class, instance) = match args {
        [class, instance] => (*class, *instance),
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
    let Some(class) = class_cell.and_then(|c| cell_value(vm, c)) else {
        return Err(vm.error(TypeId::RuntimeError, "super(): __class__ cell not found"));
    };
    match first {
        Some(instance) if code.argcount > 0 => Ok((class, instance)),
        _ => Err(vm.error(TypeId::RuntimeError, "super(): no arguments")),
    }
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
