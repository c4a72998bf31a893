//! The core built-in functions a program needs to run at all. The rest live in
//! `library`.

use super::exception::Exception;
use super::native::{KwArgs, Registry};
use super::object::Object;
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;

pub use super::constructors::construct;

pub fn register(registry: &mut Registry) {
    registry.builtin("print", builtin_print);
    registry.builtin("len", builtin_len);
    registry.builtin("repr", builtin_repr);
    registry.builtin("id", builtin_id);
    registry.builtin("isinstance", builtin_isinstance);
    registry.builtin("iter", builtin_iter);
    registry.builtin("next", builtin_next);
    registry.builtin("globals", builtin_globals);
    registry.builtin("input", builtin_input);
    registry.builtin("locals", builtin_locals);
    registry.builtin("dir", builtin_dir);
    registry.builtin("issubclass", builtin_issubclass);
    registry.builtin("open", builtin_open);
}

/// `open(...)`: a program here runs in a sandbox with no files, so opening one is
/// refused as `os` refuses its file functions, with an error that says why (not a
/// NameError, which would read as a typo).
fn builtin_open(vm: &mut Vm, _: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    Err(vm.error(
        TypeId::PermissionError,
        "open() is not allowed here: programs in this sandbox cannot touch files",
    ))
}

/// Checks the number of positional arguments as CPython words it for built-ins.
pub fn expect_args<'v>(
    vm: &mut Vm,
    name: &str,
    args: &'v [Value],
    min: usize,
    max: usize,
) -> Result<&'v [Value], Exception> {
    if args.len() >= min && args.len() <= max {
        return Ok(args);
    }
    let message = if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({} given)", args.len())
    } else if args.len() < min {
        format!(
            "{name} expected at least {min} argument{}, got {}",
            if min == 1 { "" } else { "s" },
            args.len()
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {}",
            if max == 1 { "" } else { "s" },
            args.len()
        )
    };
    Err(vm.type_error(message))
}

/// `print(*objects, sep=' ', end='\n')`
fn builtin_print(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    if let Some(name) = kwargs.first_unexpected(&["sep", "end", "file", "flush"]) {
        return Err(vm.type_error(format!(
            "'{name}' is an invalid keyword argument for print()"
        )));
    }
    let sep = optional_text(vm, kwargs.get("sep"), " ", "sep")?;
    let end = optional_text(vm, kwargs.get("end"), "\n", "end")?;
    let mut pieces = Vec::with_capacity(args.len() * 2);
    for (i, &arg) in args.iter().enumerate() {
        if i > 0 {
            pieces.push(sep.clone());
        }
        pieces.push(vm.to_str(arg)?);
    }
    pieces.push(end);
    match kwargs.get("file") {
        None | Some(Value::None) => vm.write_stdout(&pieces.concat())?,
        Some(Value::Obj(r)) if matches!(vm.heap.get(r), Object::Stream(_)) => {
            vm.write_stream(Value::Obj(r), &pieces.concat())?
        }
        // CPython's print calls the file's `write` once per argument, separator and end.
        Some(file) => {
            for piece in pieces {
                vm.write_stream(file, &piece)?;
            }
        }
    }
    Ok(Value::None)
}

fn optional_text(
    vm: &mut Vm,
    value: Option<Value>,
    default: &str,
    what: &str,
) -> Result<String, Exception> {
    match value {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(v) => match vm.str_text(v) {
            Some(text) => Ok(text.to_string()),
            None => Err(vm.type_error(format!(
                "{what} must be None or a string, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

pub(crate) fn builtin_len(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    if let Some(&x) = args.first() {
        if vm.has_user_class(x) {
            if let Some(n) = vm.len_dunder(x)? {
                return Ok(Value::Int(n));
            }
            let name = vm.class_name(x);
            let base = vm.builtin_view(x);
            if base != x {
                return builtin_len(vm, &[base], &KwArgs::default());
            }
            return Err(vm.type_error(format!("object of type '{name}' has no len()")));
        }
    }
    let &[x] = expect_args(vm, "len", args, 1, 1)? else {
        return Ok(Value::None);
    };
    if let Some(Object::BigRange(range)) = x.as_obj().map(|r| vm.heap.get(r)) {
        let range = (**range).clone();
        return vm.big_range_len(&range);
    }
    let length = x.as_obj().and_then(|r| match vm.heap.get(r) {
        Object::Str(s) => Some(s.char_len),
        Object::Bytes(bytes) => Some(bytes.len()),
        Object::List(items) => Some(items.len()),
        Object::Tuple(items) => Some(items.len()),
        Object::Dict(d) => Some(d.len()),
        Object::Set { items, .. } => Some(items.len()),
        Object::Range(range) => Some(range.len() as usize),
        Object::DictView { dict, .. } => match vm.heap.get(*dict) {
            Object::Dict(d) => Some(d.len()),
            _ => None,
        },
        _ => None,
    });
    match length {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(x)))),
    }
}

fn builtin_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let &[x] = expect_args(vm, "repr", args, 1, 1)? else {
        return Ok(Value::None);
    };
    let text = vm.repr(x)?;
    Ok(vm.new_str(&text))
}

/// `id(x)`: the same number the object's repr shows after `at`.
fn builtin_id(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let &[x] = expect_args(vm, "id", args, 1, 1)? else {
        return Ok(Value::None);
    };
    Ok(Value::Int(vm.value_address(x) as i64))
}

fn builtin_isinstance(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let &[x, class] = args else {
        return Err(vm.type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.len()
        )));
    };
    Ok(Value::Bool(is_instance(vm, x, class)?))
}

pub(crate) fn is_instance(vm: &mut Vm, x: Value, class: Value) -> Result<bool, Exception> {
    if let Some(members) = vm.union_members(class) {
        let members = vm.new_tuple(members);
        return is_instance(vm, x, members);
    }
    match class.as_obj().map(|r| vm.heap.get(r).clone()) {
        Some(Object::Type(_)) => Ok(vm.is_subclass(vm.class_of(x), class)),
        Some(Object::Class(_)) => {
            // PyObject_IsInstance: an exact type match needs no hook; otherwise a
            // metaclass's __instancecheck__ decides (ABCMeta's, for collections.abc).
            let ty = vm.class_of(x);
            if vm.is_same(ty, class) {
                return Ok(true);
            }
            match vm.call_user_method(class, "__instancecheck__", vec![x])? {
                Some(verdict) => vm.is_true(verdict),
                None => Ok(vm.is_subclass(ty, class)),
            }
        }
        Some(Object::Tuple(classes)) => {
            for &class in classes.iter() {
                if is_instance(vm, x, class)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            match vm.call_user_method(class, "__instancecheck__", vec![x])? {
                Some(verdict) => vm.is_true(verdict),
                None => Err(vm
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
            }
        }
    }
}

/// `iter(iterable)` or `iter(callable, sentinel)`.
fn builtin_iter(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    match *expect_args(vm, "iter", args, 1, 2)? {
        [x] => vm.get_iter(x),
        [func, sentinel] => Ok(
            vm.alloc(Object::Iterator(super::object::IterState::Callable {
                func,
                sentinel,
                ty: TypeId::CallableIterator,
            })),
        ),
        _ => Ok(Value::None),
    }
}

/// `globals()`: the running module's namespace dict.
fn builtin_globals(vm: &mut Vm, _: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    Ok(Value::Obj(
        vm.frames.last().map_or(vm.main_globals, |f| f.globals),
    ))
}

fn builtin_issubclass(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let &[class, parent] = args else {
        return Err(vm.type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.len()
        )));
    };
    Ok(Value::Bool(is_subclass_of(vm, class, parent)?))
}

/// PyObject_IsSubclass: each member of a tuple or union in turn; a `__subclasscheck__`
/// of the parent's type decides when it has one (ABCMeta's, typing's aliases).
pub(crate) fn is_subclass_of(vm: &mut Vm, class: Value, parent: Value) -> Result<bool, Exception> {
    let members = match parent.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(items)) => Some(items.to_vec()),
        _ => vm.union_members(parent),
    };
    if let Some(members) = members {
        for member in members {
            if is_subclass_of(vm, class, member)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(verdict) = vm.call_user_method(parent, "__subclasscheck__", vec![class])? {
        return vm.is_true(verdict);
    }
    if !vm.is_class(class) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if !vm.is_class(parent) {
        return Err(
            vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    }
    Ok(vm.is_subclass(class, parent))
}

/// `next(iterator[, default])`: StopIteration when exhausted and no default.
fn builtin_next(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let args = expect_args(vm, "next", args, 1, 2)?;
    let (Some(&iterator), default) = (args.first(), args.get(1).copied()) else {
        return Ok(Value::None);
    };
    let native_iterator = match iterator.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Iterator(_) | Object::AsyncGenStep(_)) => true,
        Some(Object::Generator(g)) => g.is_iterable(),
        _ => false,
    };
    if !native_iterator && vm.user_method(iterator, "__next__").is_none() {
        return Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(iterator)
        )));
    }
    match (vm.iter_next(iterator)?, default) {
        (Some(item), _) => Ok(item),
        (None, Some(default)) => Ok(default),
        (None, None) => {
            let returned = vm.generator_return_value(iterator);
            Err(vm.exception_with_args(TypeId::StopIteration, returned.into_iter().collect()))
        }
    }
}

/// `input([prompt])`: the prompt goes to stdout; EOFError at end of input.
fn builtin_input(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let args = expect_args(vm, "input", args, 0, 1)?;
    if let Some(&prompt) = args.first() {
        let text = vm.to_str(prompt)?;
        vm.write_stdout(&text)?;
    }
    match vm.input.read_line() {
        Some(line) => Ok(vm.new_str(&line)),
        None => Err(vm.error(TypeId::EOFError, "EOF when reading a line")),
    }
}

/// `locals()`: in a function, its bound fast locals then its cell and free variables
/// (in `co_varnames`, `co_cellvars`, `co_freevars` order); elsewhere, the namespace.
fn builtin_locals(vm: &mut Vm, _: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    vm.current_locals()
}

/// `dir()`: the sorted names of the current scope; `dir(x)`: of x's attributes.
fn builtin_dir(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
    let args = expect_args(vm, "dir", args, 0, 1)?;
    let Some(&object) = args.first() else {
        let namespace = builtin_locals(vm, &[], kwargs)?;
        let mut names = crate::runtime::dir_listing::str_keys(vm, namespace);
        names.sort();
        let items = names.iter().map(|n| vm.new_str(n)).collect();
        return Ok(vm.new_list(items));
    };
    crate::runtime::dir_listing::dir_of(vm, object)
}
