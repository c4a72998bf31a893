//! The `typing` module and `list[int]`-style aliases, enough for annotations to
//! evaluate (they do, at `def` time, in Python 3.11) and print as CPython prints
//! them: `typing.Callable[[], int]`, `list[int]`, `~T`.
//!
//! An alias is an instance of a small class whose dict holds `__origin__` (the text
//! before the brackets) and `__args__`; subscribing it gives a new alias.

use super::args::NativeResult;
use super::collections_module::{native_class, Methods};
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::KwArgs;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// The special forms and generic aliases `typing` exports.
const TYPING_NAMES: [&str; 22] = [
    "Any",
    "Callable",
    "List",
    "Dict",
    "Set",
    "FrozenSet",
    "Tuple",
    "Optional",
    "Union",
    "Iterable",
    "Iterator",
    "Generator",
    "Sequence",
    "Mapping",
    "MutableMapping",
    "MutableSequence",
    "Type",
    "Deque",
    "DefaultDict",
    "Counter",
    "Literal",
    "Final",
];

fn alias_methods() -> &'static Methods {
    &[
        ("__getitem__", alias_getitem),
        ("__repr__", alias_repr),
        ("__instancecheck__", alias_instancecheck),
        ("__subclasscheck__", alias_subclasscheck),
    ]
}

pub fn init_typing(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    let class = native_class(
        vm,
        "_GenericAlias",
        TypeId::Object,
        alias_methods(),
        "typing",
    )?;
    for name in TYPING_NAMES {
        let alias = new_alias(vm, class, &format!("typing.{name}"), Value::None)?;
        vm.dict_set_str(dict, name, alias);
    }
    vm.add_module_function(dict, "typing", "TypeVar", typing_type_var);
    vm.add_module_function(dict, "typing", "cast", typing_cast);
    vm.dict_set_str(dict, "TYPE_CHECKING", Value::Bool(false));
    Ok(())
}

/// `list[int]`: an alias of a built-in type, printed without a module.
pub fn builtin_alias(vm: &mut Vm, origin: TypeId, args: Value) -> NativeResult {
    let class = native_class(vm, "GenericAlias", TypeId::Object, alias_methods(), "types")?;
    new_alias(vm, class, origin.name(), args)
}

fn new_alias(vm: &mut Vm, class: Value, origin: &str, args: Value) -> NativeResult {
    let Some(class_ref) = class.as_obj() else {
        return Ok(Value::None);
    };
    let alias = vm.new_instance(class_ref, &[]);
    let origin = vm.new_str(origin);
    vm.set_attr(alias, "__origin__", origin)?;
    vm.set_attr(alias, "__args__", args)?;
    Ok(alias)
}

/// `Alias[args]`: a new alias of the same origin.
fn alias_getitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let [this, key] = args[..] else {
        return Ok(Value::None);
    };
    let origin = vm.get_attr(this, "__origin__")?;
    let origin = vm.to_str(origin)?;
    let class = vm.class_of(this);
    new_alias(vm, class, &origin, key)
}

/// `isinstance(x, typing.Iterable)`: `_typing_checks` (written in Python, loaded on the
/// first check) says what the alias stands for.
fn alias_instancecheck(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    alias_check(vm, args, true)
}

/// `issubclass(C, typing.Mapping)`, as `alias_instancecheck`.
fn alias_subclasscheck(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    alias_check(vm, args, false)
}

fn alias_check(vm: &mut Vm, args: &[Value], instance: bool) -> NativeResult {
    let [alias, subject] = args[..] else {
        return Ok(Value::None);
    };
    let origin = vm.get_attr(alias, "__origin__")?;
    let arguments = vm.get_attr(alias, "__args__")?;
    let checks = vm.import_module("_typing_checks")?;
    let check = vm.get_attr(checks, "check")?;
    let check_args = vec![origin, arguments, subject, Value::Bool(instance)];
    vm.call(check, check_args, KwArgs::default())
}

/// `typing.Dict[str, int]`: the origin, then the arguments as `typing` writes them.
fn alias_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let origin = vm.get_attr(this, "__origin__")?;
    let mut text = vm.to_str(origin)?;
    let arguments = vm.get_attr(this, "__args__")?;
    if arguments != Value::None {
        let items = match arguments.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Tuple(items)) => items.to_vec(),
            _ => vec![arguments],
        };
        text.push('[');
        text.push_str(&argument_list(vm, &items)?);
        text.push(']');
    }
    Ok(vm.new_str(&text))
}

fn argument_list(vm: &mut Vm, items: &[Value]) -> Result<String, Exception> {
    let mut parts = Vec::with_capacity(items.len());
    for &item in items {
        parts.push(type_text(vm, item)?);
    }
    Ok(parts.join(", "))
}

/// `typing._type_repr`: a class by its (qualified) name, a list of types in
/// brackets, `...` and `None` as written.
fn type_text(vm: &mut Vm, value: Value) -> Result<String, Exception> {
    match value.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Type(TypeId::Ellipsis)) => Ok("...".to_string()),
        Some(Object::Type(TypeId::NoneType)) => Ok("None".to_string()),
        Some(Object::Type(ty)) => Ok(ty.name().to_string()),
        Some(Object::Class(class)) => {
            let (name, module) = (class.qualname.clone(), class.module);
            let module = vm.to_str(module)?;
            Ok(format!("{module}.{name}"))
        }
        Some(Object::List(items)) => {
            let items = items.to_vec();
            Ok(format!("[{}]", argument_list(vm, &items)?))
        }
        Some(Object::Str(text)) => Ok(format!(
            "ForwardRef({})",
            crate::pytext::str_repr(&text.text())
        )),
        _ if value == Value::None => Ok("None".to_string()),
        _ => vm.repr(value),
    }
}

/// `TypeVar(name, ...)`: printed as `~name`.
fn typing_type_var(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let Some(&name) = args.first() else {
        return Err(vm.type_error("TypeVar() missing required argument: 'name'"));
    };
    let text = format!("~{}", vm.to_str(name)?);
    let class = native_class(vm, "TypeVar", TypeId::Object, alias_methods(), "typing")?;
    new_alias(vm, class, &text, Value::None)
}

/// `cast(type, value)`: the value, unchanged.
fn typing_cast(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    match args {
        [_, value] => Ok(*value),
        _ => Err(vm.type_error("cast() missing 1 required positional argument: 'val'")),
    }
}
