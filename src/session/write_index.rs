//! Where to look for the write that set a variable, a cell or an attribute: while
//! recording, every write's target is hashed, and each stretch of 256 steps keeps the
//! sorted set of the 32-bit fingerprints it wrote. A "when was this set?" query skips,
//! with a binary search each, every stretch that did not write the target, and replays
//! only those that did, as rr's reverse watchpoints replay only the intervals that
//! touched the address. Two targets share a fingerprint about once in four billion, so
//! a query replays a stretch that did not write its target almost never: a variable
//! set once at the start of a million-step run is found by one replay, not thousands.
//!
//! It costs 4 bytes per distinct target a stretch wrote (a loop rewriting `i` costs
//! one), 4 bytes per stretch, and, during recording, a hash per store.

use crate::runtime::code::Instr;
use crate::runtime::value::Value;
use crate::runtime::vm::{Frame, Vm};

/// Steps per filter.
pub const BUCKET_STEPS: usize = 256;

/// What a write changes: a frame's variable (the global frame's, id 0, for globals),
/// a cell, an attribute of an object, or a name of a namespace a class body (or code
/// exec runs with a locals mapping) binds into. A class's namespace becomes its
/// `__dict__`, so its class-body writes are writes of the class's attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteTarget {
    Variable { frame: u64, name: String },
    Cell { cell: u64 },
    Attribute { object: u64, name: String },
    Namespace { namespace: u64, name: String },
}

impl WriteTarget {
    /// The key the recording hashed a write of this target under.
    pub fn key(&self) -> u64 {
        match self {
            WriteTarget::Variable { frame, name } => mix(1, *frame, name_hash(name)),
            WriteTarget::Cell { cell } => mix(2, *cell, 0),
            WriteTarget::Attribute { object, name } => mix(3, *object, name_hash(name)),
            WriteTarget::Namespace { namespace, name } => mix(4, *namespace, name_hash(name)),
        }
    }
}

/// The recording's fingerprints, one sorted set per `BUCKET_STEPS` steps.
#[derive(Clone, Debug, Default)]
pub struct WriteIndex {
    /// The sealed stretches' fingerprints, sorted within each, one after another.
    fingerprints: Vec<u32>,
    /// Where each sealed stretch's fingerprints end in `fingerprints`.
    ends: Vec<u32>,
    /// The fingerprints of the stretch being recorded (`ends.len()`), sorted.
    open: Vec<u32>,
}

impl WriteIndex {
    /// Notes that step `step` wrote the target with key `key`. The recording notes
    /// steps in order, so every stretch before the step's is complete and is sealed.
    pub fn note(&mut self, step: usize, key: u64) {
        let bucket = step / BUCKET_STEPS;
        while self.ends.len() < bucket {
            self.seal();
        }
        let print = fingerprint(key);
        match self.sealed(bucket) {
            // A step noted out of order still lands in its own stretch.
            Some(range) => {
                let stretch = &self.fingerprints[range.clone()];
                if let Err(at) = stretch.binary_search(&print) {
                    self.fingerprints.insert(range.start + at, print);
                    self.ends[bucket..].iter_mut().for_each(|end| *end += 1);
                }
            }
            // Kept sorted as it fills, by insertion: a stretch holds a few hundred at
            // most, and a sort would add its own code to the download.
            None => {
                if let Err(at) = self.open.binary_search(&print) {
                    self.open.insert(at, print);
                }
            }
        }
    }

    /// Moves the open stretch's fingerprints, sorted and each once, onto the sealed ones.
    fn seal(&mut self) {
        self.fingerprints.append(&mut self.open);
        self.ends.push(self.fingerprints.len() as u32);
    }

    /// Where the fingerprints of a sealed stretch lie in `fingerprints`.
    fn sealed(&self, bucket: usize) -> Option<std::ops::Range<usize>> {
        let end = *self.ends.get(bucket)? as usize;
        let start = bucket
            .checked_sub(1)
            .and_then(|previous| self.ends.get(previous))
            .map_or(0, |&start| start as usize);
        Some(start..end)
    }

    /// Whether the steps of `bucket` may have written the target with key `key`.
    pub fn may_have_written(&self, bucket: usize, key: u64) -> bool {
        let print = fingerprint(key);
        match self.sealed(bucket) {
            Some(range) => self
                .fingerprints
                .get(range)
                .is_some_and(|stretch| stretch.binary_search(&print).is_ok()),
            None => bucket == self.ends.len() && self.open.binary_search(&print).is_ok(),
        }
    }

    pub fn memory_bytes(&self) -> usize {
        (self.fingerprints.capacity() + self.ends.capacity() + self.open.capacity())
            * std::mem::size_of::<u32>()
    }
}

/// The 32 bits of a key a stretch keeps: the key is a well-mixed hash already.
fn fingerprint(key: u64) -> u32 {
    (key >> 32) as u32
}

/// FNV-1a: short names, hashed the same during recording and in a query.
fn name_hash(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3)
    })
}

/// A 64-bit mix of a kind, an id and a name hash (splitmix64's finaliser).
fn mix(kind: u64, id: u64, name: u64) -> u64 {
    let mut z =
        kind.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ id.wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ name;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The keys of the write `instr` is about to make in frame `frame_id`, the same targets
/// that [`super::accesses`] names when it replays it: one, and for a name bound in a
/// class body's namespace a second, that namespace's entry. Empty for any other
/// instruction and for library code.
pub fn write_keys(vm: &Vm, frame_id: u64, instr: Instr) -> StoreKeys {
    let Some(frame) = vm.frames.last().filter(|f| !f.code.flags.library) else {
        return StoreKeys::default();
    };
    let code = &frame.code;
    let target = match instr {
        Instr::StoreFast(i) | Instr::DeleteFast(i) => code
            .varnames
            .get(i as usize)
            .map(|name| mix(1, frame_id, name_hash(name))),
        Instr::StoreDeref(i) | Instr::DeleteDeref(i) => frame
            .cells
            .get(i as usize)
            .map(|&cell| mix(2, vm.heap.id(cell), 0)),
        Instr::StoreGlobal(i) | Instr::DeleteGlobal(i) => code
            .names
            .get(i as usize)
            .map(|name| mix(1, 0, name_hash(&name.text))),
        Instr::StoreName(i) | Instr::DeleteName(i) => {
            let Some(name) = code.names.get(i as usize) else {
                return StoreKeys::default();
            };
            let namespace = super::accesses::own_namespace(vm, frame);
            let owner = if namespace.is_some() { frame_id } else { 0 };
            return StoreKeys([
                Some(mix(1, owner, name_hash(&name.text))),
                namespace.map(|ns| mix(4, vm.heap.id(ns), name_hash(&name.text))),
            ]);
        }
        Instr::StoreAttr(i) | Instr::DeleteAttr(i) => {
            match (vm.stack.last(), code.names.get(i as usize)) {
                (Some(Value::Obj(object)), Some(name)) => {
                    Some(mix(3, vm.heap.id(*object), name_hash(&name.text)))
                }
                _ => None,
            }
        }
        _ => None,
    };
    StoreKeys([target, None])
}

/// The keys one store notes: at most two (see [`write_keys`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct StoreKeys(pub [Option<u64>; 2]);

impl StoreKeys {
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }
}

/// The keys of the parameters a call binds, into their slots or cells.
pub fn parameter_keys(vm: &Vm, frame_id: u64, frame: &Frame, out: &mut Vec<u64>) {
    if frame.code.flags.library {
        return;
    }
    let code = &frame.code;
    for name in code.varnames.iter().take(code.total_parameters()) {
        if name.starts_with('.') {
            continue;
        }
        let cell = code
            .cellvars
            .iter()
            .position(|c| c == name)
            .and_then(|i| frame.cells.get(i));
        out.push(match cell {
            Some(&cell) => mix(2, vm.heap.id(cell), 0),
            _ => mix(1, frame_id, name_hash(name)),
        });
    }
}

/// The recording head's keys of the writes since they were last taken. A copy of the
/// head (a checkpoint, a replay) starts without a buffer: only the recording pays.
#[derive(Debug, Default)]
pub struct WriteKeys(pub Option<Vec<u64>>);

impl Clone for WriteKeys {
    fn clone(&self) -> Self {
        WriteKeys(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_never_written_is_skipped_and_a_written_one_is_not() {
        let mut index = WriteIndex::default();
        let written = WriteTarget::Cell { cell: 351 }.key();
        index.note(300, written);
        assert!(index.may_have_written(1, written));
        assert!(!index.may_have_written(0, written));
        assert!(!index.may_have_written(2, written));
    }

    #[test]
    fn stretches_sealed_before_and_after_a_gap_keep_their_own_writes() {
        let mut index = WriteIndex::default();
        let early = WriteTarget::Cell { cell: 7 }.key();
        let late = WriteTarget::Cell { cell: 8 }.key();
        index.note(3, early);
        index.note(3, early);
        index.note(5 * BUCKET_STEPS + 1, late);
        assert!(index.may_have_written(0, early));
        assert!(!index.may_have_written(0, late));
        assert!((1..5).all(|bucket| !index.may_have_written(bucket, early)));
        assert!(index.may_have_written(5, late));
        assert!(!index.may_have_written(5, early));
        // A step noted after a later one is still found in its stretch.
        index.note(2 * BUCKET_STEPS, late);
        index.note(6 * BUCKET_STEPS, early);
        assert!(index.may_have_written(2, late));
        assert!(index.may_have_written(5, late));
        assert!(index.may_have_written(6, early));
        assert!(!index.may_have_written(3, late));
    }

    #[test]
    fn the_same_name_in_two_frames_is_two_targets() {
        let a = WriteTarget::Variable {
            frame: 1,
            name: "x".into(),
        };
        let b = WriteTarget::Variable {
            frame: 2,
            name: "x".into(),
        };
        assert_ne!(a.key(), b.key());
    }
}
