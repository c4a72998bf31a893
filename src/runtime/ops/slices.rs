//! Slices: resolving `start:stop:step` against a length as CPython does, and
//! reading and assigning slices of lists, tuples, strs and ranges.

use crate::runtime::exception::Exception;
use crate::runtime::object::{Object, RangeObject};
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
        let (wide_start, wide_stop, wide_step) =
            (i128::from(start), i128::from(stop), i128::from(step));
        let count = if step < 0 {
            if stop < start {
                ((wide_start - wide_stop - 1) / (-wide_step) + 1) as i64
            } else {
                0
            }
        } else if start < stop {
            ((wide_stop - wide_start - 1) / wide_step + 1) as i64
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
        let value = self.index_operand(value)?;
        match self.index_value(value) {
            Some(i) => Ok(i),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    pub(super) fn get_slice(&mut self, container: Value, slice: Value) -> Result<Value, Exception> {
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
                let bytes = s.text().as_bytes();
                let picked: String = if bounds.step == 1 {
                    let start = bounds.start.max(0) as usize;
                    s.text()
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
                let chars: Vec<char> = s.text().chars().collect();
                let bounds = self.slice_bounds(slice, chars.len())?;
                let picked: String = bounds
                    .indices()
                    .filter_map(|i| chars.get(i).copied())
                    .collect();
                Ok(self.new_str(&picked))
            }
            Object::BigRange(range) => match slice.as_obj() {
                Some(slice) => self.big_range_slice(&range, slice),
                None => Ok(Value::None),
            },
            Object::Range(range) => {
                let bounds = self.slice_bounds(slice, range.len() as usize)?;
                let sliced = RangeObject {
                    start: range.item(bounds.start),
                    stop: range.item(
                        bounds
                            .start
                            .saturating_add((bounds.len as i64).saturating_mul(bounds.step)),
                    ),
                    step: range.step.saturating_mul(bounds.step),
                };
                Ok(self.alloc(Object::Range(sliced)))
            }
            Object::Bytes(bytes) => {
                let bounds = self.slice_bounds(slice, bytes.len())?;
                let picked: Vec<u8> = bounds
                    .indices()
                    .filter_map(|i| bytes.get(i).copied())
                    .collect();
                Ok(self.alloc(Object::Bytes(picked.into())))
            }
            Object::Dict(_) => {
                let key_error = self.hash(slice);
                key_error.map(|_| Value::None)
            }
            _ => Err(self.not_subscriptable(container)),
        }
    }

    pub(super) fn assign_slice(
        &mut self,
        list: Value,
        slice: Value,
        value: Value,
    ) -> Result<(), Exception> {
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
            items.edit(|items| {
                items.splice(start..stop, replacement);
            });
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
}
