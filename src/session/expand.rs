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
            // Only the items asked for are read, however long the list.
            Object::List(items) => {
                let asked = items.range_to_vec(start, start.saturating_add(count));
                Expansion::List(ItemSlice {
                    start,
                    length: items.len(),
                    items: walk.item_range(&asked, 0, count),
                    heap: BTreeMap::new(),
                })
            }
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
                    length: s.text().chars().count(),
                    text: s.text().chars().skip(start).take(count).collect(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::snapshot::Snapshot;
    use crate::session::SessionOptions;

    fn last_step(source: &str) -> (Session, Snapshot) {
        let mut session = Session::new(source, SessionOptions::default()).expect("compiles");
        while !session.run(10_000) {}
        let step = session.step_count() - 1;
        let snapshot = session.snapshot(step).expect("the end step");
        (session, snapshot)
    }

    fn global(snapshot: &Snapshot, name: &str) -> ValueView {
        let frame = snapshot.frames.first().expect("the global frame");
        let binding = frame.locals.iter().find(|b| b.name == name).expect("bound");
        binding.value.clone()
    }

    #[test]
    fn a_cut_list_is_expanded_from_where_the_snapshot_stopped() {
        let (session, snapshot) = last_step("a = list(range(200))\n");
        let ValueView::Ref { id } = global(&snapshot, "a") else {
            panic!("a list is an object")
        };
        let Some(HeapObject::List(shown)) = snapshot.heap.get(&id) else {
            panic!("a list")
        };
        assert_eq!(
            (shown.items.len(), shown.length, shown.omitted),
            (50, 200, Some(150))
        );
        let step = snapshot.step;
        let Some(Expansion::List(slice)) = session.expand(step, id, 50, 3) else {
            panic!("expands")
        };
        let reprs: Vec<String> = slice
            .items
            .iter()
            .map(|item| super::super::params::short_text(item))
            .collect();
        assert_eq!((slice.start, slice.length), (50, 200));
        assert_eq!(reprs, ["50", "51", "52"]);
        assert!(session.expand(step, id, 500, 3).is_some_and(|e| match e {
            Expansion::List(slice) => slice.items.is_empty(),
            _ => false,
        }));
    }

    #[test]
    fn a_cut_str_is_expanded_by_characters() {
        let (session, snapshot) = last_step("s = 'é' * 300 + 'end'\n");
        let ValueView::Str {
            length,
            omitted,
            id,
            ..
        } = global(&snapshot, "s")
        else {
            panic!("a str")
        };
        assert_eq!((length, omitted), (Some(303), Some(103)));
        let id = id.expect("a cut str has an id");
        let expansion = session.expand(snapshot.step, id, 299, 10);
        assert_eq!(
            expansion,
            Some(Expansion::Str {
                start: 299,
                length: 303,
                text: "éend".into()
            })
        );
        assert!(session.expand(snapshot.step, u64::MAX, 0, 1).is_none());
    }
}
