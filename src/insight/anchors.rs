//! Where on the diagram a run-time finding belongs: the frame, function object or cell
//! whose code or contents it explains. An explanation of an exception belongs to the
//! frame that raised it (or, once that frame is gone, to the function object its code
//! made), never to whichever frame happens to be current.

use crate::session::snapshot::{FrameView, HeapObject, Snapshot};
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Anchor {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<u64>,
}

impl Anchor {
    pub fn cell(cell: u64) -> Anchor {
        Anchor {
            cell: Some(cell),
            ..Anchor::default()
        }
    }

    pub fn function(function: u64) -> Anchor {
        Anchor {
            function: Some(function),
            ..Anchor::default()
        }
    }
}

/// The qualname of the code the step's exception was raised in: the traceback's
/// innermost entry, else the current frame's.
pub fn raising_scope(snapshot: &Snapshot) -> Option<&str> {
    let exception = snapshot.exception.as_ref()?;
    exception
        .raised_in
        .as_deref()
        .or_else(|| current_frame(snapshot).map(|frame| frame.qualname.as_str()))
}

/// The frame that raised the step's exception while it is drawn, else the one
/// function object drawn that was made from the code that raised it.
pub fn exception_anchor(snapshot: &Snapshot) -> Option<Anchor> {
    let exception = snapshot.exception.as_ref()?;
    let scope = raising_scope(snapshot)?;
    let raiser = snapshot
        .frames
        .iter()
        .rev()
        .find(|frame| Some(frame.id) == exception.frame && frame.qualname == scope);
    if let Some(frame) = raiser {
        return Some(Anchor {
            frame: Some(frame.id),
            function: frame.function_id,
            cell: None,
        });
    }
    let mut made_there = snapshot.heap.iter().filter_map(|(id, object)| match object {
        HeapObject::Function(function) if function.qualname == scope => Some(*id),
        _ => None,
    });
    match (made_there.next(), made_there.next()) {
        (Some(only), None) => Some(Anchor::function(only)),
        _ => None,
    }
}

fn current_frame(snapshot: &Snapshot) -> Option<&FrameView> {
    snapshot.frames.iter().find(|frame| frame.is_current)
}
