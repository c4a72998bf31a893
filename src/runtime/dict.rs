//! An insertion-ordered hash table: the storage of `dict` and `set`.
//!
//! Python dicts keep insertion order (3.7+). Entries live in a vector in that order; a
//! separate open-addressed index maps hashes to entry positions. Deleting leaves a hole
//! in the entries and a tombstone in the index, as CPython's `DKIX_DUMMY` does, so a
//! delete costs one probe; the table is compacted when holes outnumber entries. Key
//! equality needs the heap (two distinct str objects can be equal), so lookups take an
//! equality callback.
//!
//! Both vectors are [`PagedVec`]s: once a table is big, a checkpoint shares its pages
//! and a write after it copies only the page of entries and the page of index it
//! touches, not the whole table.

use super::paged_vec::PagedVec;
use super::value::Value;

#[derive(Clone, Copy, Debug, Default)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

/// An index slot no entry ever used: a probe stops here.
const EMPTY: u32 = u32::MAX;
/// An index slot whose entry was deleted: a probe goes on past it.
const DUMMY: u32 = u32::MAX - 1;

/// Entries per shared page (40 bytes each).
const ENTRIES_PER_PAGE: usize = 64;
/// Index slots per shared page (4 bytes each).
const INDEX_PER_PAGE: usize = 64;

#[derive(Clone, Debug, Default)]
pub struct Dict {
    entries: PagedVec<Option<Entry>, ENTRIES_PER_PAGE>,
    index: PagedVec<u32, INDEX_PER_PAGE>,
    len: usize,
}

impl Dict {
    pub fn new() -> Self {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The position of the entry whose key has `hash` and satisfies `same_key`.
    pub fn find(&self, hash: u64, mut same_key: impl FnMut(Value) -> bool) -> Option<usize> {
        if self.index.is_empty() {
            return None;
        }
        let mask = self.index.len() - 1;
        let mut probe = hash as usize & mask;
        loop {
            let position = *self.index.get(probe)?;
            if position == EMPTY {
                return None;
            }
            if let Some(Some(entry)) = self.entries.get(position as usize) {
                if entry.hash == hash && same_key(entry.key) {
                    return Some(position as usize);
                }
            }
            probe = (probe + 1) & mask;
        }
    }

    pub fn entry(&self, position: usize) -> Option<&Entry> {
        self.entries.get(position).and_then(|e| e.as_ref())
    }

    pub fn set_value_at(&mut self, position: usize, value: Value) {
        if let Some(Some(entry)) = self.entries.get_mut(position) {
            entry.value = value;
        }
    }

    /// Appends an entry whose key is known to be absent.
    pub fn push_new(&mut self, hash: u64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.index.len() * 2 {
            self.rebuild((self.len + 1) * 2);
        }
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        let position = self.entries.len() as u32 - 1;
        self.place(hash, position);
    }

    /// Removes the entry at `position`, returning it.
    pub fn remove_at(&mut self, position: usize) -> Option<Entry> {
        let removed = self.entries.get_mut(position)?.take()?;
        self.len -= 1;
        if self.entries.len() > 8 && self.len * 2 < self.entries.len() {
            self.rebuild(self.len * 2);
        } else {
            self.bury(removed.hash, position as u32);
        }
        Some(removed)
    }

    pub fn clear(&mut self) {
        *self = Dict::new();
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The live entry at or after raw position `from`, with its raw position; iterators
    /// walk the table this way so they can resume after the table changes.
    pub fn next_entry(&self, from: usize) -> Option<(usize, &Entry)> {
        (from..self.entries.len())
            .find_map(|i| self.entries.get(i)?.as_ref().map(|entry| (i, entry)))
    }

    pub fn for_each_value(&self, mut visit: impl FnMut(Value)) {
        self.entries.for_each(|entry| {
            if let Some(entry) = entry {
                visit(entry.key);
                visit(entry.value);
            }
        });
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }

    /// Bytes of this table that `other` does not share with it.
    pub fn bytes_not_shared_with(&self, other: &Dict) -> usize {
        self.entries.bytes_not_shared_with(&other.entries)
            + self.index.bytes_not_shared_with(&other.index)
    }

    /// Drops the holes and sizes the index for `capacity` entries.
    fn rebuild(&mut self, capacity: usize) {
        self.entries.edit(|entries| entries.retain(Option::is_some));
        let mut size = 8;
        while size * 2 < capacity * 3 {
            size *= 2;
        }
        self.index = PagedVec::filled(EMPTY, size);
        let hashes: Vec<(u64, u32)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().map(|entry| (entry.hash, i as u32)))
            .collect();
        for (hash, position) in hashes {
            self.place(hash, position);
        }
    }

    fn place(&mut self, hash: u64, position: u32) {
        let mask = self.index.len() - 1;
        let mut probe = hash as usize & mask;
        while let Some(slot) = self.index.get_mut(probe) {
            if *slot == EMPTY {
                *slot = position;
                return;
            }
            probe = (probe + 1) & mask;
        }
    }

    /// Turns the index slot of the entry at `position` into a tombstone, so the probes
    /// that passed it still reach the keys placed after it.
    fn bury(&mut self, hash: u64, position: u32) {
        let mask = self.index.len().wrapping_sub(1);
        let mut probe = hash as usize & mask;
        for _ in 0..self.index.len() {
            match self.index.get(probe) {
                Some(&slot) if slot == position => {
                    if let Some(slot) = self.index.get_mut(probe) {
                        *slot = DUMMY;
                    }
                    return;
                }
                Some(&EMPTY) | None => return,
                Some(_) => probe = (probe + 1) & mask,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_key(dict: &Dict, k: i64) -> Option<usize> {
        dict.find(k as u64, |key| key == Value::Int(k))
    }

    #[test]
    fn keeps_insertion_order_and_finds_keys() {
        let mut dict = Dict::new();
        for k in [5, 1, 9, 3] {
            dict.push_new(k as u64, Value::Int(k), Value::Int(k * 10));
        }
        let keys: Vec<Value> = dict.keys();
        assert_eq!(
            keys,
            vec![Value::Int(5), Value::Int(1), Value::Int(9), Value::Int(3)]
        );
        let position = int_key(&dict, 9).unwrap();
        assert_eq!(dict.entry(position).unwrap().value, Value::Int(90));
        assert_eq!(int_key(&dict, 4), None);
    }

    #[test]
    fn removal_keeps_the_rest_findable() {
        let mut dict = Dict::new();
        for k in 0..100 {
            dict.push_new(k as u64 % 7, Value::Int(k), Value::None);
        }
        for k in 0..90 {
            let position = dict.find(k as u64 % 7, |key| key == Value::Int(k)).unwrap();
            dict.remove_at(position);
        }
        assert_eq!(dict.len(), 10);
        assert!(dict.find(95 % 7, |key| key == Value::Int(95)).is_some());
    }

    /// A tombstone keeps the keys probed past it findable, and a big table shares
    /// with a copy every page that a write after the copy did not touch.
    #[test]
    fn a_big_table_shares_its_untouched_pages_with_a_copy() {
        let mut dict = Dict::new();
        for k in 0..5000 {
            dict.push_new(k as u64 % 1000, Value::Int(k), Value::Int(k));
        }
        let copy = dict.clone();
        let position = int_key_hashed(&dict, 1234).unwrap();
        dict.set_value_at(position, Value::Int(-1));
        let whole = copy.bytes_not_shared_with(&Dict::new());
        assert!(dict.bytes_not_shared_with(&copy) * 10 < whole);
        dict.remove_at(int_key_hashed(&dict, 234).unwrap());
        assert!(int_key_hashed(&dict, 1234).is_some());
        assert!(int_key_hashed(&dict, 234).is_none());
        assert_eq!(copy.entry(position).unwrap().value, Value::Int(1234));
        assert_eq!(dict.len(), 4999);
    }

    fn int_key_hashed(dict: &Dict, k: i64) -> Option<usize> {
        dict.find(k as u64 % 1000, |key| key == Value::Int(k))
    }
}
