//! The snapshot: everything the page needs to draw one step, and the only type that
//! crosses into JavaScript. Every semantic fact (who holds a cell, which frame made it,
//! what changed) is computed in Rust so the drawing never has to decide.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;

/// One step of the run, drawable with no knowledge of its neighbours.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Snapshot {
    pub step: usize,
    /// `call`, `line`, `return`, `exception` (as `sys.settrace` names them) or `end`.
    pub event: &'static str,
    pub line: u32,
    pub prev_line: Option<u32>,
    /// Bytes of the current statement in the source; empty when `file` is set.
    pub span: ByteSpan,
    /// The file the current frame's code comes from when it is not the program in the
    /// editor: `<string>` for code that exec or eval compiled. `line` is then a line of
    /// that code, not of the editor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The global frame first, the current frame last.
    pub frames: Vec<FrameView>,
    /// Only the objects reachable from the frames and their cells, by stable id.
    #[serde(serialize_with = "ids_as_strings")]
    pub heap: BTreeMap<u64, HeapObject>,
    /// Everything the program printed up to this step.
    pub stdout: String,
    pub stderr: String,
    pub narration: String,
    /// Ids of objects created or modified by this step.
    pub changed: Vec<u64>,
    /// The name reads, writes and deletes the step performed, in order.
    pub accesses: Vec<super::accesses::AccessView>,
    /// The rows, slots, cells and objects those accesses went through, to emphasise.
    #[serde(skip_serializing_if = "super::emphasis::Emphasis::is_empty")]
    pub emphasis: super::emphasis::Emphasis,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exception: Option<RaisedView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stopped: Option<StopView>,
    /// On the `end` step after an uncaught exception: the frames are the traceback's,
    /// as they stood when it was raised.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub post_mortem: bool,
    /// On the step right after frames that had cell variables returned or were
    /// unwound: what of each lives on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub returned_frames: Option<Vec<ReturnedFrame>>,
    /// Frames of a deep stack left out of `frames`, between two that are drawn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub omitted_frames: Option<OmittedFrames>,
}

/// `count` frames left out between the frame `after` and the frame `before` (ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct OmittedFrames {
    pub count: usize,
    pub after: u64,
    pub before: u64,
}

/// A frame with cell variables that has just gone: its cells that live on (held by a
/// closure or by anything else) and the plain locals that died with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReturnedFrame {
    pub frame: u64,
    pub label: String,
    /// The function's name, as `FrameView.function`.
    pub function: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function_id: Option<u64>,
    /// Ids of its cells still in the heap.
    pub cells_kept: Vec<u64>,
    /// Names of its cells nothing holds any more.
    pub cells_freed: Vec<String>,
    /// Names of its plain locals.
    pub locals_dropped: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ByteSpan {
    pub start: u32,
    pub end: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FrameView {
    /// Stable for the frame's whole life: 0 for the module, then one per call, in order.
    pub id: u64,
    pub function: String,
    pub qualname: String,
    /// "Global frame", or "{function label} call {n}": `inc call 2`.
    pub label: String,
    /// Which call of its function object this frame is, 1-based; absent for the module.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_number: Option<u32>,
    /// Heap id of the function object the frame runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function_id: Option<u64>,
    pub line: u32,
    /// As the snapshot's `file`: set when the frame runs code from another file than
    /// the editor's (`<string>`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    pub is_current: bool,
    pub state: &'static str,
    /// A class body's frame: its names become the class's attributes when it returns.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub class_body: bool,
    /// A generator's frame: the heap id of its generator object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generator: Option<u64>,
    /// Plain locals in the order they were first bound; cell and free variables are
    /// in `cells` instead.
    pub locals: Vec<Binding>,
    /// The frame's `co_cellvars` then `co_freevars`.
    pub cells: Vec<CellSlot>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_value: Option<ValueView>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Binding {
    pub name: String,
    pub value: ValueView,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CellSlot {
    pub name: String,
    pub cell: u64,
    /// `cell` for the frame's own `co_cellvars`, `free` for `co_freevars`.
    pub kind: &'static str,
}

/// A value as drawn: primitives inline, everything else a reference into `heap`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum ValueView {
    Int {
        repr: String,
    },
    Float {
        repr: String,
    },
    Str {
        repr: String,
        /// Only for a str cut short: its length in characters, how many the repr
        /// leaves out, and its heap id for `expand`.
        #[serde(skip_serializing_if = "Option::is_none")]
        length: Option<usize>,
        #[serde(skip_serializing_if = "Option::is_none")]
        omitted: Option<usize>,
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<u64>,
    },
    Bool {
        repr: String,
    },
    None {
        repr: String,
    },
    Ref {
        id: u64,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum HeapObject {
    Function(FunctionView),
    Cell(CellView),
    List(ItemsView),
    Tuple(ItemsView),
    Set(ItemsView),
    Dict(EntriesView),
    Class {
        name: String,
        attrs: Vec<Binding>,
        /// Attributes left out, when there are more than a snapshot shows.
        #[serde(skip_serializing_if = "Option::is_none")]
        omitted: Option<usize>,
    },
    Instance {
        class: u64,
        class_name: String,
        attrs: Vec<Binding>,
        #[serde(skip_serializing_if = "Option::is_none")]
        omitted: Option<usize>,
    },
    Other {
        #[serde(rename = "type")]
        type_name: String,
        repr: String,
    },
    /// A generator: drawn as any other object (kind `other`, type `generator`), with
    /// the frame it runs and that frame's state.
    #[serde(rename = "other")]
    Generator(GeneratorView),
}

/// A generator object's own frame: `frame` its id (the same while it runs and while
/// it waits) and `label` its label, both absent once the body finished; `state` is
/// `created`, `suspended`, `running` or `finished`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GeneratorView {
    /// "generator" for all three kinds, which the diagram draws alike.
    #[serde(rename = "type")]
    pub type_name: String,
    /// Which kind it is: "generator", "coroutine" or "async_generator" (its type's
    /// name), for the words and the text dump that tell them apart. Left out of the
    /// JSON, whose `kind` is the object kind (`other`) and whose diagram draws all
    /// three alike.
    #[serde(skip)]
    pub kind: &'static str,
    pub repr: String,
    pub state: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// The first items of a list, tuple or set: `length` is the true count, `omitted`
/// how many are left out (absent when none are).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItemsView {
    pub items: Vec<ValueView>,
    pub length: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub omitted: Option<usize>,
}

/// The first entries of a dict, counted as [`ItemsView`] counts items.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntriesView {
    pub entries: Vec<(ValueView, ValueView)>,
    pub length: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub omitted: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FunctionView {
    pub name: String,
    pub qualname: String,
    /// How every text names this function object: `name`, or `name #k` when its
    /// definition can make several.
    pub label: String,
    /// As written: `n`, `*args`, `k=1`, `**kw`.
    pub params: Vec<String>,
    pub defaults: Vec<ValueView>,
    /// `__closure__`, one entry per `co_freevars` name.
    pub closure: Vec<ClosureSlot>,
    pub line: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClosureSlot {
    pub name: String,
    pub cell: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CellView {
    /// `null` while the cell is empty (the variable is not bound yet, or was deleted).
    pub contents: Option<ValueView>,
    pub owner: OwnerView,
    /// Whether the frame that created the cell has returned.
    pub owner_returned: bool,
    /// Ids of the function objects whose `__closure__` holds this cell.
    pub held_by: Vec<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CellOwner {
    pub frame: u64,
    pub function: String,
    pub name: String,
}

/// The frame, function and variable that made a cell, and the frame's label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OwnerView {
    pub frame: u64,
    pub function: String,
    pub name: String,
    /// The owner frame's label: `counter call 1`.
    pub label: String,
}

/// The exception a step reports: `line` is where it was raised (CPython's innermost
/// traceback line on the `end` step), `frame` the frame it was raised in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RaisedView {
    #[serde(rename = "type")]
    pub type_name: String,
    pub message: String,
    pub line: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame: Option<u64>,
    /// The qualname of the function whose code raised it (the traceback's innermost
    /// entry), which is the code an explanation is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raised_in: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ExceptionView {
    #[serde(rename = "type")]
    pub type_name: String,
    pub message: String,
    pub line: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StopView {
    /// `steps`, `heap`, `output`, `int_size` or `stopped` (the user pressed Stop).
    pub reason: String,
    pub message: String,
}

/// Object keys are strings in JSON and JavaScript; the ids are written as such, so
/// every serializer (serde_json, serde-wasm-bindgen) gives the same plain object.
pub(super) fn ids_as_strings<S: Serializer>(
    heap: &BTreeMap<u64, HeapObject>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(heap.len()))?;
    for (id, object) in heap {
        map.serialize_entry(&id.to_string(), object)?;
    }
    map.end()
}
