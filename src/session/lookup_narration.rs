//! The sentence that names a lookup where it teaches something: a closure reading or
//! writing its cell through `__closure__` (the moment late binding happens), or a
//! function writing a global through a `global` statement. Other lookups (a local, a
//! builtin) are what a reader expects and go unsaid.

use super::accesses::{AccessAction, AccessView, Resolution};
use super::narration::describe_value;
use super::snapshot::{HeapObject, Snapshot};
use super::write_index::WriteTarget;
use super::Session;
use std::collections::BTreeMap;

impl Session {
    /// "<lambda> #1 read i from its closure cell, shared with 2 other functions: 2
    /// (set at step 6, line 1)." for the step's first telling lookup, if any.
    pub(super) fn lookup_sentence(&self, now: &Snapshot) -> Option<String> {
        let (index, access) = now
            .accesses
            .iter()
            .enumerate()
            .find(|(index, access)| is_telling(&now.accesses, *index, access))?;
        let who = frame_label(now, access.frame)?;
        let value = access
            .value
            .as_ref()
            .map(|v| describe_value(v, &now.heap))
            .unwrap_or_default();
        let sentence = match (access.via, access.action) {
            (Resolution::Free, _) => format!(
                "{who} read {} from its closure cell{}: {value}{}.",
                access.name,
                sharing(access, &now.heap),
                self.set_at(now, index, access),
            ),
            (_, AccessAction::Delete) => format!("{who} deleted the global {}.", access.name),
            _ => format!(
                "{who} wrote the global {} (global statement): {value}.",
                access.name
            ),
        };
        Some(sentence)
    }

    /// " (set at step 6, line 1)": where the value read was written, as the stepper
    /// counts steps (the first is 1): this step, when it wrote the cell before reading
    /// it, else the last write before this step.
    fn set_at(&self, now: &Snapshot, index: usize, access: &AccessView) -> String {
        let Some(cell) = access.cell else {
            return String::new();
        };
        let target = WriteTarget::Cell { cell };
        let written_here = now.accesses[..index]
            .iter()
            .any(|a| a.action != AccessAction::Read && a.cell == Some(cell));
        let written = match written_here {
            true => Some(now.step),
            false => self.last_write(now.step, &target),
        };
        let Some(written) = written else {
            return String::new();
        };
        let line = self.history.prev_line(written).unwrap_or(0);
        format!(" (set at step {}, line {line})", written + 1)
    }
}

/// A closure's read of its cell, unless the step writes the cell after it (the
/// narration of the change says that); a function's write of a global.
fn is_telling(accesses: &[AccessView], index: usize, access: &AccessView) -> bool {
    match (access.via, access.action) {
        (Resolution::Free, AccessAction::Read) => !accesses[index + 1..]
            .iter()
            .any(|a| a.action != AccessAction::Read && a.cell == access.cell),
        (Resolution::Global, AccessAction::Write | AccessAction::Delete) => access.frame != 0,
        _ => false,
    }
}

fn frame_label(now: &Snapshot, frame: u64) -> Option<String> {
    let frame = now.frames.iter().find(|f| f.id == frame)?;
    let function = frame.function_id.and_then(|id| now.heap.get(&id));
    match function {
        Some(HeapObject::Function(f)) => Some(f.label.clone()),
        _ => Some(frame.function.clone()),
    }
}

/// ", shared with 2 other functions" when other closures hold the same cell.
fn sharing(access: &AccessView, heap: &BTreeMap<u64, HeapObject>) -> String {
    let Some(HeapObject::Cell(cell)) = access.cell.and_then(|id| heap.get(&id)) else {
        return String::new();
    };
    let others = cell
        .held_by
        .iter()
        .filter(|&&holder| Some(holder) != access.function)
        .count();
    match others {
        0 => String::new(),
        1 => ", shared with 1 other function".into(),
        n => format!(", shared with {n} other functions"),
    }
}

