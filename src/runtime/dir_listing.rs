//! `dir(x)`, as CPython's `builtin_dir` computes it: `type(x).__dir__(x)`, sorted.
//! A class may define `__dir__` (a metaclass, for `dir(cls)`); otherwise
//! `type.__dir__` lists the attributes of the class and of every class on its MRO,
//! `object.__dir__` the instance's `__dict__` and everything its class lists, and a
//! module's `__dir__` its namespace. Built-in types list the names recorded from
//! CPython (`dir_tables.rs`).

use crate::runtime::dir_tables::DIR_NAMES;
use crate::runtime::exception::Exception;
use crate::runtime::library::sorting::sort_values;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// `dir(object)`: a new sorted list of names.
pub fn dir_of(vm: &mut Vm, object: Value) -> Result<Value, Exception> {
    if let Some(listed) = vm.call_user_method(object, "__dir__", Vec::new())? {
        // builtin_dir: `sorted(type(x).__dir__(x))`, whatever the iterable holds.
        let items = vm.collect_iterable(listed)?;
        let sorted = sort_values(vm, items, None, false)?;
        return Ok(vm.new_list(sorted));
    }
    let names = match object.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Module(m)) => str_keys(vm, Value::Obj(m.dict)),
        Some(Object::Class(_) | Object::Type(_)) => class_names(vm, object),
        _ => {
            let mut names = match vm.instance_dict(object) {
                Some(dict) => str_keys(vm, Value::Obj(dict)),
                None => Vec::new(),
            };
            names.extend(class_names(vm, vm.class_of(object)));
            names
        }
    };
    Ok(sorted_name_list(vm, names))
}

/// What `type.__dir__(class)` lists: the names in the namespace of every class on
/// its MRO, and for a built-in type on it, that type's recorded names.
fn class_names(vm: &Vm, class: Value) -> Vec<String> {
    let mut names = Vec::new();
    for ancestor in vm.mro_of(class) {
        match ancestor.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Class(c)) => names.extend(str_keys(vm, Value::Obj(c.dict))),
            Some(Object::Type(ty)) => names.extend(builtin_type_names(*ty)),
            _ => {}
        }
    }
    names
}

/// The names recorded from CPython's `dir()` of the built-in type `ty`, with those
/// of its bases.
fn builtin_type_names(ty: TypeId) -> Vec<String> {
    let mut names = Vec::new();
    let mut current = ty;
    loop {
        if let Some((_, own)) = DIR_NAMES.iter().find(|(t, _)| *t == current) {
            names.extend(own.split(' ').map(str::to_string));
        }
        if current == TypeId::Object {
            return names;
        }
        current = current.base();
    }
}

/// The str keys of a dict.
pub fn str_keys(vm: &Vm, dict: Value) -> Vec<String> {
    vm.dict_pairs(dict)
        .into_iter()
        .filter_map(|(k, _)| vm.str_text(k).map(|t| t.to_string()))
        .collect()
}

fn sorted_name_list(vm: &mut Vm, mut names: Vec<String>) -> Value {
    names.sort();
    names.dedup();
    let items = names.iter().map(|n| vm.new_str(n)).collect();
    vm.new_list(items)
}
