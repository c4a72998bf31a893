//! The rest of a value a snapshot cut short: a slice of a long container's items (or
//! a dict's entries) or of a long str's characters, fetched when the learner asks.

use super::bounds::MAX_EXPAND;
use super::heap_view::HeapWalk;
use super::snapshot::{HeapObject, ValueView};
use super::Session;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use serde::Serialize;
use std::collections::BTreeMap;

/// One slice of a value, with the objects its items reach (drawn like a snapshot's
/// heap, and bounded like it).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Expansion {
    List(ItemSlice),
    Tuple(ItemSlice),
    Set(ItemSlice),
    Dict(EntrySlice),
    Str {
        start: usize,
        /// Characters in the whole str.
        length: usize,
        text: String,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemSlice {
    pub start: usize,
    pub length: usize,
    pub items: Vec<ValueView>,
    #[serde(serialize_with = "super::snapshot::ids_as_strings")]
    pub heap: BTreeMap<u64, HeapObject>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntrySlice {
    pub start: usize,
    pub length: usize,
    pub entries: Vec<(ValueView, ValueView)>,
    #[serde(serialize_with = "super::snapshot::ids_as_strings")]
    pub heap: BTreeMap<u64, HeapObject>,
}

impl Session {
    /// Up to `count` items (entries, characters) of object `id` from `start`, as it
    /// stood at `step`; `None` when the step or the object does not exist or is not
    /// a container or str. At most [`MAX_EXPAND`] come back at once.
    pub fn expand(&self, step: usize, id: u64, start: usize, count: usize) -> Option<Expansion> {
        let (state, _) = self.state_after(step)?;
        let vm = &state.vm;
        let object = vm.heap.find_by_id(id)?;
        let count = count.min(MAX_EXPAND);
        let mut walk = HeapWalk::new(vm, &self.cell_owners, self.statements.definition_sites());
        let slice = |walk: &mut HeapWalk, items: &[Value]| ItemSlice {
            start,
            length: items.len(),
            items: walk.item_range(items, start, count),
            heap: BTreeMap::new(),
        };
        let mut expansion = match vm.heap.get(object) {
            Object::List(items) => Expansion::List(slice(&mut walk, items)),
            Object::Tuple(items) => Expansion::Tuple(slice(&mut walk, items)),
            Object::Set { items, .. } => Expansion::Set(slice(&mut walk, &items.keys())),
            Object::Dict(dict) => {
                let keys: Vec<Value> = dict.iter().map(|e| e.key).collect();
                let values: Vec<Value> = dict.iter().map(|e| e.value).collect();
                Expansion::Dict(EntrySlice {
                    start,
                    length: keys.len(),
                    entries: walk
                        .item_range(&keys, start, count)
                        .into_iter()
                        .zip(walk.item_range(&values, start, count))
                        .collect(),
                    heap: BTreeMap::new(),
                })
            }
            Object::Str(s) => {
                return Some(Expansion::Str {
                    start,
                    length: s.text.chars().count(),
                    text: s.text.chars().skip(start).take(count).collect(),
                })
            }
            _ => return None,
        };
        let heap = walk.finish(&state.frame_ids);
        match &mut expansion {
            Expansion::List(slice) | Expansion::Tuple(slice) | Expansion::Set(slice) => {
                slice.heap = heap
            }
            Expansion::Dict(slice) => slice.heap = heap,
            Expansion::Str { .. } => {}
        }
        Some(expansion)
    }
}
