//! A generator object as the picture shows it: one object with one frame. The frame
//! is on the stack while the generator runs and kept in the object while it waits at a
//! `yield` (or before its first `next()`); both are the same frame, with one id and one
//! label (`countdown call 1`), and once the body has returned there is no frame left.

use super::frame_identity::FrameIdentity;
use super::labels::DefinitionSites;
use super::snapshot::GeneratorView;
use super::stepper::generator_frame_id;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::{GeneratorState, Object};
use crate::runtime::vm::Vm;

/// The view of `generator`, whose repr is `repr`.
pub fn generator_view(
    vm: &Vm,
    generator: ObjRef,
    sites: &DefinitionSites,
    repr: String,
) -> GeneratorView {
    let (state, paused_frame) = match vm.heap.get(generator) {
        Object::Generator(g) => (state_name(g.state), g.frame.as_deref()),
        _ => ("finished", None),
    };
    // While it runs, its frame is on the stack, not in the object.
    let frame = paused_frame.or_else(|| {
        vm.frames
            .iter()
            .find(|frame| frame.generator == Some(generator))
    });
    let label = frame.and_then(|frame| FrameIdentity::of(frame, &vm.heap).label(sites));
    GeneratorView {
        type_name: "generator".into(),
        repr,
        state,
        frame: frame.map(|_| generator_frame_id(vm.heap.id(generator))),
        label,
    }
}

/// `created` before the first `next()`, `suspended` at a `yield`, `running` while its
/// frame is on the stack, `finished` once the body returned or raised.
fn state_name(state: GeneratorState) -> &'static str {
    match state {
        GeneratorState::Created => "created",
        GeneratorState::Suspended => "suspended",
        GeneratorState::Running => "running",
        GeneratorState::Finished => "finished",
    }
}
