//! The scope table of one frame or function object at one step. The rows are the
//! scope analysis's (where each name lives and why); what exists at the step is named
//! as the diagram names it: the frame `counter call 1`, the function `inc #1`, and for
//! each cell or free name the cell it holds now, where that cell came from and which
//! closures hold it.

use super::scope_table::{scope_table, ScopeRow};
use crate::scope::{ScopeId, SymbolTable};
use crate::session::narration::{describe_value, join_names};
use crate::session::snapshot::{CellView, HeapObject, Snapshot};
use crate::syntax::LineIndex;
use serde::Serialize;

/// What the table is of: a frame (by frame id) or a function object (by heap id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeSubject {
    Frame(u64),
    Function(u64),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScopeAt {
    /// The scope's qualname, as the static table names it.
    pub scope: String,
    /// The frame's or function's label: `counter call 1`, `inc #1`.
    pub label: String,
    pub rows: Vec<ScopeRowAt>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScopeRowAt {
    pub name: String,
    /// `local`, `cell`, `free`, `global` or `builtin`, as in the static table.
    pub scope: &'static str,
    pub reason: String,
    /// The cell this cell or free name holds at this step, when it is drawn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<u64>,
    /// That cell as the diagram names it: "cell count, from counter call 1, held by
    /// inc #1 and dec #1".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holds: Option<String>,
}

/// The table of `subject` at the step `snapshot` shows; `None` when the subject is
/// not drawn at that step or its scope is not in `table`.
pub fn scope_at(
    source: &str,
    table: &SymbolTable,
    snapshot: &Snapshot,
    subject: ScopeSubject,
) -> Option<ScopeAt> {
    let (qualname, line, label, cells) = subject_facts(snapshot, subject)?;
    let scope = find_scope(source, table, &qualname, line)?;
    let rows = scope_table(source, table, scope)
        .into_iter()
        .map(|row| {
            let ScopeRow {
                name,
                scope,
                reason,
            } = row;
            let cell = cells
                .iter()
                .find(|(cell_name, _)| *cell_name == name)
                .map(|(_, id)| *id);
            let holds = cell.and_then(|id| match snapshot.heap.get(&id) {
                Some(HeapObject::Cell(view)) => Some(cell_text(view, snapshot)),
                _ => None,
            });
            ScopeRowAt {
                name,
                scope,
                reason,
                cell,
                holds,
            }
        })
        .collect();
    Some(ScopeAt {
        scope: qualname,
        label,
        rows,
    })
}

type Facts = (String, Option<u32>, String, Vec<(String, u64)>);

/// The subject's qualname, the line of its definition when known, its label and its
/// cells by name.
fn subject_facts(snapshot: &Snapshot, subject: ScopeSubject) -> Option<Facts> {
    match subject {
        ScopeSubject::Frame(id) => {
            let frame = snapshot.frames.iter().find(|frame| frame.id == id)?;
            let line = frame.function_id.and_then(|f| match snapshot.heap.get(&f) {
                Some(HeapObject::Function(function)) => Some(function.line),
                _ => None,
            });
            let cells = frame
                .cells
                .iter()
                .map(|s| (s.name.clone(), s.cell))
                .collect();
            Some((frame.qualname.clone(), line, frame.label.clone(), cells))
        }
        ScopeSubject::Function(id) => {
            let Some(HeapObject::Function(function)) = snapshot.heap.get(&id) else {
                return None;
            };
            let cells = function
                .closure
                .iter()
                .map(|s| (s.name.clone(), s.cell))
                .collect();
            let facts = (
                function.qualname.clone(),
                Some(function.line),
                function.label.clone(),
                cells,
            );
            Some(facts)
        }
    }
}

/// The scope of `qualname` whose definition starts on `line` (lambdas of one scope
/// share a qualname), else the first of that qualname.
fn find_scope(
    source: &str,
    table: &SymbolTable,
    qualname: &str,
    line: Option<u32>,
) -> Option<ScopeId> {
    let lines = LineIndex::new(source);
    let named = || {
        table
            .scopes
            .iter()
            .enumerate()
            .filter(|(_, scope)| scope.qualname == qualname)
    };
    let starts_on =
        |scope: &crate::scope::Scope| Some(lines.line_of(scope.span.start as usize)) == line;
    let found = named()
        .find(|(_, scope)| starts_on(scope))
        .or_else(|| named().next());
    found.map(|(index, _)| ScopeId(index as u32))
}

/// "cell count, from counter call 1, holding 2, held by inc #1 and dec #1": the
/// cell as the diagram's cell box names it.
fn cell_text(cell: &CellView, snapshot: &Snapshot) -> String {
    let origin = if cell.owner.label == "Global frame" {
        "the module"
    } else {
        cell.owner.label.as_str()
    };
    let preposition = if cell.owner_returned { "from" } else { "in" };
    let contents = match &cell.contents {
        Some(value) => format!("holding {}", describe_value(value, &snapshot.heap)),
        None => "empty".to_string(),
    };
    let holders: Vec<&str> = cell
        .held_by
        .iter()
        .filter_map(|id| match snapshot.heap.get(id) {
            Some(HeapObject::Function(function)) => Some(function.label.as_str()),
            _ => None,
        })
        .collect();
    let held = if holders.is_empty() {
        "held by no closure yet".to_string()
    } else {
        format!("held by {}", join_names(&holders))
    };
    format!(
        "cell {}, {preposition} {origin}, {contents}, {held}",
        cell.owner.name
    )
}
