//! A function's parameters as its `def` line wrote them: `n`, `k=1`, `*args`, `*`,
//! `x=2`, `**kw`, and `/` after positional-only ones.

use super::snapshot::ValueView;
use crate::runtime::code::CodeObject;

/// Python keeps parameters in `co_varnames` in this order: positional ones, keyword-only
/// ones, then the `*args` name, then the `**kwargs` name. Defaults belong to the last
/// positional parameters.
pub fn parameters_as_written(
    code: &CodeObject,
    defaults: &[ValueView],
    keyword_defaults: Vec<(String, ValueView)>,
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

fn with_default(name: String, default: Option<&ValueView>) -> String {
    match default {
        Some(value) => format!("{name}={}", short_text(value)),
        None => name,
    }
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
