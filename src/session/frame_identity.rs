//! Who a frame is, kept beside its stable id for as long as the stepper tracks it: an
//! exception can take a frame off the stack, and a generator's `yield` can move its
//! frame into the generator object, before the event that reports it is drawn. The
//! picture still names that frame as it named it a moment before (`f call 1`).

use super::labels::{frame_label, DefinitionSites};
use crate::runtime::heap::Heap;
use crate::runtime::object::Object;
use crate::runtime::vm::Frame;

/// The function object a frame runs and which call of it the frame is.
#[derive(Clone, Debug, Default)]
pub struct FrameIdentity {
    /// The function object's stable id, when the frame runs one (not the module's
    /// code or a class body).
    pub function_id: Option<u64>,
    /// The function's code and which object of its definition it is, from which
    /// its label is made.
    definition: Option<(std::rc::Rc<crate::runtime::code::CodeObject>, u32)>,
    pub call_number: u32,
}

impl FrameIdentity {
    pub fn of(frame: &Frame, heap: &Heap) -> FrameIdentity {
        let function = frame.function.and_then(|r| match heap.get(r) {
            Object::Function(f) => Some((heap.id(r), f.code.clone(), f.definition)),
            _ => None,
        });
        match function {
            Some((id, code, definition)) => FrameIdentity {
                function_id: Some(id),
                definition: Some((code, definition)),
                call_number: frame.call_number,
            },
            None => FrameIdentity::default(),
        }
    }

    /// The qualname of the function's code: `outer.<locals>.f`.
    pub fn qualname(&self) -> Option<String> {
        let (code, _) = self.definition.as_ref()?;
        Some(code.qualname.to_string())
    }

    /// `f call 1`, as the frame was labelled while on the stack; `None` for a frame
    /// that runs no function object.
    pub fn label(&self, sites: &DefinitionSites) -> Option<String> {
        let (code, definition) = self.definition.as_ref()?;
        let function = sites.label_of(code, *definition);
        Some(frame_label(Some(&function), self.call_number))
    }
}
