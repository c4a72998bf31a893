//! The `_blank_instances` module, for the modules written in Python: `copy` makes a copy
//! of an instance without calling its class's `__init__`, as CPython's `copy` does
//! through `cls.__new__(cls)` and `__reduce_ex__`.

use super::args::NativeResult;
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::KwArgs;
use crate::runtime::object::{Instance, Object};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn init_blank_instances(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    vm.add_module_function(dict, "_blank_instances", "blank_like", blank_like);
    Ok(())
}

/// `blank_like(x)`: a new instance of `x`'s class with an empty `__dict__`, extending a
/// copy of the built-in value `x` extends (its items, for a subclass of `list`); None when
/// `x` is not an instance of a class written in Python.
fn blank_like(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let Some(&original) = args.first() else {
        return Err(vm.type_error("blank_like() takes exactly one argument (0 given)"));
    };
    let Some(Object::Instance(instance)) = original.as_obj().map(|r| vm.heap.get(r)) else {
        return Ok(Value::None);
    };
    let (class, base_value) = (instance.class, instance.base_value);
    // The slots are copied by `copy` like the `__dict__`, through their names.
    let base_value = match base_value.and_then(|v| v.as_obj()) {
        Some(r) => {
            let copied = vm.heap.get(r).clone();
            Some(vm.alloc(copied))
        }
        None => base_value,
    };
    let dict = vm.new_dict();
    let Value::Obj(dict) = dict else {
        return Ok(Value::None);
    };
    Ok(vm.alloc(Object::Instance(Box::new(Instance {
        class,
        dict,
        base_value,
        slots: Vec::new(),
    }))))
}
