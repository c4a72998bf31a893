//! What the diagram emphasises for a step: the path every lookup of the step took,
//! frame slot → closure slot → cell → value, among the boxes the snapshot draws. When
//! the path goes through a cell the page dims the rest until the next step; it only
//! looks these up.

use super::accesses::{AccessView, Resolution};
use super::snapshot::{HeapObject, Snapshot, ValueView};
use serde::Serialize;

/// A frame's variable row (a local, a cell or free variable, or a global of frame 0).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VariableRow {
    pub frame: u64,
    pub name: String,
}

/// A function's `__closure__` slot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClosureSlot {
    pub function: u64,
    pub name: String,
}

/// An attribute row of a class or instance box.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AttributeRow {
    pub object: u64,
    pub name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Emphasis {
    pub variables: Vec<VariableRow>,
    pub slots: Vec<ClosureSlot>,
    pub cells: Vec<u64>,
    /// Attributes read or written: the instance's own, or the class's that the read found.
    pub attributes: Vec<AttributeRow>,
    /// Objects read or written, and objects whose attribute was written.
    pub objects: Vec<u64>,
    /// Whether the page dims everything off the path. Only a step that went through a cell
    /// does: that path (row or closure slot → the shared cell) is the one a reader must
    /// follow, while dimming at every plain local or global access would fade the cells,
    /// the subject of the picture, at most steps.
    pub dims_rest: bool,
}

impl Emphasis {
    pub fn is_empty(&self) -> bool {
        self.variables.is_empty()
            && self.slots.is_empty()
            && self.cells.is_empty()
            && self.attributes.is_empty()
            && self.objects.is_empty()
    }
}

/// The emphasis of `snapshot`'s accesses, keeping only what it draws.
pub fn emphasis_of(snapshot: &Snapshot) -> Emphasis {
    let mut emphasis = Emphasis::default();
    for access in &snapshot.accesses {
        add_access(&mut emphasis, snapshot, access);
    }
    emphasis.dims_rest = !emphasis.cells.is_empty();
    emphasis
}

fn add_access(emphasis: &mut Emphasis, snapshot: &Snapshot, access: &AccessView) {
    let row_frame = match access.via {
        Resolution::Global => Some(0),
        Resolution::Builtin | Resolution::Attribute => None,
        _ => Some(access.frame),
    };
    if let Some(frame) = row_frame.filter(|&f| draws_variable(snapshot, f, &access.name)) {
        push_new(
            &mut emphasis.variables,
            VariableRow {
                frame,
                name: access.name.clone(),
            },
        );
    }
    if let Some(function) = access.function.filter(|f| snapshot.heap.contains_key(f)) {
        push_new(
            &mut emphasis.slots,
            ClosureSlot {
                function,
                name: access.name.clone(),
            },
        );
    }
    if let Some(cell) = access.cell.filter(|c| snapshot.heap.contains_key(c)) {
        push_new(&mut emphasis.cells, cell);
    }
    if let Some(object) = access
        .object
        .filter(|&o| draws_attribute(snapshot, o, &access.name))
    {
        push_new(
            &mut emphasis.attributes,
            AttributeRow {
                object,
                name: access.name.clone(),
            },
        );
    }
    let value = match &access.value {
        Some(ValueView::Ref { id }) => Some(*id),
        _ => None,
    };
    for id in [value, access.object].into_iter().flatten() {
        if matches!(snapshot.heap.get(&id), Some(object) if !matches!(object, HeapObject::Cell(_)))
        {
            push_new(&mut emphasis.objects, id);
        }
    }
}

/// Whether frame `frame` is drawn with a row named `name`.
fn draws_variable(snapshot: &Snapshot, frame: u64, name: &str) -> bool {
    snapshot
        .frames
        .iter()
        .filter(|f| f.id == frame)
        .any(|f| f.locals.iter().any(|b| b.name == name) || f.cells.iter().any(|c| c.name == name))
}

/// Whether object `object` is drawn with an attribute row named `name`.
fn draws_attribute(snapshot: &Snapshot, object: u64, name: &str) -> bool {
    match snapshot.heap.get(&object) {
        Some(HeapObject::Class { attrs, .. } | HeapObject::Instance { attrs, .. }) => {
            attrs.iter().any(|b| b.name == name)
        }
        _ => false,
    }
}

fn push_new<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}
