//! Dict and set storage operations with Python key semantics: hashing (with the
//! "unhashable type" TypeError) and equality across int, float and bool keys.

use crate::runtime::budget::ENTRY_BYTES;
use crate::runtime::dict::Dict;
use crate::runtime::exception::Exception;
use crate::runtime::hashing;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm {
    /// `hash(value)`, or CPython's TypeError for unhashable values.
    pub fn hash(&mut self, value: Value) -> Result<u64, Exception> {
        if let Some(hash) = self.hash_dunder(value)? {
            return Ok(hash);
        }
        match hashing::hash_value(&self.heap, value) {
            Some(hash) => Ok(hash),
            None => Err(self.type_error(format!("unhashable type: '{}'", self.type_name(value)))),
        }
    }

    /// A key of a user class compares with its `__eq__`, which may run Python code.
    fn find_user_key(
        &mut self,
        table: crate::runtime::heap::ObjRef,
        key: Value,
        hash: u64,
    ) -> Result<Option<usize>, Exception> {
        let candidates: Vec<(usize, Value)> = match self.heap.get(table) {
            Object::Dict(t) | Object::Set { items: t, .. } => {
                let mut found = Vec::new();
                let mut from = 0;
                while let Some((position, entry)) = t.next_entry(from) {
                    if entry.hash == hash {
                        found.push((position, entry.key));
                    }
                    from = position + 1;
                }
                found
            }
            _ => Vec::new(),
        };
        for (position, candidate) in candidates {
            if self.is_same(candidate, key) || self.equal(candidate, key)? {
                return Ok(Some(position));
            }
        }
        Ok(None)
    }

    /// The key's hash (computed once: `__hash__` may be Python code) and its
    /// position in the table, if present.
    fn find_key(
        &mut self,
        container: Value,
        key: Value,
    ) -> Result<(Option<usize>, u64), Exception> {
        let hash = self.hash(key)?;
        let Some(r) = container.as_obj() else {
            return Ok((None, hash));
        };
        if self.has_user_class(key) {
            return Ok((self.find_user_key(r, key, hash)?, hash));
        }
        let table = match self.heap.get(r) {
            Object::Dict(table) | Object::Set { items: table, .. } => table,
            _ => return Ok((None, hash)),
        };
        let heap = &self.heap;
        Ok((
            table.find(hash, |k| hashing::keys_equal(heap, k, key)),
            hash,
        ))
    }

    fn table_mut(&mut self, container: Value) -> Option<&mut Dict> {
        match self.heap.get_mut(container.as_obj()?)? {
            Object::Dict(table) | Object::Set { items: table, .. } => Some(table),
            _ => None,
        }
    }

    /// `d.get(key)`: the value, or `None` when absent.
    pub fn dict_get(&mut self, dict: Value, key: Value) -> Result<Option<Value>, Exception> {
        let (Some(position), _) = self.find_key(dict, key)? else {
            return Ok(None);
        };
        let Some(r) = dict.as_obj() else {
            return Ok(None);
        };
        match self.heap.get(r) {
            Object::Dict(table) => Ok(table.entry(position).map(|e| e.value)),
            _ => Ok(None),
        }
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, dict: Value, key: Value, value: Value) -> Result<(), Exception> {
        let (found, hash) = self.find_key(dict, key)?;
        if found.is_none() {
            let len = self.table_mut(dict).map_or(0, |table| table.len());
            self.grow_container(len, 1, ENTRY_BYTES)?;
        }
        if let Some(table) = self.table_mut(dict) {
            match found {
                Some(position) => table.set_value_at(position, value),
                None => table.push_new(hash, key, value),
            }
        }
        Ok(())
    }

    /// Removes `key`, returning its value, or `None` when absent.
    pub fn dict_remove(&mut self, dict: Value, key: Value) -> Result<Option<Value>, Exception> {
        let (Some(position), _) = self.find_key(dict, key)? else {
            return Ok(None);
        };
        Ok(self
            .table_mut(dict)
            .and_then(|table| table.remove_at(position))
            .map(|e| e.value))
    }

    /// `del d[key]` and `d[key]` on a missing key raise KeyError(key).
    pub fn key_error(&mut self, key: Value) -> Exception {
        self.exception_with_args(TypeId::KeyError, vec![key])
    }

    pub fn set_add(&mut self, set: Value, item: Value) -> Result<(), Exception> {
        if let (None, hash) = self.find_key(set, item)? {
            let len = self.table_mut(set).map_or(0, |table| table.len());
            self.grow_container(len, 1, ENTRY_BYTES)?;
            if let Some(table) = self.table_mut(set) {
                table.push_new(hash, item, Value::None);
            }
        }
        Ok(())
    }

    pub fn set_contains(&mut self, set: Value, item: Value) -> Result<bool, Exception> {
        Ok(self.find_key(set, item)?.0.is_some())
    }

    pub fn set_remove(&mut self, set: Value, item: Value) -> Result<bool, Exception> {
        Ok(self.dict_remove(set, item)?.is_some())
    }

    /// A new set (or frozenset) of `items`, duplicates dropped.
    pub fn build_set(&mut self, items: Vec<Value>, frozen: bool) -> Result<Value, Exception> {
        let set = self.alloc(Object::Set {
            items: Dict::new(),
            frozen,
        });
        for item in items {
            self.set_add(set, item)?;
        }
        Ok(set)
    }
}
