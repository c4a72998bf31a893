//! `str.format`: replacement fields `{name.attr[key]!conversion:spec}` with automatic or
//! manual numbering, following CPython's `string.Formatter` rules and messages.

use super::args::{str_receiver, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::Str, "format", str_format);
    registry.method(TypeId::Str, "format_map", str_format_map);
}

/// How fields without a number have been numbered so far.
#[derive(PartialEq)]
enum Numbering {
    Unknown,
    Automatic(usize),
    Manual,
}

struct Formatter<'a> {
    args: &'a [Value],
    kwargs: &'a KwArgs,
    /// For `format_map`: the mapping every field name is looked up in.
    mapping: Option<Value>,
    numbering: Numbering,
}

fn str_format(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (template, rest) = str_receiver(vm, args, "format")?;
    let mut formatter = Formatter {
        args: rest,
        kwargs,
        mapping: None,
        numbering: Numbering::Unknown,
    };
    let text = formatter.render(vm, &template, 2)?;
    Ok(vm.new_str(&text))
}

fn str_format_map(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (template, rest) = str_receiver(vm, args, "format_map")?;
    let mapping = super::args::one_argument(vm, "str.format_map", rest, kwargs)?;
    let no_keywords = KwArgs::default();
    let mut formatter = Formatter {
        args: &[],
        kwargs: &no_keywords,
        mapping: Some(mapping),
        numbering: Numbering::Unknown,
    };
    let text = formatter.render(vm, &template, 2)?;
    Ok(vm.new_str(&text))
}

impl Formatter<'_> {
    /// Expands the fields of `template`; `depth` bounds nesting inside format specs.
    fn render(&mut self, vm: &mut Vm, template: &str, depth: u32) -> Result<String, Exception> {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let mut out = String::new();
        let mut chars = template.chars().peekable();
        while let Some(ch) = chars.next() {
            match (ch, chars.peek()) {
                ('{', Some('{')) | ('}', Some('}')) => {
                    chars.next();
                    out.push(ch);
                }
                ('}', _) => return Err(vm.value_error("Single '}' encountered in format string")),
                ('{', None) => {
                    return Err(vm.value_error("Single '{' encountered in format string"))
                }
                ('{', _) => {
                    let field = take_field(vm, &mut chars)?;
                    out.push_str(&self.expand(vm, &field, depth)?);
                }
                _ => out.push(ch),
            }
        }
        Ok(out)
    }

    /// One field's text between the braces: `name!conversion:spec`.
    fn expand(&mut self, vm: &mut Vm, field: &str, depth: u32) -> Result<String, Exception> {
        let (name_part, spec) = split_spec(field);
        let (name, conversion) = match name_part.split_once('!') {
            Some((name, conversion)) => (name, Some(conversion)),
            None => (name_part, None),
        };
        let value = self.lookup(vm, name)?;
        // A spec is expanded only when it holds a nested field, as CPython's C
        // formatter does, so `{:{width}}` nests one level and no deeper.
        let spec = if spec.contains(['{', '}']) {
            self.render(vm, spec, depth - 1)?
        } else {
            spec.to_string()
        };
        let value = match conversion {
            None => value,
            Some("s") => {
                let text = vm.to_str(value)?;
                vm.new_str(&text)
            }
            Some("r") => {
                let text = vm.repr(value)?;
                vm.new_str(&text)
            }
            Some("a") => {
                let text = vm.ascii(value)?;
                vm.new_str(&text)
            }
            Some(other) if other.chars().count() == 1 => {
                return Err(vm.value_error(format!("Unknown conversion specifier {other}")));
            }
            Some(_) => return Err(vm.value_error("expected ':' after conversion specifier")),
        };
        super::object_builtins::format_with_spec(vm, value, &spec)
    }

    /// The argument a field names, then its `.attribute` and `[key]` parts.
    fn lookup(&mut self, vm: &mut Vm, name: &str) -> Result<Value, Exception> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut value = self.argument(vm, first)?;
        while !rest.is_empty() {
            if let Some(after_dot) = rest.strip_prefix('.') {
                let end = after_dot.find(['.', '[']).unwrap_or(after_dot.len());
                let (attribute, remainder) = after_dot.split_at(end);
                if attribute.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                value = vm.get_attr(value, attribute)?;
                rest = remainder;
            } else if let Some(after_bracket) = rest.strip_prefix('[') {
                let Some((key, remainder)) = after_bracket.split_once(']') else {
                    return Err(vm.value_error("Missing ']' in format string"));
                };
                let key = match key.parse::<i64>() {
                    Ok(index) => Value::Int(index),
                    Err(_) => vm.new_str(key),
                };
                value = vm.get_item(value, key)?;
                rest = remainder;
            } else {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
        Ok(value)
    }

    /// A positional argument by number (given or automatic) or a keyword by name.
    fn argument(&mut self, vm: &mut Vm, first: &str) -> Result<Value, Exception> {
        if let Some(mapping) = self.mapping {
            if first.is_empty() || first.parse::<usize>().is_ok() {
                return Err(vm.value_error("Format string contains positional fields"));
            }
            let key = vm.new_str(first);
            return vm.get_item(mapping, key);
        }
        let index = if first.is_empty() {
            match self.numbering {
                Numbering::Manual => {
                    let message = "cannot switch from manual field specification to automatic field numbering";
                    return Err(vm.value_error(message));
                }
                Numbering::Automatic(next) => next,
                Numbering::Unknown => 0,
            }
        } else if let Ok(index) = first.parse::<usize>() {
            if let Numbering::Automatic(_) = self.numbering {
                let message =
                    "cannot switch from automatic field numbering to manual field specification";
                return Err(vm.value_error(message));
            }
            self.numbering = Numbering::Manual;
            index
        } else {
            return match self.kwargs.get(first) {
                Some(value) => Ok(value),
                None => {
                    let key = vm.new_str(first);
                    Err(vm.key_error(key))
                }
            };
        };
        if first.is_empty() {
            self.numbering = Numbering::Automatic(index + 1);
        }
        match self.args.get(index) {
            Some(&value) => Ok(value),
            None => {
                let message =
                    format!("Replacement index {index} out of range for positional args tuple");
                Err(vm.error(TypeId::IndexError, message))
            }
        }
    }
}

/// Reads up to the `}` that closes a field, keeping nested `{...}` in its spec.
fn take_field(
    vm: &mut Vm,
    chars: &mut std::iter::Peekable<std::str::Chars>,
) -> Result<String, Exception> {
    let mut field = String::new();
    let mut nesting = 0;
    for ch in chars.by_ref() {
        match ch {
            '{' => nesting += 1,
            '}' if nesting == 0 => return Ok(field),
            '}' => nesting -= 1,
            _ => {}
        }
        field.push(ch);
    }
    let message = if field.contains(':') {
        "unmatched '{' in format spec"
    } else if field.ends_with('!') {
        "end of string while looking for conversion specifier"
    } else {
        "expected '}' before end of string"
    };
    Err(vm.value_error(message))
}

/// Splits `name!conv:spec` at the first `:` outside brackets.
fn split_spec(field: &str) -> (&str, &str) {
    let mut in_brackets = false;
    for (at, ch) in field.char_indices() {
        match ch {
            '[' => in_brackets = true,
            ']' => in_brackets = false,
            ':' if !in_brackets => return (&field[..at], &field[at + 1..]),
            _ => {}
        }
    }
    (field, "")
}
