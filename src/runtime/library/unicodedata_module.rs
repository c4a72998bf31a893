//! The `unicodedata` module: `lookup`, `name`, `category`, `numeric`, `decimal`,
//! `digit`, `decomposition`, `combining`, `normalize`, `is_normalized` and
//! `unidata_version`, read from the Unicode table that `\N{...}` escapes use
//! (`crate::unicode_data`), with CPython 3.11's messages.
//!
//! Importing it without the table (a page that did not fetch it) is an ImportError
//! saying so, rather than a module whose answers would be wrong.

use super::args::{clinic_count, one_argument, reject_keywords, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::KwArgs;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::unicode_data::normalize::{normalize, Form};
use crate::unicode_data::{NumericKind, UnicodeTable};

/// CPython's `NAME_MAXLEN`: `lookup` refuses longer names outright.
const NAME_MAXLEN: usize = 256;

pub fn init_unicodedata(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    let Some(table) = crate::unicode_data::table() else {
        let message =
            "unicodedata needs the table of Unicode character names, which was not loaded";
        return Err(vm.error(TypeId::ImportError, message));
    };
    let version = vm.new_str(table.version());
    vm.dict_set_str(dict, "unidata_version", version);
    vm.add_module_function(dict, "unicodedata", "lookup", unicodedata_lookup);
    vm.add_module_function(dict, "unicodedata", "name", unicodedata_name);
    vm.add_module_function(dict, "unicodedata", "category", unicodedata_category);
    vm.add_module_function(dict, "unicodedata", "numeric", unicodedata_numeric);
    vm.add_module_function(dict, "unicodedata", "decimal", unicodedata_decimal);
    vm.add_module_function(dict, "unicodedata", "digit", unicodedata_digit);
    vm.add_module_function(
        dict,
        "unicodedata",
        "decomposition",
        unicodedata_decomposition,
    );
    vm.add_module_function(dict, "unicodedata", "combining", unicodedata_combining);
    vm.add_module_function(dict, "unicodedata", "normalize", unicodedata_normalize);
    vm.add_module_function(
        dict,
        "unicodedata",
        "is_normalized",
        unicodedata_is_normalized,
    );
    Ok(())
}

/// The table the module was built with (importing it checked that there is one).
fn loaded_table(vm: &mut Vm) -> Result<&'static UnicodeTable, Exception> {
    crate::unicode_data::table()
        .ok_or_else(|| vm.error(TypeId::ImportError, "the Unicode name table is not loaded"))
}

/// A str of exactly one character, or Argument Clinic's "must be a unicode character".
fn one_character(vm: &mut Vm, value: Value, described: &str) -> Result<char, Exception> {
    let text = vm.str_text(value);
    let mut chars = text.as_deref().unwrap_or("").chars();
    match (text.is_some(), chars.next(), chars.next()) {
        (true, Some(c), None) => Ok(c),
        _ => {
            let message = format!(
                "{described} must be a unicode character, not {}",
                vm.class_name(value)
            );
            Err(vm.type_error(message))
        }
    }
}

/// `lookup(name)`: the character (or named sequence) called `name`, in any ASCII case.
fn unicodedata_lookup(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let name = one_argument(vm, "unicodedata.lookup", args, kwargs)?;
    let name = match (vm.str_text(name), name.as_obj().map(|r| vm.heap.get(r))) {
        (Some(text), _) => text.to_string(),
        (None, Some(Object::Bytes(bytes))) => String::from_utf8_lossy(bytes).into_owned(),
        _ => {
            let message = format!(
                "a bytes-like object is required, not '{}'",
                vm.class_name(name)
            );
            return Err(vm.type_error(message));
        }
    };
    if name.len() > NAME_MAXLEN {
        return Err(vm.error(TypeId::KeyError, "name too long"));
    }
    let table = loaded_table(vm)?;
    if let Some(c) = table.character(&name) {
        return Ok(vm.new_str(c.encode_utf8(&mut [0; 4])));
    }
    if let Some(sequence) = table.sequence(&name) {
        return Ok(vm.new_str(sequence));
    }
    // CPython formats the name as a C string: it ends at a NUL.
    let shown = name.split('\0').next().unwrap_or("");
    let message = format!("undefined character name '{shown}'");
    Err(vm.error(TypeId::KeyError, message))
}

/// The character and the optional default of `name`, `numeric`, `decimal` and `digit`.
fn character_and_default(
    vm: &mut Vm,
    function: &str,
    args: &[Value],
    kwargs: &KwArgs,
) -> Result<(char, Option<Value>), Exception> {
    reject_keywords(vm, &format!("unicodedata.{function}"), kwargs)?;
    clinic_count(vm, function, args, 1, 2)?;
    let c = one_character(vm, args[0], &format!("{function}() argument 1"))?;
    Ok((c, args.get(1).copied()))
}

/// `name(chr[, default])`: ValueError "no such name" without a default.
fn unicodedata_name(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (c, default) = character_and_default(vm, "name", args, kwargs)?;
    match loaded_table(vm)?.name(c) {
        Some(name) => Ok(vm.new_str(&name)),
        None => default.ok_or_else(|| vm.value_error("no such name")),
    }
}

/// `category(chr)`: the general category, `Cn` for an unassigned code point.
fn unicodedata_category(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "unicodedata.category", args, kwargs)?;
    let c = one_character(vm, value, "category() argument")?;
    let category = loaded_table(vm)?.category(c);
    Ok(vm.new_str(category))
}

/// `numeric`, `decimal` and `digit`: the value if the character has the property
/// (`accepts` its kind), else the default, else ValueError `missing`.
fn numeric_property(
    vm: &mut Vm,
    function: &str,
    args: &[Value],
    kwargs: &KwArgs,
    accepts: fn(NumericKind) -> bool,
    missing: &str,
) -> Result<Result<f64, Value>, Exception> {
    let (c, default) = character_and_default(vm, function, args, kwargs)?;
    match loaded_table(vm)?.numeric(c) {
        Some((value, kind)) if accepts(kind) => Ok(Ok(value)),
        _ => default.map(Err).ok_or_else(|| vm.value_error(missing)),
    }
}

fn unicodedata_numeric(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let found = numeric_property(
        vm,
        "numeric",
        args,
        kwargs,
        |_| true,
        "not a numeric character",
    )?;
    Ok(found.map_or_else(|default| default, Value::Float))
}

fn unicodedata_decimal(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let is_decimal = |kind| kind == NumericKind::Decimal;
    let found = numeric_property(vm, "decimal", args, kwargs, is_decimal, "not a decimal")?;
    Ok(found.map_or_else(|default| default, |value| Value::Int(value as i64)))
}

fn unicodedata_digit(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let is_digit = |kind| kind != NumericKind::Numeric;
    let found = numeric_property(vm, "digit", args, kwargs, is_digit, "not a digit")?;
    Ok(found.map_or_else(|default| default, |value| Value::Int(value as i64)))
}

/// `decomposition(chr)`: the mapping as UnicodeData.txt writes it, `<compat> 0066 0069`
/// or `0065 0301`; empty for a character without one (Hangul syllables included).
fn unicodedata_decomposition(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "unicodedata.decomposition", args, kwargs)?;
    let c = one_character(vm, value, "decomposition() argument")?;
    let text = match loaded_table(vm)?.decomposition(c) {
        Some((tag, mapping)) => {
            let codes = mapping.iter().map(|&part| format!("{:04X}", part as u32));
            let tag = (!tag.is_empty()).then(|| format!("<{tag}>"));
            tag.into_iter().chain(codes).collect::<Vec<_>>().join(" ")
        }
        None => String::new(),
    };
    Ok(vm.new_str(&text))
}

/// `combining(chr)`: the canonical combining class, 0 for most characters.
fn unicodedata_combining(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "unicodedata.combining", args, kwargs)?;
    let c = one_character(vm, value, "combining() argument")?;
    Ok(Value::Int(i64::from(loaded_table(vm)?.combining(c))))
}

/// The form and the text of `normalize(form, unistr)` and `is_normalized`.
fn form_and_text(
    vm: &mut Vm,
    function: &str,
    args: &[Value],
    kwargs: &KwArgs,
) -> Result<(Form, String), Exception> {
    reject_keywords(vm, &format!("unicodedata.{function}"), kwargs)?;
    clinic_count(vm, function, args, 2, 2)?;
    let mut texts = Vec::with_capacity(2);
    for (index, &value) in args.iter().enumerate() {
        let Some(text) = vm.str_text(value) else {
            let message = format!(
                "{function}() argument {} must be str, not {}",
                index + 1,
                vm.class_name(value)
            );
            return Err(vm.type_error(message));
        };
        texts.push(text.to_string());
    }
    let form =
        Form::named(&texts[0]).ok_or_else(|| vm.value_error("invalid normalization form"))?;
    Ok((form, texts.swap_remove(1)))
}

/// `normalize(form, unistr)`: `unistr` in normal form NFC, NFD, NFKC or NFKD.
fn unicodedata_normalize(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (form, text) = form_and_text(vm, "normalize", args, kwargs)?;
    let table = loaded_table(vm)?;
    let normal = normalize(table, form, &text);
    // CPython hands back the argument itself when it is already normal.
    if normal == text {
        return Ok(args[1]);
    }
    Ok(vm.new_str(&normal))
}

/// `is_normalized(form, unistr)`: whether normalizing would leave it as it is.
fn unicodedata_is_normalized(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (form, text) = form_and_text(vm, "is_normalized", args, kwargs)?;
    let table = loaded_table(vm)?;
    Ok(Value::Bool(normalize(table, form, &text) == text))
}
