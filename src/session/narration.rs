//! One plain-English sentence per step, computed from the snapshot and the one before:
//! what was called and why its variables live in cells, what returned and which cells
//! outlive it, which cell changed through `nonlocal`, or simply the line about to run.

use super::snapshot::{FrameView, HeapObject, Snapshot, ValueView};
use std::collections::{BTreeMap, HashMap};

/// Why each cell variable of a function is a cell: qualname → (name, capturers).
pub type CellReasons = HashMap<String, Vec<(String, String)>>;

/// The narration of `now`; `before` is the previous step's snapshot, if any.
pub fn narrate(
    now: &Snapshot,
    before: Option<&Snapshot>,
    statement: &str,
    reasons: &CellReasons,
) -> String {
    let Some(frame) = now.frames.last() else {
        return String::new();
    };
    match now.event {
        "call" => match before.and_then(|b| {
            b.frames
                .iter()
                .find(|f| f.id == frame.id && f.state == "suspended")
        }) {
            Some(paused) => format!(
                "Resumed {} where it yielded on line {}.",
                frame.label, paused.line
            ),
            None => narrate_call(frame, &now.heap, reasons),
        },
        "return" => {
            let raised = before.is_some_and(|b| b.event == "exception");
            let returned = narrate_return(frame, &now.heap, raised);
            match before.and_then(|before| cell_change(now, before)) {
                Some(change) => format!("{}; {returned}", change.trim_end_matches('.')),
                None => returned,
            }
        }
        "exception" => narrate_exception(now, frame),
        "end" => narrate_end(now),
        _ => narrate_line(now, before, statement),
    }
}

/// "Called counter(): new frame counter call 1; count lives in a cell because
/// increment captures it."
fn narrate_call(
    frame: &FrameView,
    heap: &BTreeMap<u64, HeapObject>,
    reasons: &CellReasons,
) -> String {
    let arguments = call_arguments(frame, heap).join(", ");
    let mut sentence = format!(
        "Called {}({arguments}): new frame {}",
        frame.function, frame.label
    );
    let own_cells = names_of_kind(frame, "cell");
    let why = reasons
        .get(&frame.qualname)
        .map(Vec::as_slice)
        .unwrap_or_default();
    for (capturers, names) in group_by_capturers(why, &own_cells) {
        sentence.push_str(&why_cells(capturers, &names));
    }
    let free = names_of_kind(frame, "free");
    if !free.is_empty() {
        sentence.push_str(&format!(
            "; it reaches {} through its closure",
            join_names(&free)
        ));
    }
    sentence.push('.');
    sentence
}

/// The frame's cell variables (`cell`) or free variables (`free`).
fn names_of_kind<'a>(frame: &'a FrameView, kind: &str) -> Vec<&'a str> {
    frame
        .cells
        .iter()
        .filter(|c| c.kind == kind)
        .map(|c| c.name.as_str())
        .collect()
}

/// "; count lives in a cell because increment captures it"
fn why_cells(capturers: &str, names: &[&str]) -> String {
    let (lives, cell, them) = if names.len() > 1 {
        ("live", "cells", "them")
    } else {
        ("lives", "a cell", "it")
    };
    let verb = if capturers.contains(" and ") {
        "capture"
    } else {
        "captures"
    };
    format!(
        "; {} {lives} in {cell} because {capturers} {verb} {them}",
        join_names(names)
    )
}

/// `name=value` for each parameter bound so far: plain locals, then parameters that
/// went straight into their cells. Hidden names (a comprehension's `.0`) are left out.
fn call_arguments(frame: &FrameView, heap: &BTreeMap<u64, HeapObject>) -> Vec<String> {
    let plain = frame
        .locals
        .iter()
        .filter(|b| !b.name.starts_with('.'))
        .map(|b| (b.name.as_str(), Some(&b.value)));
    let in_cells = frame.cells.iter().filter(|c| c.kind == "cell").map(|slot| {
        let contents = match heap.get(&slot.cell) {
            Some(HeapObject::Cell(cell)) => cell.contents.as_ref(),
            _ => None,
        };
        (slot.name.as_str(), contents)
    });
    plain
        .chain(in_cells)
        .filter_map(|(name, value)| Some(format!("{name}={}", describe_value(value?, heap))))
        .collect()
}

/// The frame's own cells grouped by the functions that capture them, in order.
fn group_by_capturers<'a>(
    why: &'a [(String, String)],
    own_cells: &[&str],
) -> Vec<(&'a str, Vec<&'a str>)> {
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for (name, capturers) in why
        .iter()
        .filter(|(name, _)| own_cells.contains(&name.as_str()))
    {
        match groups
            .iter_mut()
            .find(|(known, _)| *known == capturers.as_str())
        {
            Some((_, names)) => names.push(name),
            None => groups.push((capturers, vec![name])),
        }
    }
    groups
}

/// "counter call 1 returned function increment #1; its cell count lives on, held by
/// increment #1."
fn narrate_return(frame: &FrameView, heap: &BTreeMap<u64, HeapObject>, raised: bool) -> String {
    let Some(value) = &frame.return_value else {
        let how = if raised {
            "exits because of the exception"
        } else {
            "returns"
        };
        return format!("{} {how}.", frame_words(frame));
    };
    let mut sentence = format!(
        "{} returned {}",
        frame_words(frame),
        describe_value(value, heap)
    );
    for slot in frame.cells.iter().filter(|c| c.kind == "cell") {
        let Some(HeapObject::Cell(cell)) = heap.get(&slot.cell) else {
            continue;
        };
        if !cell.held_by.is_empty() {
            let holders: Vec<String> = cell
                .held_by
                .iter()
                .map(|id| function_name(*id, heap))
                .collect();
            let holders: Vec<&str> = holders.iter().map(String::as_str).collect();
            sentence.push_str(&format!(
                "; its cell {} lives on, held by {}",
                slot.name,
                join_names(&holders)
            ));
        }
    }
    sentence.push('.');
    sentence
}

fn narrate_exception(now: &Snapshot, frame: &FrameView) -> String {
    let place = frame_words(frame);
    match &now.exception {
        Some(e) if e.message.is_empty() => {
            format!("{} raised in {place} on line {}.", e.type_name, now.line)
        }
        Some(e) => format!(
            "{}: {} raised in {place} on line {}.",
            e.type_name, e.message, now.line
        ),
        None => format!("An exception was raised in {place} on line {}.", now.line),
    }
}

/// A frame as a sentence names it: "the global frame", "inc #2 call 1".
fn frame_words(frame: &FrameView) -> String {
    if frame.call_number.is_none() && frame.label == "Global frame" {
        "the global frame".into()
    } else {
        frame.label.clone()
    }
}

fn narrate_end(now: &Snapshot) -> String {
    if let Some(stop) = &now.stopped {
        return stop.message.clone();
    }
    let Some(e) = &now.exception else {
        return "The program finished.".into();
    };
    let what = if e.message.is_empty() {
        e.type_name.clone()
    } else {
        format!("{}: {}", e.type_name, e.message)
    };
    let raised_in = now
        .frames
        .iter()
        .find(|frame| Some(frame.id) == e.frame && now.post_mortem);
    match raised_in {
        Some(frame) => format!(
            "The program ended with an uncaught {what}, raised in {} on line {}.",
            frame_words(frame),
            e.line
        ),
        None => format!("The program ended with an uncaught {what}."),
    }
}

/// A changed cell first, then a new function, else the line about to run.
fn narrate_line(now: &Snapshot, before: Option<&Snapshot>, statement: &str) -> String {
    if let Some(before) = before {
        if let Some(change) = cell_change(now, before) {
            return change;
        }
        if let Some(definition) = new_function(now, before) {
            return definition;
        }
    }
    if statement.is_empty() {
        format!("Line {}.", now.line)
    } else {
        format!("Line {}: {}.", now.line, statement.trim_end_matches(':'))
    }
}

/// "count changed 1 → 2 through nonlocal in increment."
fn cell_change(now: &Snapshot, before: &Snapshot) -> Option<String> {
    let writer = before.frames.last()?;
    for (id, object) in &now.heap {
        let (HeapObject::Cell(new), Some(HeapObject::Cell(old))) = (object, before.heap.get(id))
        else {
            continue;
        };
        if new.contents == old.contents {
            continue;
        }
        let name = &new.owner.name;
        let new_text = new
            .contents
            .as_ref()
            .map_or("empty".into(), |v| describe_value(v, &now.heap));
        let old_text = old
            .contents
            .as_ref()
            .map_or("empty".into(), |v| describe_value(v, &before.heap));
        let through = match writer.cells.iter().find(|c| c.cell == *id) {
            Some(slot) if slot.kind == "free" => {
                format!(" through nonlocal in {}", frame_words(writer))
            }
            Some(_) => format!(" in {}", frame_words(writer)),
            None => String::new(),
        };
        return Some(format!("{name} changed {old_text} → {new_text}{through}."));
    }
    None
}

/// "Defined inc; its closure holds the cell for count."
fn new_function(now: &Snapshot, before: &Snapshot) -> Option<String> {
    let (_, function) = now.heap.iter().find_map(|(id, object)| match object {
        HeapObject::Function(f) if !before.heap.contains_key(id) => Some((id, f)),
        _ => None,
    })?;
    if function.closure.is_empty() {
        return Some(format!("Defined function {}.", function.label));
    }
    let names: Vec<&str> = function
        .closure
        .iter()
        .map(|slot| slot.name.as_str())
        .collect();
    let noun = if names.len() == 1 {
        "the cell"
    } else {
        "the cells"
    };
    Some(format!(
        "Defined {}; its closure holds {noun} for {}.",
        function.label,
        join_names(&names)
    ))
}

/// "a and b", "a, b and c".
pub(super) fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn function_name(id: u64, heap: &BTreeMap<u64, HeapObject>) -> String {
    match heap.get(&id) {
        Some(HeapObject::Function(f)) => f.label.clone(),
        _ => "a function".into(),
    }
}

fn value_text(value: &ValueView) -> String {
    super::params::short_text(value)
}

/// A value in words: its repr when it is inline, its kind when it is an object.
fn describe_value(value: &ValueView, heap: &BTreeMap<u64, HeapObject>) -> String {
    let ValueView::Ref { id } = value else {
        return value_text(value);
    };
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
        Some(HeapObject::Other { repr, .. }) => repr.clone(),
        _ => "an object".into(),
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
