//! `collections.namedtuple(typename, field_names, *, defaults=None)`: a subclass of
//! tuple whose fields are read-only attributes (`_tuplegetter`s), with `_fields`,
//! `_field_defaults`, `_make`, `_replace`, `_asdict` and the repr `P(x=1, y=2)`.

use super::args::NativeResult;
use super::collections_module::{native_class_with, new_instance_of, Methods};
use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::rc::Rc;

fn namedtuple_methods() -> &'static Methods {
    &[
        ("__repr__", namedtuple_repr),
        ("_replace", namedtuple_replace),
        ("_asdict", namedtuple_asdict),
    ]
}

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
pub fn namedtuple(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let [typename, field_names] = args[..] else {
        let message = format!(
            "namedtuple() takes 2 positional arguments but {} were given",
            args.len()
        );
        return Err(vm.type_error(message));
    };
    let typename = vm.to_str(typename)?;
    let fields = field_name_list(vm, field_names)?;
    check_name(vm, &typename, true)?;
    let mut seen: Vec<&str> = Vec::new();
    for name in &fields {
        check_name(vm, name, false)?;
        if seen.contains(&name.as_str()) {
            let message = format!("Encountered duplicate field name: '{name}'");
            return Err(vm.value_error(message));
        }
        seen.push(name);
    }
    // `__slots__ = ()`: a namedtuple's instances have no `__dict__`.
    let class = native_class_with(
        vm,
        &typename,
        TypeId::Tuple,
        namedtuple_methods(),
        "__main__",
        |vm, namespace| {
            let no_slots = vm.new_tuple(Vec::new());
            vm.dict_set_str(namespace, "__slots__", no_slots);
        },
    )?;
    let Some(namespace) = class_namespace(vm, class) else {
        return Ok(class);
    };
    let field_values: Vec<Value> = fields.iter().map(|name| vm.new_str(name)).collect();
    let fields_tuple = vm.new_tuple(field_values.clone());
    vm.dict_set_str(namespace, "_fields", fields_tuple);
    let doc = vm.new_str(&format!("{typename}({})", fields.join(", ")));
    vm.dict_set_str(namespace, "__doc__", doc);
    vm.dict_set_str(namespace, "__match_args__", fields_tuple);
    let defaults = field_defaults(vm, &field_values, kwargs.get("defaults"))?;
    vm.dict_set_str(namespace, "_field_defaults", defaults);
    let new = vm.new_native("__new__", namedtuple_new, None);
    vm.dict_set_str(namespace, "__new__", new);
    let make = vm.new_native("_make", namedtuple_make, None);
    let make = vm.alloc(Object::ClassMethod(make));
    vm.dict_set_str(namespace, "_make", make);
    for (index, name) in fields.iter().enumerate() {
        let getter = field_getter(vm, index);
        vm.dict_set_str(namespace, name, getter);
    }
    Ok(class)
}

/// `"x y"`, `"x, y"` or an iterable of names.
fn field_name_list(vm: &mut Vm, field_names: Value) -> Result<Vec<String>, Exception> {
    if let Some(text) = vm.str_text(field_names) {
        return Ok(text
            .replace(',', " ")
            .split_whitespace()
            .map(String::from)
            .collect());
    }
    let mut names = Vec::new();
    for name in vm.collect_iterable(field_names)? {
        names.push(vm.to_str(name)?);
    }
    Ok(names)
}

/// `keyword.kwlist`: names a field cannot have.
const PYTHON_KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// collections' checks on the type name and field names (without `rename`).
fn check_name(vm: &mut Vm, name: &str, is_typename: bool) -> Result<(), Exception> {
    let mut chars = name.chars();
    let identifier = chars
        .next()
        .is_some_and(|first| first == '_' || first.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric());
    if !identifier {
        let message = format!("Type names and field names must be valid identifiers: '{name}'");
        return Err(vm.value_error(message));
    }
    if PYTHON_KEYWORDS.contains(&name) {
        let message = format!("Type names and field names cannot be a keyword: '{name}'");
        return Err(vm.value_error(message));
    }
    if !is_typename && name.starts_with('_') {
        let message = format!("Field names cannot start with an underscore: '{name}'");
        return Err(vm.value_error(message));
    }
    Ok(())
}

/// `_field_defaults`: the defaults apply to the rightmost fields.
fn field_defaults(vm: &mut Vm, fields: &[Value], defaults: Option<Value>) -> NativeResult {
    let dict = vm.new_dict();
    let Some(defaults) = defaults.filter(|&d| d != Value::None) else {
        return Ok(dict);
    };
    let defaults = vm.collect_iterable(defaults)?;
    if defaults.len() > fields.len() {
        return Err(vm.type_error("Got more default values than field names"));
    }
    let first = fields.len() - defaults.len();
    for (&field, default) in fields.iter().skip(first).zip(defaults) {
        vm.dict_set(dict, field, default)?;
    }
    Ok(dict)
}

/// A read-only property that returns the tuple's item `index`.
fn field_getter(vm: &mut Vm, index: usize) -> Value {
    let getter = vm.new_native("_tuplegetter", tuple_getter, None);
    if let Some(Object::Native(native)) = getter.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        native.receiver = Some(Value::Int(index as i64));
    }
    vm.alloc(Object::Property {
        fget: getter,
        fset: Value::None,
    })
}

fn tuple_getter(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let [Value::Int(index), this] = args[..] else {
        return Ok(Value::None);
    };
    let items = tuple_items(vm, this);
    Ok(usize::try_from(index)
        .ok()
        .and_then(|i| items.get(i).copied())
        .unwrap_or(Value::None))
}

/// The items of a namedtuple (or of any tuple).
fn tuple_items(vm: &Vm, value: Value) -> Vec<Value> {
    match vm.builtin_view(value).as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    }
}

/// The field names of a namedtuple class (`_fields`), as text.
fn fields_of(vm: &mut Vm, class: Value) -> Result<Vec<Rc<str>>, Exception> {
    let fields = vm.lookup_in_class(class, "_fields").unwrap_or(Value::None);
    let mut names = Vec::new();
    for field in tuple_items(vm, fields) {
        names.push(vm.str_text(field).unwrap_or_else(|| Rc::from("")));
    }
    Ok(names)
}

/// `P(*args, **kwargs)`: the fields filled by position, then by name, then defaults.
fn namedtuple_new(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let Some((&class, positional)) = args.split_first() else {
        return Err(vm.type_error("__new__(): not enough arguments"));
    };
    let name = class_name(vm, class);
    let fields = fields_of(vm, class)?;
    let values = super::collections_namedtuple_arguments::bind_fields(
        vm, &name, class, &fields, positional, kwargs,
    )?;
    let tuple = vm.new_tuple(values);
    new_instance_of(vm, class, TypeId::Tuple, &[tuple])
}

fn class_namespace(vm: &Vm, class: Value) -> Option<crate::runtime::heap::ObjRef> {
    match class.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Class(c)) => Some(c.dict),
        _ => None,
    }
}

fn class_name(vm: &Vm, class: Value) -> String {
    match class.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Class(c)) => c.name.to_string(),
        _ => String::new(),
    }
}

/// `P._make(iterable)`.
fn namedtuple_make(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let [class, iterable] = args[..] else {
        return Err(vm.type_error("_make() takes exactly one argument"));
    };
    let items = vm.collect_iterable(iterable)?;
    let fields = fields_of(vm, class)?;
    if items.len() != fields.len() {
        let message = format!("Expected {} arguments, got {}", fields.len(), items.len());
        return Err(vm.type_error(message));
    }
    let tuple = vm.new_tuple(items);
    new_instance_of(vm, class, TypeId::Tuple, &[tuple])
}

/// `P(x=1, y=2)`.
fn namedtuple_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let class = vm.class_of(this);
    let fields = fields_of(vm, class)?;
    let mut parts = Vec::with_capacity(fields.len());
    for (field, item) in fields.iter().zip(tuple_items(vm, this)) {
        parts.push(format!("{field}={}", vm.repr(item)?));
    }
    let name = vm.class_name(this);
    Ok(vm.new_str(&format!("{name}({})", parts.join(", "))))
}

/// `p._replace(**changes)`: a new namedtuple with some fields changed.
fn namedtuple_replace(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let class = vm.class_of(this);
    let fields = fields_of(vm, class)?;
    let mut items = tuple_items(vm, this);
    let mut unexpected = Vec::new();
    for (name, value) in &kwargs.0 {
        match fields.iter().position(|field| field == name) {
            Some(index) => {
                if let Some(slot) = items.get_mut(index) {
                    *slot = *value;
                }
            }
            None => unexpected.push(format!("'{name}'")),
        }
    }
    if !unexpected.is_empty() {
        let message = format!("Got unexpected field names: [{}]", unexpected.join(", "));
        return Err(vm.value_error(message));
    }
    let tuple = vm.new_tuple(items);
    new_instance_of(vm, class, TypeId::Tuple, &[tuple])
}

/// `p._asdict()`: a dict from field name to value.
fn namedtuple_asdict(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let class = vm.class_of(this);
    let fields = fields_of(vm, class)?;
    let dict = vm.new_dict();
    for (field, item) in fields.iter().zip(tuple_items(vm, this)) {
        let key = vm.new_str_rc(field.clone());
        vm.dict_set(dict, key, item)?;
    }
    Ok(dict)
}
