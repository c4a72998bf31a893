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
    let methods: &Methods = &[
        ("__getitem__", alias_getitem),
        ("__repr__", alias_repr),
        ("__instancecheck__", alias_instancecheck),
        ("__subclasscheck__", alias_subclasscheck),
        ("__init__", builtin_alias_init),
    ];
    let class = native_class(vm, "GenericAlias", TypeId::Object, methods, "types")?;
    new_alias(vm, class, origin.name(), args)
}

/// `types.GenericAlias(origin, args)`, which takes exactly those two: "GenericAlias
/// expected 2 arguments, got 0".
fn builtin_alias_init(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    let [this, origin, arguments] = args[..] else {
        let message = format!(
            "GenericAlias expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        );
        return Err(vm.type_error(message));
    };
    let origin = type_text(vm, origin, false)?;
    let origin = vm.new_str(&origin);
    vm.set_attr(this, "__origin__", origin)?;
    vm.set_attr(this, "__args__", arguments)?;
    Ok(Value::None)
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
/// `typing` stores a `None` argument as `NoneType`; a Union of two members one of
/// which is `NoneType` prints as `typing.Optional[X]`, and any other Union (or an
/// Optional of a Union) lists its members, `NoneType` included.
fn alias_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let origin = vm.get_attr(this, "__origin__")?;
    let mut text = vm.to_str(origin)?;
    let arguments = vm.get_attr(this, "__args__")?;
    if arguments != Value::None {
        let mut items = match arguments.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Tuple(items)) => items.to_vec(),
            _ => vec![arguments],
        };
        let typing = text.starts_with("typing.");
        if text == "typing.Optional" {
            items = vec![arguments, Value::None];
            text = "typing.Union".to_string();
        }
        if text == "typing.Union" {
            items = union_members(vm, items)?;
            if let Some(other) = optional_member(vm, &items) {
                let other = type_text(vm, other, true)?;
                return Ok(vm.new_str(&format!("typing.Optional[{other}]")));
            }
        }
        text.push('[');
        text.push_str(&argument_list(vm, &items, typing)?);
        text.push(']');
    }
    Ok(vm.new_str(&text))
}

/// A Union's members with nested Unions and Optionals flattened and repeats dropped,
/// as `typing.Union` normalises them.
fn union_members(vm: &mut Vm, items: Vec<Value>) -> Result<Vec<Value>, Exception> {
    let mut members: Vec<Value> = Vec::new();
    for item in items {
        let nested = match alias_parts(vm, item)? {
            Some((origin, inner)) if origin == "typing.Optional" => vec![inner, Value::None],
            Some((origin, inner)) if origin == "typing.Union" => {
                match inner.as_obj().map(|r| vm.heap.get(r)) {
                    Some(Object::Tuple(inner)) => inner.to_vec(),
                    _ => vec![inner],
                }
            }
            _ => vec![item],
        };
        for member in nested {
            let member = if is_none_type(vm, member) {
                Value::None
            } else {
                member
            };
            if !members.contains(&member) {
                members.push(member);
            }
        }
    }
    Ok(members)
}

/// The origin text and arguments of a subscripted alias.
fn alias_parts(vm: &mut Vm, value: Value) -> Result<Option<(String, Value)>, Exception> {
    if vm.class_name(value) != "_GenericAlias" {
        return Ok(None);
    }
    let origin = vm.get_attr(value, "__origin__")?;
    let arguments = vm.get_attr(value, "__args__")?;
    if arguments == Value::None {
        return Ok(None);
    }
    Ok(Some((vm.to_str(origin)?, arguments)))
}

fn is_none_type(vm: &Vm, value: Value) -> bool {
    value == Value::None
        || matches!(
            value.as_obj().map(|r| vm.heap.get(r)),
            Some(Object::Type(TypeId::NoneType))
        )
}

/// The member other than `NoneType` of a two-member Union.
fn optional_member(vm: &Vm, members: &[Value]) -> Option<Value> {
    match members {
        [a, b] if is_none_type(vm, *b) => Some(*a),
        [a, b] if is_none_type(vm, *a) => Some(*b),
        _ => None,
    }
}

fn argument_list(vm: &mut Vm, items: &[Value], typing: bool) -> Result<String, Exception> {
    let mut parts = Vec::with_capacity(items.len());
    for &item in items {
        parts.push(type_text(vm, item, typing)?);
    }
    Ok(parts.join(", "))
}

/// `typing._type_repr`: a class by its (qualified) name, a list of types in
/// brackets, `...` as written, and `None` as `NoneType` in a `typing` alias, which
/// stores it as its type.
fn type_text(vm: &mut Vm, value: Value, typing: bool) -> Result<String, Exception> {
    match value.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Type(TypeId::Ellipsis)) => Ok("...".to_string()),
        Some(Object::Type(ty)) => Ok(ty.name().to_string()),
        Some(Object::Class(class)) => {
            let (name, module) = (class.qualname.clone(), class.module);
            let module = vm.to_str(module)?;
            Ok(format!("{module}.{name}"))
        }
        Some(Object::List(items)) => {
            let items = items.to_vec();
            Ok(format!("[{}]", argument_list(vm, &items, typing)?))
        }
        Some(Object::Str(text)) => Ok(format!(
            "ForwardRef({})",
            crate::pytext::str_repr(&text.text())
        )),
        _ if value == Value::None && typing => Ok("NoneType".to_string()),
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
