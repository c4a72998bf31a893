//! `x[i]`, `x[i] = v` and `del x[i]`, with slices, on the built-in containers.

use crate::runtime::exception::Exception;
use crate::runtime::object::{Object, RangeObject};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// A slice resolved against a length: CPython's `PySlice_AdjustIndices`.
#[derive(Clone, Copy, Debug)]
pub struct SliceBounds {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceBounds {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len as i64).map(move |i| (self.start + i * self.step) as usize)
    }
}

impl Vm {
    pub fn get_item(&mut self, container: Value, key: Value) -> Result<Value, Exception> {
        if self.has_user_class(container) {
            if let Some(result) = self.call_user_method(container, "__getitem__", vec![key])? {
                return Ok(result);
            }
            let name = self.class_name(container);
            return Err(self.type_error(format!("'{name}' object is not subscriptable")));
        }
        let Some(r) = container.as_obj() else {
            return Err(self.not_subscriptable(container));
        };
        let ty = self.type_of(container);
        if self.is_slice(key) {
            return self.get_slice(container, key);
        }
        match self.heap.get(r) {
            Object::List(items) => {
                let len = items.len();
                let index = self.sequence_index(key, len, "list")?;
                self.item_at(container, index)
                    .ok_or_else(|| self.error(TypeId::IndexError, "list index out of range"))
            }
            Object::Tuple(items) => {
                let len = items.len();
                let index = self.sequence_index(key, len, "tuple")?;
                self.item_at(container, index)
                    .ok_or_else(|| self.error(TypeId::IndexError, "tuple index out of range"))
            }
            Object::Str(s) => {
                let (text, count, ascii) = (s.text.clone(), s.char_len as i64, s.is_ascii());
                let Some(i) = self.small_int(key) else {
                    return Err(self.type_error(format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(key)
                    )));
                };
                let index = if i < 0 { i + count } else { i };
                let found = match usize::try_from(index) {
                    Ok(i) if ascii => text.get(i..i + 1).map(str::to_string),
                    Ok(i) => text.chars().nth(i).map(String::from),
                    Err(_) => None,
                };
                match found {
                    Some(piece) => Ok(self.new_str(&piece)),
                    None => Err(self.error(TypeId::IndexError, "string index out of range")),
                }
            }
            Object::Range(range) => {
                let range = *range;
                let index = self.sequence_index(key, range.len() as usize, "range")?;
                match index {
                    Some(i) => Ok(Value::Int(range.item(i as i64))),
                    None => Err(self.error(TypeId::IndexError, "range object index out of range")),
                }
            }
            Object::Dict(_) => match self.dict_get(container, key)? {
                Some(value) => Ok(value),
                None => Err(self.key_error(key)),
            },
            Object::Type(ty) => {
                let name = ty.name();
                Err(self.type_error(format!("type '{name}' is not subscriptable")))
            }
            _ => Err(self.type_error(format!("'{}' object is not subscriptable", ty.name()))),
        }
    }

    fn item_at(&self, container: Value, index: Option<usize>) -> Option<Value> {
        let index = index?;
        match self.heap.get(container.as_obj()?) {
            Object::List(items) => items.get(index).copied(),
            Object::Tuple(items) => items.get(index).copied(),
            _ => None,
        }
    }

    fn not_subscriptable(&mut self, value: Value) -> Exception {
        self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(value)
        ))
    }

    fn is_slice(&self, key: Value) -> bool {
        matches!(
            key.as_obj().map(|r| self.heap.get(r)),
            Some(Object::Slice { .. })
        )
    }

    /// A non-negative index within `len`, or `None` when out of range; TypeError when
    /// `key` is not an int.
    fn sequence_index(
        &mut self,
        key: Value,
        len: usize,
        kind: &str,
    ) -> Result<Option<usize>, Exception> {
        let Some(i) = self.index_value(key) else {
            let message = if kind == "range" {
                format!(
                    "range indices must be integers or slices, not {}",
                    self.type_name(key)
                )
            } else {
                format!(
                    "{kind} indices must be integers or slices, not {}",
                    self.type_name(key)
                )
            };
            return Err(self.type_error(message));
        };
        let index = if i < 0 { i + len as i64 } else { i };
        Ok(if index >= 0 && (index as usize) < len {
            Some(index as usize)
        } else {
            None
        })
    }

    /// An int usable as an index (big ints saturate, so they are out of range).
    fn index_value(&self, key: Value) -> Option<i64> {
        match self.number(key)? {
            super::numbers::Number::Int(i) => Some(i),
            super::numbers::Number::Big(b) => Some(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            super::numbers::Number::Float(_) => None,
        }
    }

    /// Resolves a slice object against a sequence length.
    pub fn slice_bounds(&mut self, slice: Value, len: usize) -> Result<SliceBounds, Exception> {
        let Some(Object::Slice { start, stop, step }) =
            slice.as_obj().map(|r| self.heap.get(r).clone())
        else {
            return Ok(SliceBounds {
                start: 0,
                stop: 0,
                step: 1,
                len: 0,
            });
        };
        let step = match step {
            Value::None => 1,
            v => self.slice_part(v)?,
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: i64| -> i64 {
            if v < 0 {
                (v + len).max(lower)
            } else {
                v.min(upper)
            }
        };
        let start = match start {
            Value::None => {
                if step < 0 {
                    upper
                } else {
                    lower
                }
            }
            v => clamp(self.slice_part(v)?),
        };
        let stop = match stop {
            Value::None => {
                if step < 0 {
                    lower
                } else {
                    upper
                }
            }
            v => clamp(self.slice_part(v)?),
        };
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceBounds {
            start,
            stop,
            step,
            len: count as usize,
        })
    }

    fn slice_part(&mut self, value: Value) -> Result<i64, Exception> {
        match self.index_value(value) {
            Some(i) => Ok(i),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    fn get_slice(&mut self, container: Value, slice: Value) -> Result<Value, Exception> {
        let Some(r) = container.as_obj() else {
            return Err(self.not_subscriptable(container));
        };
        match self.heap.get(r).clone() {
            Object::List(items) => {
                let bounds = self.slice_bounds(slice, items.len())?;
                let picked = bounds
                    .indices()
                    .filter_map(|i| items.get(i).copied())
                    .collect();
                Ok(self.new_list(picked))
            }
            Object::Tuple(items) => {
                let bounds = self.slice_bounds(slice, items.len())?;
                let picked = bounds
                    .indices()
                    .filter_map(|i| items.get(i).copied())
                    .collect();
                Ok(self.new_tuple(picked))
            }
            Object::Str(s) if s.is_ascii() => {
                let bounds = self.slice_bounds(slice, s.char_len)?;
                let bytes = s.text.as_bytes();
                let picked: String = if bounds.step == 1 {
                    let start = bounds.start.max(0) as usize;
                    s.text
                        .get(start..start + bounds.len)
                        .unwrap_or_default()
                        .to_string()
                } else {
                    bounds
                        .indices()
                        .filter_map(|i| bytes.get(i).map(|&b| b as char))
                        .collect()
                };
                Ok(self.new_str(&picked))
            }
            Object::Str(s) => {
                let chars: Vec<char> = s.text.chars().collect();
                let bounds = self.slice_bounds(slice, chars.len())?;
                let picked: String = bounds
                    .indices()
                    .filter_map(|i| chars.get(i).copied())
                    .collect();
                Ok(self.new_str(&picked))
            }
            Object::Range(range) => {
                let bounds = self.slice_bounds(slice, range.len() as usize)?;
                let sliced = RangeObject {
                    start: range.item(bounds.start),
                    stop: range.item(bounds.start + bounds.len as i64 * bounds.step),
                    step: range.step * bounds.step,
                };
                Ok(self.alloc(Object::Range(sliced)))
            }
            Object::Dict(_) => {
                let key_error = self.hash(slice);
                key_error.map(|_| Value::None)
            }
            _ => Err(self.not_subscriptable(container)),
        }
    }

    pub fn set_item(
        &mut self,
        container: Value,
        key: Value,
        value: Value,
    ) -> Result<(), Exception> {
        if self.has_user_class(container) {
            if self
                .call_user_method(container, "__setitem__", vec![key, value])?
                .is_some()
            {
                return Ok(());
            }
            let name = self.class_name(container);
            return Err(
                self.type_error(format!("'{name}' object does not support item assignment"))
            );
        }
        match container.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::List(items)) => {
                let len = items.len();
                if self.is_slice(key) {
                    return self.assign_slice(container, key, value);
                }
                let Some(index) = self.sequence_index(key, len, "list")? else {
                    return Err(
                        self.error(TypeId::IndexError, "list assignment index out of range")
                    );
                };
                if let Some(Object::List(items)) =
                    container.as_obj().and_then(|r| self.heap.get_mut(r))
                {
                    if let Some(slot) = items.get_mut(index) {
                        *slot = value;
                    }
                }
                Ok(())
            }
            Some(Object::Dict(_)) => self.dict_set(container, key, value),
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(container)
            ))),
        }
    }

    fn assign_slice(&mut self, list: Value, slice: Value, value: Value) -> Result<(), Exception> {
        let replacement = match self.collect_iterable(value) {
            Ok(items) => items,
            Err(_) => return Err(self.type_error("can only assign an iterable")),
        };
        let Some(Object::List(items)) = list.as_obj().map(|r| self.heap.get(r).clone()) else {
            return Ok(());
        };
        let bounds = self.slice_bounds(slice, items.len())?;
        let mut items = items;
        if bounds.step == 1 {
            let start = bounds.start.max(0) as usize;
            let stop = (bounds.start.max(0) as usize + bounds.len)
                .min(items.len())
                .max(start);
            items.splice(start..stop, replacement);
        } else {
            if replacement.len() != bounds.len {
                return Err(self.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    replacement.len(),
                    bounds.len
                )));
            }
            for (index, item) in bounds
                .indices()
                .collect::<Vec<_>>()
                .into_iter()
                .zip(replacement)
            {
                if let Some(slot) = items.get_mut(index) {
                    *slot = item;
                }
            }
        }
        if let Some(Object::List(existing)) = list.as_obj().and_then(|r| self.heap.get_mut(r)) {
            *existing = items;
        }
        Ok(())
    }

    pub fn delete_item(&mut self, container: Value, key: Value) -> Result<(), Exception> {
        if self.has_user_class(container) {
            if self
                .call_user_method(container, "__delitem__", vec![key])?
                .is_some()
            {
                return Ok(());
            }
            let name = self.class_name(container);
            return Err(self.type_error(format!("'{name}' object doesn't support item deletion")));
        }
        match container.as_obj().map(|r| self.heap.get(r).clone()) {
            Some(Object::List(mut items)) => {
                if self.is_slice(key) {
                    let bounds = self.slice_bounds(key, items.len())?;
                    let doomed: Vec<usize> = bounds.indices().collect();
                    let mut position = 0;
                    items.retain(|_| {
                        let keep = !doomed.contains(&position);
                        position += 1;
                        keep
                    });
                } else {
                    let Some(index) = self.sequence_index(key, items.len(), "list")? else {
                        return Err(
                            self.error(TypeId::IndexError, "list assignment index out of range")
                        );
                    };
                    items.remove(index);
                }
                if let Some(Object::List(existing)) =
                    container.as_obj().and_then(|r| self.heap.get_mut(r))
                {
                    *existing = items;
                }
                Ok(())
            }
            Some(Object::Dict(_)) => match self.dict_remove(container, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key)),
            },
            _ => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(container)
            ))),
        }
    }
}
