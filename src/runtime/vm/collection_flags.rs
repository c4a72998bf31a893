//! Which classes `match` treats as sequences and mappings: list, tuple and range and
//! dict (and their subclasses), and the classes an ABC flagged, as CPython's
//! `Py_TPFLAGS_SEQUENCE` and `Py_TPFLAGS_MAPPING` say: `collections.abc.Sequence` and
//! `Mapping` carry the flag (`__abc_tpflags__`), their subclasses inherit it, and
//! `register` gives it to the registered class. The first class of the MRO that
//! carries a flag decides, as each class takes its base's flag when it has none.
//!
//! A mapping that is not a dict is read as MATCH_KEYS and COPY_DICT_WITHOUT_KEYS
//! read it: through its `get` method, and `keys()` with `[]` for `**rest`.

use super::Vm;
use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::object::{CollectionFlag, Object};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;

impl Vm {
    /// The flag `class` has or inherits, if any.
    pub(crate) fn collection_flag(&self, class: Value) -> Option<CollectionFlag> {
        self.mro_of(class).into_iter().find_map(|entry| {
            match entry.as_obj().map(|r| self.heap.get(r)) {
                Some(Object::Type(TypeId::List | TypeId::Tuple | TypeId::Range)) => {
                    Some(CollectionFlag::Sequence)
                }
                Some(Object::Type(TypeId::Dict)) => Some(CollectionFlag::Mapping),
                Some(Object::Class(c)) => c.collection_flag,
                _ => None,
            }
        })
    }

    /// Sets the flag of a class (built-in types keep theirs, as immutable types do).
    pub(crate) fn set_collection_flag(&mut self, class: Value, flag: CollectionFlag) {
        if let Some(Object::Class(c)) = class.as_obj().and_then(|r| self.heap.get_mut(r)) {
            c.collection_flag = Some(flag);
        }
    }

    pub(super) fn is_dict_object(&self, value: Value) -> bool {
        matches!(
            value.as_obj().map(|r| self.heap.get(r)),
            Some(Object::Dict(_))
        )
    }

    /// MATCH_KEYS on a mapping that is not a dict: `subject.get(key, dummy)` for each
    /// key, a tuple of the values, or None when one is missing.
    pub(super) fn match_keys_by_get(
        &mut self,
        subject: Value,
        keys: &[Value],
    ) -> Result<Value, Exception> {
        let get = self.get_attr(subject, "get")?;
        // A fresh object no mapping can hold stands for "missing".
        let dummy = self.new_list(Vec::new());
        // The values found stay rooted above these two until the tuple holds them.
        let base = self.native_roots.len();
        self.native_roots.extend([get, dummy]);
        let result = match self.values_by_get(get, dummy, keys) {
            Ok(Some(values)) => Ok(self.new_tuple(values)),
            Ok(None) => Ok(Value::None),
            Err(error) => Err(error),
        };
        self.native_roots.truncate(base);
        result
    }

    fn values_by_get(
        &mut self,
        get: Value,
        dummy: Value,
        keys: &[Value],
    ) -> Result<Option<Vec<Value>>, Exception> {
        let mut values = Vec::with_capacity(keys.len());
        for (i, &key) in keys.iter().enumerate() {
            for &earlier in keys.iter().take(i) {
                if self.values_equal(earlier, key)? {
                    let shown = self.repr(key)?;
                    let message = format!("mapping pattern checks duplicate key ({shown})");
                    return Err(self.error(TypeId::ValueError, message));
                }
            }
            let value = self.call(get, vec![key, dummy], KwArgs::default())?;
            if self.is_same(value, dummy) {
                return Ok(None);
            }
            self.native_roots.push(value);
            values.push(value);
        }
        Ok(Some(values))
    }

    /// `dict(mapping)` for `**rest`: PyDict_Update reads `keys()`, then each `[key]`.
    pub(super) fn mapping_copy(&mut self, subject: Value) -> Result<Value, Exception> {
        let rest = self.new_dict();
        self.native_roots.push(rest);
        let copied = self.copy_by_keys(subject, rest);
        self.native_roots.pop();
        copied.map(|()| rest)
    }

    fn copy_by_keys(&mut self, subject: Value, rest: Value) -> Result<(), Exception> {
        let keys_method = self.get_attr(subject, "keys")?;
        let keys = self.call(keys_method, Vec::new(), KwArgs::default())?;
        self.native_roots.push(keys);
        let keys = self.collect_iterable(keys);
        self.native_roots.pop();
        for key in keys? {
            let value = self.get_item(subject, key)?;
            self.dict_set(rest, key, value)?;
        }
        Ok(())
    }
}
