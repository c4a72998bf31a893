//! A readable text dump of a snapshot: the machine's state, step by step, for the
//! `cellscope trace` command and the golden tests.

use super::params::short_text;
use super::snapshot::{
    Binding, CellView, FrameView, FunctionView, HeapObject, ItemsView, ReturnedFrame, Snapshot,
    ValueView,
};
use std::fmt::Write;

/// The dump of one step. `new_output` is the text printed during this step alone.
pub fn dump_snapshot(snapshot: &Snapshot, new_output: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "step {} {} line {}{}",
        snapshot.step,
        snapshot.event,
        snapshot.line,
        of_file(snapshot.file.as_deref())
    );
    let _ = writeln!(out, "  narration: {}", snapshot.narration);
    for frame in &snapshot.frames {
        dump_frame(&mut out, frame);
    }
    for (id, object) in &snapshot.heap {
        let _ = writeln!(out, "  #{id} {}", object_text(object));
    }
    if !snapshot.changed.is_empty() {
        let ids: Vec<String> = snapshot.changed.iter().map(|id| format!("#{id}")).collect();
        let _ = writeln!(out, "  changed: {}", ids.join(" "));
    }
    if !new_output.is_empty() {
        let _ = writeln!(out, "  stdout: {new_output:?}");
    }
    for gone in snapshot.returned_frames.iter().flatten() {
        dump_returned(&mut out, gone);
    }
    if let Some(e) = &snapshot.exception {
        let frame = e.frame.map_or(String::new(), |id| format!(", frame {id}"));
        let post_mortem = if snapshot.post_mortem {
            " post-mortem"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  exception{post_mortem}: {}: {} (line {}{frame})",
            e.type_name, e.message, e.line
        );
    }
    if let Some(stop) = &snapshot.stopped {
        let _ = writeln!(out, "  stopped ({}): {}", stop.reason, stop.message);
    }
    if !snapshot.stderr.is_empty() {
        for line in snapshot.stderr.lines() {
            let _ = writeln!(out, "  stderr| {line}");
        }
    }
    out
}

/// The step's name accesses, one a line: `read i: free cell #351 of #355 = 2`. Kept
/// apart from [`dump_snapshot`] so that the step dumps compare the state alone.
pub fn dump_accesses(snapshot: &Snapshot) -> String {
    let mut out = String::new();
    for access in &snapshot.accesses {
        let _ = writeln!(out, "  {}", super::accesses::access_text(access));
    }
    out
}

/// " of <string>" after a line of code that is not the program's.
fn of_file(file: Option<&str>) -> String {
    file.map(|file| format!(" of {file}")).unwrap_or_default()
}

fn dump_frame(out: &mut String, frame: &FrameView) {
    let marker = if frame.is_current { " <- current" } else { "" };
    let state = if frame.state == "running" {
        String::new()
    } else {
        format!(" ({})", frame.state)
    };
    let _ = writeln!(
        out,
        "  frame {} {} ({}) line {}{}{state}{marker}",
        frame.id,
        frame.label,
        frame.qualname,
        frame.line,
        of_file(frame.file.as_deref())
    );
    for binding in &frame.locals {
        let _ = writeln!(out, "    {} = {}", binding.name, value_text(&binding.value));
    }
    for slot in &frame.cells {
        let _ = writeln!(out, "    {} {} -> #{}", slot.kind, slot.name, slot.cell);
    }
    if let Some(value) = &frame.return_value {
        let _ = writeln!(out, "    return {}", value_text(value));
    }
}

/// "returned frame 1 counter call 1: cells kept [#330], freed [], locals dropped [step]"
fn dump_returned(out: &mut String, gone: &ReturnedFrame) {
    let kept: Vec<String> = gone.cells_kept.iter().map(|id| format!("#{id}")).collect();
    let _ = writeln!(
        out,
        "  returned frame {} {}: cells kept [{}], freed [{}], locals dropped [{}]",
        gone.frame,
        gone.label,
        kept.join(", "),
        gone.cells_freed.join(", "),
        gone.locals_dropped.join(", ")
    );
}

pub(super) fn value_text(value: &ValueView) -> String {
    match value {
        ValueView::Ref { id } => format!("#{id}"),
        ValueView::Str {
            repr,
            length: Some(length),
            omitted: Some(omitted),
            ..
        } => format!("{repr}… ({omitted} more of {length} characters)"),
        other => short_text(other),
    }
}

fn values_text(values: &[ValueView]) -> String {
    values.iter().map(value_text).collect::<Vec<_>>().join(", ")
}

/// The items shown, then how many were left out.
fn items_text(view: &ItemsView) -> String {
    let mut text = values_text(&view.items);
    if let Some(n) = view.omitted {
        let separator = if view.items.is_empty() { "" } else { ", " };
        text.push_str(&format!("{separator}… {n} more of {}", view.length));
    }
    text
}

/// The attributes shown, then how many were left out.
fn attributes_text(attrs: &[Binding], omitted: Option<usize>) -> String {
    let mut text = bindings_text(attrs);
    if let Some(n) = omitted {
        let separator = if attrs.is_empty() { "" } else { ", " };
        text.push_str(&format!("{separator}… {n} more"));
    }
    text
}

fn bindings_text(bindings: &[Binding]) -> String {
    let pairs: Vec<String> = bindings
        .iter()
        .map(|b| format!("{}: {}", b.name, value_text(&b.value)))
        .collect();
    pairs.join(", ")
}

fn object_text(object: &HeapObject) -> String {
    match object {
        HeapObject::Function(function) => function_text(function),
        HeapObject::Cell(cell) => cell_text(cell),
        HeapObject::List(view) => format!("list [{}]", items_text(view)),
        HeapObject::Tuple(view) => format!("tuple ({})", items_text(view)),
        HeapObject::Set(view) => format!("set {{{}}}", items_text(view)),
        HeapObject::Dict(view) => {
            let mut pairs: Vec<String> = view
                .entries
                .iter()
                .map(|(k, v)| format!("{}: {}", value_text(k), value_text(v)))
                .collect();
            pairs.extend(
                view.omitted
                    .map(|n| format!("… {n} more of {}", view.length)),
            );
            format!("dict {{{}}}", pairs.join(", "))
        }
        HeapObject::Class {
            name,
            attrs,
            omitted,
        } => format!("class {name} {{{}}}", attributes_text(attrs, *omitted)),
        HeapObject::Instance {
            class,
            class_name,
            attrs,
            omitted,
        } => format!(
            "instance of {class_name} #{class} {{{}}}",
            attributes_text(attrs, *omitted)
        ),
        HeapObject::Other { type_name, repr } => format!("{type_name} {repr}"),
        HeapObject::Generator(g) => {
            let frame = g.label.as_deref().map(|label| format!(" frame {label}"));
            format!(
                "{} {} {}{}",
                g.kind,
                g.repr,
                g.state,
                frame.unwrap_or_default()
            )
        }
    }
}

fn function_text(f: &FunctionView) -> String {
    let closure: Vec<String> = f
        .closure
        .iter()
        .map(|slot| format!("{} -> #{}", slot.name, slot.cell))
        .collect();
    format!(
        "function {} = {}({}) line {} closure [{}]",
        f.label,
        f.qualname,
        f.params.join(", "),
        f.line,
        closure.join(", ")
    )
}

fn cell_text(cell: &CellView) -> String {
    let contents = cell
        .contents
        .as_ref()
        .map_or("<empty>".to_string(), value_text);
    let state = if cell.owner_returned {
        "returned"
    } else {
        "live"
    };
    let holders: Vec<String> = cell.held_by.iter().map(|id| format!("#{id}")).collect();
    let owner = &cell.owner;
    format!(
        "cell {contents} owner {}.{} in frame {} ({state}) held by [{}]",
        owner.label,
        owner.name,
        owner.frame,
        holders.join(", ")
    )
}
