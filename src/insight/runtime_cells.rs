//! Closure pitfalls seen in snapshots. Late binding: several functions made by the
//! same `def` or `lambda` hold one cell, so they all see whatever it holds now
//! (built from a snapshot's cells, `contents` and `held_by`, and its functions'
//! `name` and `line`). Reassignment after capture: the captured cell's value before
//! and after, from two snapshots.

use super::diagnostic::{Code, Diagnostic, Severity};
use super::wording::counted;
use crate::session::snapshot::{HeapObject, Snapshot, ValueView};
use crate::syntax::{LineIndex, Span};
use serde::Serialize;
use std::collections::BTreeMap;

/// A cell as the check needs it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CellView {
    pub cell_id: u64,
    /// The variable the cell belongs to.
    pub name: String,
    /// `None` while the cell is empty.
    pub contents_repr: Option<String>,
    pub held_by: Vec<CellHolder>,
}

/// A function object whose `__closure__` holds the cell.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CellHolder {
    pub function_id: u64,
    pub function_name: String,
    /// The function object's label, which the diagram shows: `<lambda> #2`.
    pub label: String,
    /// The line of the `def` or `lambda` that made the function.
    pub line: u32,
    /// The `def` or `lambda` itself, when the caller knows it.
    pub span: Option<Span>,
}

/// One diagnostic per cell that several functions from the same definition share.
pub fn late_binding_at_runtime(cells: &[CellView]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for cell in cells {
        let mut by_definition: BTreeMap<(u32, &str), Vec<&CellHolder>> = BTreeMap::new();
        for holder in &cell.held_by {
            let key = (holder.line, holder.function_name.as_str());
            by_definition.entry(key).or_default().push(holder);
        }
        for holders in by_definition.values().filter(|holders| holders.len() > 1) {
            found.push(diagnose(cell, holders));
        }
    }
    found
}

fn diagnose(cell: &CellView, holders: &[&CellHolder]) -> Diagnostic {
    let name = &cell.name;
    let first = holders.first();
    let line = first.map_or(0, |holder| holder.line);
    let span = first.and_then(|holder| holder.span).unwrap_or_default();
    let fix = format!(
        "Give the function a parameter `{name}={name}`, so each one keeps its own value, or make each one in a factory function that takes `{name}` as a parameter."
    );
    let mut diagnostic = Diagnostic::at_line(Code::LateBinding, Severity::Warning, span, line)
        .titled(
            format!(
                "{} share one cell `{name}`",
                counted(holders.len(), "function")
            ),
            shared_cell_message(cell, holders),
        )
        .with_fix(fix, Vec::new())
        .about(name);
    for holder in holders {
        if let Some(span) = holder.span {
            let label = format!("{} holds this cell", holder.label);
            diagnostic = diagnostic.with_related(span, label);
        }
    }
    diagnostic
}

/// "These 3 functions share one cell `i`, which now holds 2. …"
fn shared_cell_message(cell: &CellView, holders: &[&CellHolder]) -> String {
    let name = &cell.name;
    let contents = cell.contents_repr.as_deref().unwrap_or("nothing yet");
    let first = holders.first();
    let line = first.map_or(0, |holder| holder.line);
    let what = match first.map(|holder| holder.function_name.as_str()) {
        Some("<lambda>") | None => "lambda".to_string(),
        Some(function) => format!("`def {function}`"),
    };
    format!(
        "These {} share one cell `{name}`, which now holds {contents}. They were all made by the {what} on line {line}, and each one reads the cell when it is called, so none of them kept the value `{name}` had when it was made.",
        counted(holders.len(), "function"),
    )
}

/// The cells of a snapshot, with the functions that hold them.
pub fn cells_from_snapshot(snapshot: &Snapshot) -> Vec<CellView> {
    snapshot
        .heap
        .iter()
        .filter_map(|(id, object)| match object {
            HeapObject::Cell(cell) => Some(CellView {
                cell_id: *id,
                name: cell.owner.name.clone(),
                contents_repr: cell
                    .contents
                    .as_ref()
                    .map(|value| value_text(snapshot, value)),
                held_by: cell
                    .held_by
                    .iter()
                    .filter_map(|f| holder(snapshot, *f))
                    .collect(),
            }),
            _ => None,
        })
        .collect()
}

fn holder(snapshot: &Snapshot, function_id: u64) -> Option<CellHolder> {
    match snapshot.heap.get(&function_id)? {
        HeapObject::Function(function) => Some(CellHolder {
            function_id,
            function_name: function.name.clone(),
            label: function.label.clone(),
            line: function.line,
            span: None,
        }),
        _ => None,
    }
}

/// A value as a sentence shows it: a primitive's repr, or what kind of object a
/// reference points to.
fn value_text(snapshot: &Snapshot, value: &ValueView) -> String {
    match value {
        ValueView::Int { repr }
        | ValueView::Float { repr }
        | ValueView::Str { repr, .. }
        | ValueView::Bool { repr }
        | ValueView::None { repr } => repr.clone(),
        ValueView::Ref { id } => match snapshot.heap.get(id) {
            Some(HeapObject::Function(function)) => format!("the function `{}`", function.label),
            Some(HeapObject::List { .. }) => "a list".to_string(),
            Some(HeapObject::Tuple { .. }) => "a tuple".to_string(),
            Some(HeapObject::Set { .. }) => "a set".to_string(),
            Some(HeapObject::Dict { .. }) => "a dict".to_string(),
            Some(HeapObject::Class { name, .. }) => format!("the class `{name}`"),
            Some(HeapObject::Instance { class_name, .. }) => format!("a `{class_name}` object"),
            Some(HeapObject::Other { repr, .. }) => repr.clone(),
            Some(HeapObject::Generator(generator)) => generator.repr.clone(),
            Some(HeapObject::Cell(_)) | None => "an object".to_string(),
        },
    }
}

/// Completes a reassigned-after-capture hint with the values of the captured cell:
/// `before` is a snapshot taken before the reassignment ran (the `line` event of the
/// reassignment's line is one), `now` any later one. The cell is the one named like
/// the hint's variable and held by a function made on the closure's line. `None`
/// when the snapshots do not show that cell.
pub fn reassigned_values(
    diagnostic: &Diagnostic,
    source: &str,
    before: &Snapshot,
    now: &Snapshot,
) -> Option<Diagnostic> {
    let name = diagnostic.names.first()?;
    let creation = diagnostic.related.first()?.span;
    let creation_line = LineIndex::new(source).line_of(creation.start as usize);
    let (cell_id, cell_now) = now.heap.iter().find_map(|(id, object)| match object {
        HeapObject::Cell(cell)
            if cell.owner.name == *name
                && cell
                    .held_by
                    .iter()
                    .any(|f| made_on_line(now, *f, creation_line)) =>
        {
            Some((*id, cell))
        }
        _ => None,
    })?;
    let Some(HeapObject::Cell(cell_before)) = before.heap.get(&cell_id) else {
        return None;
    };
    let text = |snapshot: &Snapshot, contents: &Option<ValueView>| match contents {
        Some(value) => value_text(snapshot, value),
        None => "nothing".to_string(),
    };
    Some(super::reassigned_after_capture::with_values(
        diagnostic,
        &text(before, &cell_before.contents),
        &text(now, &cell_now.contents),
    ))
}

fn made_on_line(snapshot: &Snapshot, function_id: u64, line: u32) -> bool {
    matches!(
        snapshot.heap.get(&function_id),
        Some(HeapObject::Function(function)) if function.line == line
    )
}
