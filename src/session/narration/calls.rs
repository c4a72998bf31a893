//! The step a frame starts with: "Called counter(): new frame counter call 1; count
//! lives in a cell because inc captures it." A class body and a comprehension are not
//! called by the program, so they are said to start.

use super::words::{describe_value, join_names};
use crate::session::snapshot::{FrameView, HeapObject};
use std::collections::BTreeMap;

use super::CellReasons;

/// "Called counter(): new frame counter call 1; count lives in a cell because
/// inc captures it." A class body and a comprehension are not called by the program,
/// so they are said to start.
pub fn narrate_call(
    frame: &FrameView,
    heap: &BTreeMap<u64, HeapObject>,
    reasons: &CellReasons,
) -> String {
    let mut sentence = match comprehension_kind(frame) {
        _ if frame.class_body => format!(
            "Started the body of class {}: new frame {}",
            frame.function, frame.label
        ),
        // Module code from exec or eval is run, not called.
        _ if frame.function == "<module>" => {
            format!(
                "Started the code given to exec or eval: new frame {}",
                frame.label
            )
        }
        Some(kind) => format!(
            "Started the {kind} on line {}: new frame {}",
            frame.line, frame.label
        ),
        None => format!(
            "Called {}({}): new frame {}",
            frame.function,
            call_arguments(frame, heap).join(", "),
            frame.label
        ),
    };
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

/// "list comprehension" for a `<listcomp>` frame, and so on; `None` for a function.
pub fn comprehension_kind(frame: &FrameView) -> Option<&'static str> {
    match frame.function.as_str() {
        "<listcomp>" => Some("list comprehension"),
        "<setcomp>" => Some("set comprehension"),
        "<dictcomp>" => Some("dict comprehension"),
        "<genexpr>" => Some("generator expression"),
        _ => None,
    }
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
