//! `x[i]`, `x[i] = v` and `del x[i]` on the built-in containers (slices are in
//! `slices`).

use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm {
    pub fn get_item(&mut self, container: Value, key: Value) -> Result<Value, Exception> {
        if self.has_user_class(container) {
            if let Some(result) = self.call_user_method(container, "__getitem__", vec![key])? {
                return Ok(result);
            }
            let base = self.builtin_view(container);
            if base != container {
                return self.get_base_item(container, base, key);
            }
            if self.is_user_class_object(container) {
                return self.class_getitem(container, key);
            }
            let name = self.class_name(container);
            return Err(self.type_error(format!("'{name}' object is not subscriptable")));
        }
        let Some(r) = container.as_obj() else {
            return Err(self.not_subscriptable(container));
        };
        if self.is_user_class_object(container) {
            return self.class_getitem(container, key);
        }
        let ty = self.type_of(container);
        if self.is_slice(key) {
            return self.get_slice(container, key);
        }
        // A sequence's index goes through `__index__`; a dict's key is itself.
        let key = match ty {
            TypeId::Str | TypeId::Bytes | TypeId::Range => self.index_operand(key)?,
            _ => key,
        };
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
                let (text, count, ascii) = (s.text().clone(), s.char_len as i64, s.is_ascii());
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
            Object::BigRange(range) => {
                let range = (**range).clone();
                self.big_range_item(&range, key)
            }
            Object::Range(range) => {
                let range = *range;
                let index = self.sequence_index(key, range.len() as usize, "range")?;
                match index {
                    Some(i) => Ok(Value::Int(range.item(i as i64))),
                    None => Err(self.error(TypeId::IndexError, "range object index out of range")),
                }
            }
            Object::Bytes(bytes) => {
                let len = bytes.len();
                let index = self.sequence_index(key, len, "bytes")?;
                let byte = index.and_then(|i| match self.heap.get(r) {
                    Object::Bytes(bytes) => bytes.get(i).copied(),
                    _ => None,
                });
                match byte {
                    Some(byte) => Ok(Value::Int(i64::from(byte))),
                    None => Err(self.error(TypeId::IndexError, "index out of range")),
                }
            }
            Object::Dict(_) => match self.dict_get(container, key)? {
                Some(value) => Ok(value),
                None => Err(self.key_error(key)),
            },
            Object::Type(ty) => {
                let ty = *ty;
                if matches!(
                    ty,
                    TypeId::List
                        | TypeId::Dict
                        | TypeId::Set
                        | TypeId::FrozenSet
                        | TypeId::Tuple
                        | TypeId::Type
                ) {
                    // PEP 585: `list[int]` is a generic alias.
                    return crate::runtime::library::builtin_alias(self, ty, key);
                }
                let name = ty.name();
                Err(self.type_error(format!("type '{name}' is not subscriptable")))
            }
            _ => Err(self.type_error(format!("'{}' object is not subscriptable", ty.name()))),
        }
    }

    fn is_user_class_object(&self, value: Value) -> bool {
        matches!(
            value.as_obj().map(|r| self.heap.get(r)),
            Some(Object::Class(_))
        )
    }

    /// PEP 560: `C[key]` on a class calls its `__class_getitem__`, which `type.__new__`
    /// makes a class method even when it is written as a plain function.
    fn class_getitem(&mut self, class: Value, key: Value) -> Result<Value, Exception> {
        let Some(method) = self.lookup_in_class(class, "__class_getitem__") else {
            let name = self.class_name_of(class);
            return Err(self.type_error(format!("type '{name}' is not subscriptable")));
        };
        match method.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Function(_)) => self.call(method, vec![class, key], KwArgs::default()),
            _ => {
                let bound = self.get_attr(class, "__class_getitem__")?;
                self.call(bound, vec![key], KwArgs::default())
            }
        }
    }

    /// `x[key]` on a subclass of a built-in type. A dict subclass that defines
    /// `__missing__` is asked for the keys the dict lacks (`dict.__getitem__`'s rule).
    pub(crate) fn get_base_item(
        &mut self,
        container: Value,
        base: Value,
        key: Value,
    ) -> Result<Value, Exception> {
        let is_dict = matches!(
            base.as_obj().map(|r| self.heap.get(r)),
            Some(Object::Dict(_))
        );
        let missing = self.user_method(container, "__missing__");
        match missing {
            Some(missing) if is_dict && !self.is_slice(key) => match self.dict_get(base, key)? {
                Some(value) => Ok(value),
                None => self.call(missing, vec![container, key], KwArgs::default()),
            },
            _ => self.get_item(base, key),
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

    pub(super) fn not_subscriptable(&mut self, value: Value) -> Exception {
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
        let key = self.index_operand(key)?;
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
    pub(super) fn index_value(&self, key: Value) -> Option<i64> {
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
            let base = self.builtin_view(container);
            if base != container {
                return self.set_item(base, key, value);
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

    pub fn delete_item(&mut self, container: Value, key: Value) -> Result<(), Exception> {
        if self.has_user_class(container) {
            if self
                .call_user_method(container, "__delitem__", vec![key])?
                .is_some()
            {
                return Ok(());
            }
            let base = self.builtin_view(container);
            if base != container {
                return self.delete_item(base, key);
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
                    items.edit(|items| {
                        items.retain(|_| {
                            let keep = !doomed.contains(&position);
                            position += 1;
                            keep
                        })
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
