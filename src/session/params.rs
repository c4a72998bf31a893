//! A function's parameters as its `def` line wrote them: `n`, `k=1`, `*args`, `*`,
//! `x=2`, `**kw`, and `/` after positional-only ones.

use super::snapshot::ValueView;
use crate::runtime::code::CodeObject;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Python keeps parameters in `co_varnames` in this order: positional ones, keyword-only
/// ones, then the `*args` name, then the `**kwargs` name. Defaults belong to the last
/// positional parameters.
pub fn parameters_as_written(
    code: &CodeObject,
    defaults: &[String],
    keyword_defaults: Vec<(String, String)>,
) -> Vec<String> {
    let positional = code.argcount as usize;
    let keyword_only = code.kwonlyargcount as usize;
    let names = &code.varnames;
    let name = |index: usize| names.get(index).map_or(String::new(), |n| n.to_string());
    let first_default = positional.saturating_sub(defaults.len());
    let mut params = Vec::new();
    for index in 0..positional {
        let default = index
            .checked_sub(first_default)
            .and_then(|i| defaults.get(i));
        params.push(with_default(name(index), default));
        if index + 1 == code.posonlyargcount as usize {
            params.push("/".to_string());
        }
    }
    let mut next = positional + keyword_only;
    if code.flags.varargs {
        params.push(format!("*{}", name(next)));
        next += 1;
    } else if keyword_only > 0 {
        params.push("*".to_string());
    }
    for index in positional..positional + keyword_only {
        let own = name(index);
        let default = keyword_defaults
            .iter()
            .find(|(key, _)| *key == own)
            .map(|(_, value)| value);
        params.push(with_default(own, default));
    }
    if code.flags.varkeywords {
        params.push(format!("**{}", name(next)));
    }
    params
}

fn with_default(name: String, default: Option<&String>) -> String {
    match default {
        Some(text) => format!("{name}={text}"),
        None => name,
    }
}

/// How a default reads in a parameter list: a primitive's repr, a container as the
/// literal it looks like (`[]` while empty, `[…]` once it holds items), a function by
/// its name; never an object id, which means nothing to a learner.
pub fn default_text(vm: &Vm, value: Value, shown: &ValueView) -> String {
    let Some(r) = value
        .as_obj()
        .filter(|_| matches!(shown, ValueView::Ref { .. }))
    else {
        return short_text(shown);
    };
    let (empty, literals) = match vm.heap.get(r) {
        Object::List(items) => (items.is_empty(), ("[]", "[…]")),
        Object::Tuple(items) => (items.is_empty(), ("()", "(…)")),
        Object::Dict(dict) => (dict.len() == 0, ("{}", "{…}")),
        Object::Set { items, .. } => (items.keys().is_empty(), ("set()", "{…}")),
        Object::Function(function) => return function.code.name.to_string(),
        other => return format!("<{}>", other.type_id().name()),
    };
    if empty { literals.0 } else { literals.1 }.to_string()
}

/// How a default value reads in a parameter list.
pub fn short_text(value: &ValueView) -> String {
    match value {
        ValueView::Int { repr }
        | ValueView::Float { repr }
        | ValueView::Str { repr, .. }
        | ValueView::Bool { repr }
        | ValueView::None { repr } => repr.clone(),
        ValueView::Ref { id } => format!("#{id}"),
    }
}
