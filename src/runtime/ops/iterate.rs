//! The iteration protocol for built-in values: `iter()` makes an iterator object whose
//! state lives on the heap, and `next()` advances it.

use crate::runtime::exception::Exception;
use crate::runtime::object::{DictView, IterState, Object};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm {
    /// `iter(value)`.
    pub fn get_iter(&mut self, value: Value) -> Result<Value, Exception> {
        if self.has_user_class(value) {
            if let Some(iterator) = self.call_user_method(value, "__iter__", Vec::new())? {
                return Ok(iterator);
            }
            if self.user_method(value, "__getitem__").is_some() {
                return Ok(self.alloc(Object::Iterator(IterState::Indexing {
                    object: value,
                    index: 0,
                })));
            }
            let name = self.class_name(value);
            let base = self.builtin_view(value);
            if base != value {
                return self.get_iter(base);
            }
            return Err(self.type_error(format!("'{name}' object is not iterable")));
        }
        let state = match value.as_obj().map(|r| (r, self.heap.get(r))) {
            Some((r, Object::List(_))) => IterState::Seq {
                seq: r,
                index: 0,
                ty: TypeId::ListIterator,
            },
            Some((r, Object::Tuple(_))) => IterState::Seq {
                seq: r,
                index: 0,
                ty: TypeId::TupleIterator,
            },
            Some((_, Object::BigRange(range))) => Vm::big_range_iter(range, false),
            Some((_, Object::Range(range))) => IterState::Range {
                next: range.start,
                stop: range.stop,
                step: range.step,
            },
            Some((_, Object::Bytes(bytes))) => IterState::Values {
                items: bytes
                    .iter()
                    .map(|&byte| Value::Int(i64::from(byte)))
                    .collect(),
                index: 0,
            },
            Some((_, Object::Str(s))) => IterState::Str {
                text: s.text().clone(),
                offset: 0,
            },
            Some((r, Object::Dict(d))) => IterState::DictEntries {
                dict: r,
                index: 0,
                kind: DictView::Keys,
                expected_len: d.len(),
                yielded: 0,
            },
            Some((r, Object::Set { items, .. })) => IterState::DictEntries {
                dict: r,
                index: 0,
                kind: DictView::Keys,
                expected_len: items.len(),
                yielded: 0,
            },
            Some((_, Object::DictView { dict, kind })) => {
                let expected_len = match self.heap.get(*dict) {
                    Object::Dict(d) => d.len(),
                    _ => 0,
                };
                IterState::DictEntries {
                    dict: *dict,
                    index: 0,
                    kind: *kind,
                    expected_len,
                    yielded: 0,
                }
            }
            // A coroutine is awaited, never iterated: it has no `__iter__`.
            Some((_, Object::Generator(g))) if g.is_iterable() => return Ok(value),
            Some((_, Object::Iterator(_) | Object::AsyncGenStep(_))) => return Ok(value),
            _ => {
                return Err(self.type_error(format!(
                    "'{}' object is not iterable",
                    self.type_name(value)
                )))
            }
        };
        Ok(self.alloc(Object::Iterator(state)))
    }

    /// `next(iterator)`: the next item, or `None` when exhausted.
    pub fn iter_next(&mut self, iterator: Value) -> Result<Option<Value>, Exception> {
        let Some(r) = iterator.as_obj() else {
            return Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(iterator)
            )));
        };
        match self.heap.get(r) {
            Object::Generator(g) if g.is_iterable() => return self.generator_next(r, Value::None),
            Object::AsyncGenStep(_) => return self.async_gen_step_next(r),
            Object::Generator(_) => {
                let name = self.type_name(iterator);
                return Err(self.type_error(format!("'{name}' object is not an iterator")));
            }
            _ => {}
        }
        if self.native_depth > 0 {
            self.count_native_step()?;
        }
        // A built-in iterator has no `__next__` a program could have written.
        let built_in = matches!(self.heap.get(r), Object::Iterator(_));
        if !built_in {
            if let Some(item) = self.next_dunder(iterator)? {
                return Ok(item);
            }
        }
        let state = match self.heap.get_mut(r) {
            Some(Object::Iterator(state)) => state,
            _ => {
                return Err(self.type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(iterator)
                )))
            }
        };
        match state {
            IterState::BigRange(big) => match big.advance() {
                Some(current) => self.new_int_big(current).map(Some),
                None => {
                    state.exhaust();
                    Ok(None)
                }
            },
            IterState::Range { next, stop, step } => {
                let current = *next;
                if (*step > 0 && current < *stop) || (*step < 0 && current > *stop) {
                    *next = current.saturating_add(*step);
                    return Ok(Some(Value::Int(current)));
                }
                state.exhaust();
                Ok(None)
            }
            IterState::Str { text, offset } => {
                match text.get(*offset..).and_then(|rest| rest.chars().next()) {
                    Some(ch) => {
                        *offset += ch.len_utf8();
                        let mut buffer = [0u8; 4];
                        let piece: &str = ch.encode_utf8(&mut buffer);
                        let piece = piece.to_string();
                        Ok(Some(self.new_str(&piece)))
                    }
                    None => {
                        state.exhaust();
                        Ok(None)
                    }
                }
            }
            IterState::Values { items, index } => {
                let item = items.get(*index).copied();
                *index += 1;
                Ok(item)
            }
            IterState::Exhausted { .. } => Ok(None),
            IterState::Indexing { object, index } => {
                let (object, current) = (*object, *index);
                *index += 1;
                match self.get_item(object, Value::Int(current)) {
                    Ok(item) => Ok(Some(item)),
                    Err(Exception::Raised(e))
                        if self.heap.get(e).type_id().is_subtype_of(TypeId::IndexError)
                            || self.heap.get(e).type_id() == TypeId::StopIteration =>
                    {
                        Ok(None)
                    }
                    Err(error) => Err(error),
                }
            }
            IterState::Callable { func, sentinel, .. } => {
                let (func, sentinel) = (*func, *sentinel);
                let item =
                    self.call(func, Vec::new(), crate::runtime::native::KwArgs::default())?;
                if self.equal(item, sentinel)? {
                    if let Some(Object::Iterator(state)) = self.heap.get_mut(r) {
                        state.exhaust();
                    }
                    return Ok(None);
                }
                Ok(Some(item))
            }
            IterState::Seq { .. } => self.next_in_sequence(r),
            IterState::DictEntries { .. } => self.next_in_dict(r),
        }
    }

    fn next_in_sequence(
        &mut self,
        r: crate::runtime::heap::ObjRef,
    ) -> Result<Option<Value>, Exception> {
        let Object::Iterator(IterState::Seq { seq, index, .. }) = self.heap.get(r) else {
            return Ok(None);
        };
        let (seq, index) = (*seq, *index);
        let item = match self.heap.get(seq) {
            Object::List(items) => items.get(index).copied(),
            Object::Tuple(items) => items.get(index).copied(),
            _ => None,
        };
        if let Some(Object::Iterator(state)) = self.heap.get_mut(r) {
            match item {
                Some(_) => {
                    if let IterState::Seq { index, .. } = state {
                        *index += 1;
                    }
                }
                None => state.exhaust(),
            }
        }
        Ok(item)
    }

    fn next_in_dict(
        &mut self,
        r: crate::runtime::heap::ObjRef,
    ) -> Result<Option<Value>, Exception> {
        let Object::Iterator(IterState::DictEntries {
            dict,
            index,
            kind,
            expected_len,
            yielded,
        }) = self.heap.get(r)
        else {
            return Ok(None);
        };
        let (dict, index, kind, expected_len, yielded) =
            (*dict, *index, *kind, *expected_len, *yielded);
        let (table_len, found) = match self.heap.get(dict) {
            Object::Dict(table) | Object::Set { items: table, .. } => {
                (table.len(), table.next_entry(index).map(|(i, e)| (i, *e)))
            }
            _ => (0, None),
        };
        if table_len != expected_len {
            let what = if matches!(self.heap.get(dict), Object::Set { .. }) {
                "Set"
            } else {
                "dictionary"
            };
            if let Some(Object::Iterator(state)) = self.heap.get_mut(r) {
                state.exhaust();
            }
            return Err(self.error(
                TypeId::RuntimeError,
                format!("{what} changed size during iteration"),
            ));
        }
        let Some((position, entry)) = found else {
            if let Some(Object::Iterator(state)) = self.heap.get_mut(r) {
                state.exhaust();
            }
            return Ok(None);
        };
        let is_set = matches!(self.heap.get(dict), Object::Set { .. });
        if yielded == expected_len && !is_set {
            if let Some(Object::Iterator(state)) = self.heap.get_mut(r) {
                state.exhaust();
            }
            return Err(self.error(
                TypeId::RuntimeError,
                "dictionary keys changed during iteration",
            ));
        }
        if let Some(Object::Iterator(IterState::DictEntries { index, yielded, .. })) =
            self.heap.get_mut(r)
        {
            *index = position + 1;
            *yielded += 1;
        }
        Ok(Some(match kind {
            DictView::Keys => entry.key,
            DictView::Values => entry.value,
            DictView::Items => self.new_tuple(vec![entry.key, entry.value]),
        }))
    }

    /// Every item of an iterable, in order (what `list(x)` sees).
    pub fn collect_iterable(&mut self, value: Value) -> Result<Vec<Value>, Exception> {
        if let Some(r) = value.as_obj() {
            match self.heap.get(r) {
                Object::List(items) => return Ok(items.to_vec()),
                Object::Tuple(items) => return Ok(items.to_vec()),
                _ => {}
            }
        }
        let iterator = self.get_iter(value)?;
        self.drain_iterator(iterator)
    }

    /// What `list(x)`, `tuple(x)` and `sorted(x)` take from `x`: list_extend gets the
    /// iterator first, then asks a user class for a length hint (`__len__`), then
    /// iterates.
    pub fn collect_with_length_hint(&mut self, value: Value) -> Result<Vec<Value>, Exception> {
        if !self.has_user_class(value) {
            return self.collect_iterable(value);
        }
        let iterator = self.get_iter(value)?;
        self.native_roots.push(iterator);
        let hint = self.len_dunder(value);
        self.native_roots.pop();
        hint?;
        self.drain_iterator(iterator)
    }

    fn drain_iterator(&mut self, iterator: Value) -> Result<Vec<Value>, Exception> {
        let mut items = Vec::new();
        while let Some(item) = self.iter_next(iterator)? {
            items.push(item);
            // `list(endless())` fails as CPython's does once memory runs out.
            if items.len() & 0xF_FFFF == 0 && items.len() * 16 > self.budgets.max_heap_bytes {
                return Err(self.error(TypeId::MemoryError, ""));
            }
        }
        Ok(items)
    }
}
