//! How narration names values and things: as the reader would write them in Python
//! (`0`, `'Ada'`, `[0, 1, 4]`), or in words when a repr would be long or an object has
//! none (`a list of 12 items`, `function inc #1`, `a Point instance`).

use crate::session::snapshot::{HeapObject, ItemsView, ValueView};
use std::collections::BTreeMap;

/// A container is written out as Python would print it while its repr is this short.
const MAX_INLINE_REPR: usize = 40;

/// "a and b", "a, b and c".
pub fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The label of the function object `id`.
pub fn function_name(id: u64, heap: &BTreeMap<u64, HeapObject>) -> String {
    match heap.get(&id) {
        Some(HeapObject::Function(f)) => f.label.clone(),
        _ => "a function".into(),
    }
}

/// A value in words: its repr when it is inline or a short container of inline
/// values, else what kind of object it is.
pub fn describe_value(value: &ValueView, heap: &BTreeMap<u64, HeapObject>) -> String {
    let ValueView::Ref { id } = value else {
        return super::super::params::short_text(value);
    };
    if let Some(repr) = heap.get(id).and_then(short_repr) {
        return repr;
    }
    match heap.get(id) {
        Some(HeapObject::Function(f)) => format!("function {}", f.label),
        Some(HeapObject::List(view)) => collection("list", view.length, "item"),
        Some(HeapObject::Tuple(view)) => collection("tuple", view.length, "item"),
        Some(HeapObject::Set(view)) => collection("set", view.length, "item"),
        Some(HeapObject::Dict(view)) => collection("dict", view.length, "entry"),
        Some(HeapObject::Instance { class_name, .. }) => {
            format!("{} {class_name} instance", article(class_name))
        }
        Some(HeapObject::Class { name, .. }) => format!("class {name}"),
        Some(HeapObject::Cell(cell)) => {
            format!("the cell {} from {}", cell.owner.name, cell.owner.label)
        }
        Some(HeapObject::Other { repr, .. }) => repr.clone(),
        Some(HeapObject::Generator(generator)) => {
            // A coroutine keeps the words of the generator it is underneath.
            let noun = match generator.kind {
                "async_generator" => "async generator",
                _ => "generator",
            };
            match &generator.label {
                Some(label) => format!("the {noun} of {label}"),
                None => format!("a finished {noun}"),
            }
        }
        _ => "an object".into(),
    }
}

/// Python's repr of a list, tuple, set or dict whose items are all inline, whole
/// (nothing omitted) and short; `None` otherwise.
fn short_repr(object: &HeapObject) -> Option<String> {
    let repr = match object {
        HeapObject::List(view) => format!("[{}]", inline_items(view)?),
        HeapObject::Tuple(view) if view.length == 1 => format!("({},)", inline_items(view)?),
        HeapObject::Tuple(view) => format!("({})", inline_items(view)?),
        // `{}` is an empty dict, so an empty set is written `set()`.
        HeapObject::Set(view) if view.length == 0 => "set()".into(),
        HeapObject::Set(view) => format!("{{{}}}", inline_items(view)?),
        HeapObject::Dict(view) if view.omitted.is_none() => {
            let entries: Option<Vec<String>> = view
                .entries
                .iter()
                .map(|(key, value)| Some(format!("{}: {}", inline(key)?, inline(value)?)))
                .collect();
            format!("{{{}}}", entries?.join(", "))
        }
        _ => return None,
    };
    (repr.chars().count() <= MAX_INLINE_REPR).then_some(repr)
}

fn inline_items(view: &ItemsView) -> Option<String> {
    if view.omitted.is_some() {
        return None;
    }
    let items: Option<Vec<String>> = view.items.iter().map(inline).collect();
    Some(items?.join(", "))
}

/// The repr of an inline value that is whole (a string cut short is not).
fn inline(value: &ValueView) -> Option<String> {
    match value {
        ValueView::Ref { .. }
        | ValueView::Str {
            omitted: Some(_), ..
        } => None,
        _ => Some(super::super::params::short_text(value)),
    }
}

/// "an" before a vowel sound as written ("an Account"), else "a".
fn article(word: &str) -> &'static str {
    match word.chars().next() {
        Some(c) if "aeiouAEIOU".contains(c) => "an",
        _ => "a",
    }
}

/// "an empty list", "a tuple of 2 items".
fn collection(kind: &str, length: usize, noun: &str) -> String {
    if length == 0 {
        format!("an empty {kind}")
    } else {
        format!("a {kind} of {}", count(length, noun))
    }
}

fn count(n: usize, noun: &str) -> String {
    match (n, noun) {
        (1, _) => format!("1 {noun}"),
        (_, "entry") => format!("{n} entries"),
        _ => format!("{n} {noun}s"),
    }
}

/// A statement as quoted in a sentence: its first line, without a block's colon,
/// cut to a readable length.
pub fn quoted_statement(statement: &str) -> String {
    const MAX_CHARS: usize = 48;
    let text = statement.trim().trim_end_matches(':').trim_end();
    if text.chars().count() <= MAX_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// What a step printed, as the reader saw it in Output: its first line, cut short.
pub fn printed_text(printed: &str) -> String {
    const MAX_CHARS: usize = 40;
    let mut lines = printed.lines();
    let first = lines.next().unwrap_or("");
    let more = lines.next().is_some();
    let mut text: String = first.chars().take(MAX_CHARS).collect();
    if more || first.chars().count() > MAX_CHARS {
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(repr: &str) -> ValueView {
        ValueView::Int { repr: repr.into() }
    }

    fn items(items: Vec<ValueView>) -> ItemsView {
        ItemsView {
            length: items.len(),
            items,
            omitted: None,
        }
    }

    #[test]
    fn short_containers_read_as_python() {
        let heap = BTreeMap::from([
            (
                1,
                HeapObject::List(items(vec![int("0"), int("1"), int("4")])),
            ),
            (2, HeapObject::Tuple(items(vec![int("7")]))),
            (3, HeapObject::Set(items(vec![]))),
        ]);
        let text = |id| describe_value(&ValueView::Ref { id }, &heap);
        assert_eq!(text(1), "[0, 1, 4]");
        assert_eq!(text(2), "(7,)");
        assert_eq!(text(3), "set()");
    }

    #[test]
    fn long_or_nested_containers_are_counted() {
        let long = (0..30).map(|n| int(&n.to_string())).collect();
        let heap = BTreeMap::from([
            (1, HeapObject::List(items(long))),
            (2, HeapObject::List(items(vec![ValueView::Ref { id: 1 }]))),
        ]);
        let text = |id| describe_value(&ValueView::Ref { id }, &heap);
        assert_eq!(text(1), "a list of 30 items");
        assert_eq!(text(2), "a list of 1 item");
    }

    #[test]
    fn statements_and_output_are_cut_to_a_sentence() {
        assert_eq!(quoted_statement("while n > 0:"), "while n > 0");
        assert!(quoted_statement(&"x".repeat(80)).ends_with('…'));
        assert_eq!(printed_text("3\n"), "3");
        assert_eq!(printed_text("a\nb\n"), "a…");
    }
}
