//! The frames as a snapshot shows them: the module's globals first, then each function
//! frame with its plain locals and, apart, the cells of its `co_cellvars` and
//! `co_freevars`.

use super::bounds::{MAX_FRAMES, OUTER_FRAMES};
use super::frame_identity::FrameIdentity;
use super::heap_view::HeapWalk;
use super::labels::frame_label;
use super::snapshot::{Binding, CellSlot, FrameView, OmittedFrames};
use super::stepper::{generator_frame_id, generator_of_frame, Stepper};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::{GeneratorState, Object};
use crate::runtime::value::Value;
use crate::runtime::vm::{Frame, Vm};

/// Where the current frame stands, from the step being shown.
pub struct CurrentPosition<'a> {
    pub line: u32,
    /// The value a returning frame hands back, on a `return` step.
    pub return_value: Option<Value>,
    /// Frames on the stack at this step; the current frame is the deepest.
    pub depth: usize,
    pub frame_id: u64,
    pub function: &'a str,
    /// The module's line when its frame is gone (an uncaught exception unwound it).
    pub module_line: u32,
    /// The current frame's file when it is not the program's (`<string>`).
    pub file: Option<&'a str>,
}

/// Every frame, global first; the last is the current one. Past [`MAX_FRAMES`], the
/// middle of the stack is left out (and said so), keeping the outermost frames and the
/// innermost ones, where the program is.
pub fn frame_views(
    state: &Stepper,
    position: &CurrentPosition,
    walk: &mut HeapWalk,
) -> (Vec<FrameView>, Option<OmittedFrames>) {
    let (vm, frame_ids) = (&state.vm, &state.frame_ids);
    let mut views = vec![module_frame(vm, walk)];
    if let Some(module) = views.first_mut() {
        module.line = vm
            .frames
            .first()
            .filter(|_| position.depth > 0)
            .map_or(position.module_line, Frame::current_line);
    }
    let shown = vm.frames.len().min(position.depth);
    let id_at = |index: usize| frame_ids.get(index).copied().unwrap_or(index as u64);
    let left_out = omitted_range(shown);
    for (index, frame) in vm.frames.iter().enumerate().take(shown).skip(1) {
        // Frames running library code are not the learner's: they are not drawn.
        if left_out.contains(&index) || frame.code.flags.library {
            continue;
        }
        let mut view = function_frame(vm, frame, id_at(index), walk);
        view.line = frame.current_line();
        views.push(view);
    }
    let omitted = (!left_out.is_empty()).then(|| OmittedFrames {
        count: left_out.len(),
        after: id_at(left_out.start - 1),
        before: id_at(left_out.end),
    });
    if shown.max(1) < position.depth {
        let identity = state
            .departed
            .iter()
            .find(|(id, _)| *id == position.frame_id)
            .map(|(_, identity)| identity);
        views.push(departed_frame(vm, position, identity, walk));
    }
    if let Some(current) = views.last_mut() {
        current.is_current = true;
        current.line = position.line;
        current.return_value = position.return_value.map(|value| walk.value(value));
    }
    (views, omitted)
}

/// The indices of the frames a stack of `depth` frames leaves out: none up to
/// [`MAX_FRAMES`], else all but the [`OUTER_FRAMES`] outermost and the innermost rest.
fn omitted_range(depth: usize) -> std::ops::Range<usize> {
    if depth <= MAX_FRAMES {
        return 0..0;
    }
    OUTER_FRAMES..depth - (MAX_FRAMES - OUTER_FRAMES)
}

/// The module frame: its variables are the globals, in the order they were first
/// bound, without the dunder names every module has (`__name__` and the like).
fn module_frame(vm: &Vm, walk: &mut HeapWalk) -> FrameView {
    let entries = match vm.heap.get(vm.main_globals) {
        Object::Dict(dict) => dict.iter().map(|e| (e.key, e.value)).collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    let locals = entries
        .into_iter()
        .filter_map(|(key, value)| {
            let name = vm.str_text(key)?;
            let dunder = name.starts_with("__") && name.ends_with("__");
            (!dunder).then(|| Binding {
                name: name.to_string(),
                value: walk.value(value),
            })
        })
        .collect();
    FrameView {
        id: 0,
        function: "<module>".into(),
        qualname: "<module>".into(),
        label: frame_label(None, 0),
        call_number: None,
        function_id: None,
        line: 0,
        file: None,
        is_current: false,
        state: "running",
        class_body: false,
        generator: None,
        locals,
        cells: Vec::new(),
        return_value: None,
    }
}

/// The frame an event reports after it left the stack within the same instruction
/// (several events can come out of one). A generator that yielded is still one frame,
/// now kept in its generator object: it is drawn from there, running, since the event
/// is its own. A frame an exception unwound has only its name, identity and position.
fn departed_frame(
    vm: &Vm,
    position: &CurrentPosition,
    identity: Option<&FrameIdentity>,
    walk: &mut HeapWalk,
) -> FrameView {
    let generator = generator_of_frame(position.frame_id).and_then(|id| vm.heap.find_by_id(id));
    if let Some(mut view) = generator.and_then(|g| paused_generator_frame(vm, g, walk)) {
        view.state = "running";
        return view;
    }
    let identity = identity.cloned().unwrap_or_default();
    let label = identity.label(walk.sites());
    FrameView {
        id: position.frame_id,
        function: position.function.to_string(),
        qualname: identity
            .qualname()
            .unwrap_or_else(|| position.function.to_string()),
        label: label.unwrap_or_else(|| match position.file {
            Some(file) if position.function == "<module>" => format!("<module> of {file}"),
            _ => position.function.to_string(),
        }),
        call_number: identity.function_id.map(|_| identity.call_number),
        function_id: identity.function_id,
        line: position.line,
        file: position.file.map(str::to_string),
        is_current: false,
        state: "closed",
        class_body: false,
        generator: None,
        locals: Vec::new(),
        cells: Vec::new(),
        return_value: None,
    }
}

fn function_frame(vm: &Vm, frame: &Frame, id: u64, walk: &mut HeapWalk) -> FrameView {
    let locals = match frame.namespace {
        Some(namespace) => namespace_locals(vm, namespace, frame.code.flags.module, walk),
        None => plain_locals(frame, walk),
    };
    let function = frame.function.and_then(|r| match vm.heap.get(r) {
        Object::Function(f) => Some((vm.heap.id(r), walk.function_label(f))),
        _ => None,
    });
    let file = vm.file_of(&frame.code).map(|file| file.to_string());
    let label = match (&function, &file) {
        (Some((_, label)), _) => frame_label(Some(label), frame.call_number),
        (None, Some(file)) if frame.code.flags.module => format!("{} of {file}", frame.code.name),
        (None, _) => frame.code.name.to_string(),
    };
    FrameView {
        id,
        function: frame.code.name.to_string(),
        qualname: frame.code.qualname.to_string(),
        label,
        call_number: function.as_ref().map(|_| frame.call_number),
        function_id: function.map(|(id, _)| id),
        line: 0,
        file,
        is_current: false,
        state: "running",
        class_body: frame.namespace.is_some() && !frame.code.flags.module,
        generator: frame.generator.map(|generator| walk.reference(generator)),
        locals,
        cells: cell_slots(frame, walk),
        return_value: None,
    }
}

/// The frame of a generator that is not running: `created` before its first `next()`,
/// `suspended` at a `yield`. Its id is the one it has while running.
pub fn paused_generator_frame(
    vm: &Vm,
    generator: ObjRef,
    walk: &mut HeapWalk,
) -> Option<FrameView> {
    let Object::Generator(paused) = vm.heap.get(generator) else {
        return None;
    };
    let frame = paused
        .frame
        .as_deref()
        .filter(|frame| !frame.code.flags.library)?;
    let state = match paused.state {
        GeneratorState::Created => "created",
        GeneratorState::Suspended => "suspended",
        _ => return None,
    };
    let mut view = function_frame(vm, frame, generator_frame_id(vm.heap.id(generator)), walk);
    view.state = state;
    view.line = if paused.state == GeneratorState::Created {
        frame.code.firstlineno
    } else {
        frame.current_line()
    };
    Some(view)
}

/// A class body's names live in its namespace dict, not in fast locals; so do those
/// of module code that exec runs, whose dunder names (`__builtins__`) are left out as
/// the global frame leaves them out.
fn namespace_locals(vm: &Vm, namespace: ObjRef, module: bool, walk: &mut HeapWalk) -> Vec<Binding> {
    let entries = match vm.heap.get(namespace) {
        Object::Dict(dict) => dict.iter().map(|e| (e.key, e.value)).collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    entries
        .into_iter()
        .filter_map(|(key, value)| {
            let name = vm.str_text(key)?;
            let dunder = name.starts_with("__") && name.ends_with("__");
            let bookkeeping = matches!(&*name, "__module__" | "__qualname__") || (module && dunder);
            (!bookkeeping).then(|| Binding {
                name: name.to_string(),
                value: walk.value(value),
            })
        })
        .collect()
}

/// Bound fast locals that are not cell variables, parameters first (they are bound
/// when the call starts), then the others in the order they were first stored.
fn plain_locals(frame: &Frame, walk: &mut HeapWalk) -> Vec<Binding> {
    let code = &frame.code;
    let is_cell_name = |name: &str| {
        code.cellvars
            .iter()
            .chain(&code.freevars)
            .any(|c| &**c == name)
    };
    let parameters = 0..code.total_parameters() as u32;
    parameters
        .chain(frame.binding_order.iter().copied())
        .filter_map(|slot| {
            let name = code.varnames.get(slot as usize)?;
            let value = (*frame.locals.get(slot as usize)?)?;
            (!is_cell_name(name)).then(|| Binding {
                name: name.to_string(),
                value: walk.value(value),
            })
        })
        .collect()
}

/// `co_cellvars` then `co_freevars`, each with the cell the frame holds for it.
fn cell_slots(frame: &Frame, walk: &mut HeapWalk) -> Vec<CellSlot> {
    let code = &frame.code;
    let kinds = code
        .cellvars
        .iter()
        .map(|name| (name, "cell"))
        .chain(code.freevars.iter().map(|name| (name, "free")));
    kinds
        .zip(&frame.cells)
        .map(|((name, kind), &cell)| CellSlot {
            name: name.to_string(),
            cell: walk.reference(cell),
            kind,
        })
        .collect()
}
