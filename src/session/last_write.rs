//! "When was this set?": the step whose accesses last wrote a variable, a cell or an
//! attribute, before a given step. The write index names the stretches of 256
//! steps that may hold the write; only those are replayed, latest first, from their
//! checkpoint, with the access log attached.

use super::accesses::{AccessAction, AccessView, Resolution};
use super::snapshot::{HeapObject, ValueView};
use super::write_index::{WriteTarget, BUCKET_STEPS};
use super::Session;
use crate::runtime::object::Object;

impl Session {
    /// The latest step before `step` whose accesses write (or delete) `target`: the
    /// step where the value it holds at `step` appeared, unless `step` itself wrote it
    /// (then its accesses show the write, and this is the write before). Asking again
    /// from the answer gives the write before that. `None` when nothing recorded
    /// wrote it (a builtin, a name bound by library code).
    pub fn last_write(&self, step: usize, target: &WriteTarget) -> Option<usize> {
        let written = self.last_write_of(step, target);
        match self.class_namespace_of(target) {
            Some(namespace) => written.max(self.last_write_of(step, &namespace)),
            None => written,
        }
    }

    /// A class's attribute was also written as its class body bound the name in the
    /// namespace that `type.__new__` copied into the class's `__dict__`: that entry, for
    /// a class's attribute.
    fn class_namespace_of(&self, target: &WriteTarget) -> Option<WriteTarget> {
        let WriteTarget::Attribute { object, name } = target else {
            return None;
        };
        let heap = &self.live.vm.heap;
        match heap.get(heap.find_by_id(*object)?) {
            Object::Class(class) => Some(WriteTarget::Namespace {
                namespace: class.body_namespace?,
                name: name.clone(),
            }),
            _ => None,
        }
    }

    fn last_write_of(&self, step: usize, target: &WriteTarget) -> Option<usize> {
        let step = step.min(self.history.len()).checked_sub(1)?;
        let key = target.key();
        for bucket in (0..=step / BUCKET_STEPS).rev() {
            if self.options.index_writes && !self.writes.may_have_written(bucket, key) {
                continue;
            }
            let first = bucket * BUCKET_STEPS;
            let last = step.min(first + BUCKET_STEPS - 1);
            if let Some(found) = self.last_write_between(first, last, target) {
                return Some(found);
            }
        }
        None
    }

    /// Replays from the checkpoint before `first` to `last`, keeping the latest step in
    /// that range whose accesses write `target`.
    fn last_write_between(&self, first: usize, last: usize, target: &WriteTarget) -> Option<usize> {
        let (mut reported, checkpoint) = self.checkpoints.nearest(first)?;
        let mut state = checkpoint.clone();
        self.feed_input(&mut state);
        state.accesses = Some(Box::default());
        let mut found = None;
        let mut events = Vec::new();
        while reported <= last {
            events.clear();
            let added = state.advance(&mut events);
            state.vm.stdout.clear();
            let accesses = state
                .accesses
                .as_mut()
                .map(|log| std::mem::take(&mut log.accesses))
                .unwrap_or_default();
            // What runs after the last event belongs to the `end` step.
            if reported >= first && accesses.iter().any(|a| writes_target(a, target)) {
                found = Some(reported);
            }
            if added == 0 {
                break;
            }
            reported += added;
        }
        found
    }
}

/// Whether `access` binds, rebinds or unbinds `target`. A `global` statement's write
/// from any frame is a write of the global frame's variable.
pub fn writes_target(access: &AccessView, target: &WriteTarget) -> bool {
    if access.action == AccessAction::Read {
        return false;
    }
    match target {
        WriteTarget::Variable { frame, name } => {
            access.name == *name
                && match access.via {
                    Resolution::Local | Resolution::Class => access.frame == *frame,
                    Resolution::Global => *frame == 0,
                    _ => false,
                }
        }
        WriteTarget::Cell { cell } => access.cell == Some(*cell),
        WriteTarget::Attribute { object, name } => {
            access.via == Resolution::Attribute
                && access.object == Some(*object)
                && access.name == *name
        }
        WriteTarget::Namespace { namespace, name } => {
            access.via == Resolution::Class
                && access.namespace == Some(*namespace)
                && access.name == *name
        }
    }
}

impl Session {
    /// What `name` names at `step`, as the current frame sees it: one of its cells, one
    /// of its locals, else a global; `base.attr` names an attribute of the object
    /// `base` refers to.
    pub fn target_named(&self, step: usize, name: &str) -> Option<WriteTarget> {
        let snapshot = self.snapshot(step)?;
        let frame = snapshot
            .frames
            .iter()
            .find(|f| f.is_current)
            .or(snapshot.frames.last())?;
        let global = snapshot.frames.first()?;
        if let Some((base, attribute)) = name.split_once('.') {
            let value = [frame, global].into_iter().find_map(|f| {
                let local = f
                    .locals
                    .iter()
                    .find(|b| b.name == base)
                    .map(|b| b.value.clone());
                local.or_else(|| {
                    let cell = f.cells.iter().find(|c| c.name == base)?.cell;
                    match snapshot.heap.get(&cell)? {
                        HeapObject::Cell(view) => view.contents.clone(),
                        _ => None,
                    }
                })
            })?;
            let ValueView::Ref { id } = value else {
                return None;
            };
            return Some(WriteTarget::Attribute {
                object: id,
                name: attribute.to_string(),
            });
        }
        if let Some(cell) = frame.cells.iter().find(|c| c.name == name) {
            return Some(WriteTarget::Cell { cell: cell.cell });
        }
        let owner = [frame, global]
            .into_iter()
            .find(|f| f.locals.iter().any(|b| b.name == name))?;
        Some(WriteTarget::Variable {
            frame: owner.id,
            name: name.to_string(),
        })
    }
}

impl Session {
    /// The accesses of `step` alone, without drawing it: what a scan over many steps
    /// reads. Going forwards it replays one step at a time.
    pub fn accesses_of(&self, step: usize) -> Option<Vec<AccessView>> {
        let Some(previous) = step.checked_sub(1) else {
            return self.history.get(step).map(|_| Vec::new());
        };
        let (mut state, reported) = match self.last_state.take() {
            Some((drawn, state, reported)) if drawn == previous => (state, reported),
            _ => self.state_after(previous)?,
        };
        self.feed_input(&mut state);
        let (reported, accesses) = self.advance_collecting(&mut state, reported, step);
        self.last_state.replace(Some((step, state, reported)));
        Some(accesses)
    }
}
