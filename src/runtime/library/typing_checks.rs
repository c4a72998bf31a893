//! `isinstance(x, typing.Iterable)` and `issubclass(C, typing.List)`: an alias of
//! `typing` checks against the class it stands for (`list`, `collections.abc.Iterable`,
//! `collections.deque`), a `Union` or `Optional` against its members, and the rest
//! raise CPython 3.11's TypeError.

use super::args::NativeResult;
use crate::runtime::builtins::{is_instance, is_subclass_of};
use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Which check is asked: the name in messages, and how to run it on the real class.
#[derive(Clone, Copy)]
enum Check {
    Instance,
    Subclass,
}

impl Check {
    fn name(self) -> &'static str {
        match self {
            Check::Instance => "isinstance",
            Check::Subclass => "issubclass",
        }
    }
}

/// `Alias.__instancecheck__(self, value)`.
pub fn alias_instancecheck(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let [alias, value] = args[..] else {
        return Ok(Value::None);
    };
    alias_check(vm, alias, value, Check::Instance)
}

/// `Alias.__subclasscheck__(self, class)`.
pub fn alias_subclasscheck(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let [alias, class] = args[..] else {
        return Ok(Value::None);
    };
    alias_check(vm, alias, class, Check::Subclass)
}

fn alias_check(vm: &mut Vm, alias: Value, subject: Value, check: Check) -> NativeResult {
    let origin = vm.get_attr(alias, "__origin__")?;
    let origin = vm.to_str(origin)?;
    let arguments = vm.get_attr(alias, "__args__")?;
    let Some(name) = origin.strip_prefix("typing.") else {
        return Err(not_a_class(vm, &origin, arguments, check));
    };
    let target = match (name, arguments.is_none()) {
        ("Any", _) if matches!(check, Check::Subclass) => return Ok(Value::Bool(false)),
        ("Any" | "Optional" | "Union" | "Literal" | "Final", true) => {
            let message = format!("typing.{name} cannot be used with {}()", check.name());
            return Err(vm.type_error(message));
        }
        ("Union", false) => union_members(vm, arguments),
        ("Optional", false) => {
            let none_type = Value::Obj(crate::runtime::heap::ObjRef(TypeId::NoneType.slot()));
            vm.new_tuple(vec![arguments, none_type])
        }
        (_, false) => {
            let message = "Subscripted generics cannot be used with class and instance checks";
            return Err(vm.type_error(message));
        }
        (_, true) => aliased_class(vm, name)?,
    };
    let verdict = match check {
        Check::Instance => is_instance(vm, subject, target)?,
        Check::Subclass => is_subclass_of(vm, subject, target)?,
    };
    Ok(Value::Bool(verdict))
}

/// `Union[A, B]`'s members as a tuple to check against.
fn union_members(vm: &mut Vm, arguments: Value) -> Value {
    match vm.type_of(arguments) {
        TypeId::Tuple => arguments,
        _ => vm.new_tuple(vec![arguments]),
    }
}

/// The class `typing.name` stands for.
fn aliased_class(vm: &mut Vm, name: &str) -> Result<Value, Exception> {
    let builtin = match name {
        "List" => Some(TypeId::List),
        "Dict" => Some(TypeId::Dict),
        "Set" => Some(TypeId::Set),
        "FrozenSet" => Some(TypeId::FrozenSet),
        "Tuple" => Some(TypeId::Tuple),
        "Type" => Some(TypeId::Type),
        _ => None,
    };
    if let Some(ty) = builtin {
        return Ok(Value::Obj(crate::runtime::heap::ObjRef(ty.slot())));
    }
    let collections = vm.import_module("collections")?;
    match name {
        "Deque" => vm.get_attr(collections, "deque"),
        "DefaultDict" => vm.get_attr(collections, "defaultdict"),
        "Counter" => vm.get_attr(collections, "Counter"),
        _ => {
            let abc = vm.get_attr(collections, "abc")?;
            vm.get_attr(abc, name)
        }
    }
}

/// A `list[int]` or a `TypeVar`: not a class to check against.
fn not_a_class(vm: &mut Vm, origin: &str, arguments: Value, check: Check) -> Exception {
    if origin.starts_with('~') || arguments.is_none() {
        let message = match check {
            Check::Instance => "isinstance() arg 2 must be a type, a tuple of types, or a union",
            Check::Subclass => "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        };
        return vm.type_error(message);
    }
    let check = check.name();
    vm.type_error(format!(
        "{check}() argument 2 cannot be a parameterized generic"
    ))
}
