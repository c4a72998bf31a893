//! A generator object as the picture shows it: one object with one frame. The frame
//! is on the stack while the generator runs and kept in the object while it waits at a
//! `yield` (or before its first `next()`); both are the same frame, with one id and one
//! label (`countdown call 1`), and once the body has returned there is no frame left.
//! Coroutines and async generators are such objects too, with their own kind.

use super::frame_identity::FrameIdentity;
use super::labels::DefinitionSites;
use super::snapshot::GeneratorView;
use super::stepper::generator_frame_id;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::{GeneratorKind, GeneratorState, Object};
use crate::runtime::vm::Vm;

/// The view of `generator`, whose repr is `repr`.
pub fn generator_view(
    vm: &Vm,
    generator: ObjRef,
    sites: &DefinitionSites,
    repr: String,
) -> GeneratorView {
    let (state, paused_frame, kind) = match vm.heap.get(generator) {
        Object::Generator(g) => (state_name(g.state), g.frame.as_deref(), kind_name(g.kind)),
        _ => ("finished", None, "generator"),
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
        kind,
        repr,
        state,
        frame: frame.map(|_| generator_frame_id(vm.heap.id(generator))),
        label,
    }
}

/// An async generator's frame suspends and resumes as a generator's does, so it is
/// drawn as one; only its name differs.
fn kind_name(kind: GeneratorKind) -> &'static str {
    match kind {
        GeneratorKind::Generator => "generator",
        GeneratorKind::Coroutine => "coroutine",
        GeneratorKind::AsyncGenerator => "async_generator",
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
