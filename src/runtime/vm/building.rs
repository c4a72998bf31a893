//! Instructions that build containers and strings, and unpack sequences.

use crate::runtime::budget::VALUE_BYTES;
use super::Vm;
use crate::runtime::code::Instr;
use crate::runtime::exception::Exception;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;

impl Vm {
    /// Pops the top `count` values, in push order.
    pub(super) fn pop_many(&mut self, count: usize) -> Vec<Value> {
        let start = self.stack.len().saturating_sub(count);
        self.stack.split_off(start)
    }

    pub(super) fn execute_building(&mut self, instr: Instr) -> Result<(), Exception> {
        match instr {
            Instr::BuildTuple(n) => {
                let items = self.pop_many(n as usize);
                let tuple = self.new_tuple(items);
                self.push(tuple);
            }
            Instr::BuildList(n) => {
                let items = self.pop_many(n as usize);
                let list = self.new_list(items);
                self.push(list);
            }
            Instr::BuildSet(n) => {
                let items = self.pop_many(n as usize);
                let set = self.build_set(items, false)?;
                self.push(set);
            }
            Instr::BuildMap(n) => {
                let items = self.pop_many(2 * n as usize);
                let dict = self.new_dict();
                for pair in items.chunks(2) {
                    if let [key, value] = pair {
                        self.dict_set(dict, *key, *value)?;
                    }
                }
                self.push(dict);
            }
            Instr::ListAppend(depth) => {
                let item = self.pop();
                let list = self.peek(depth as usize);
                self.grow_container(self.sequence_items_len(list), 1, VALUE_BYTES)?;
                if let Some(Object::List(items)) = list.as_obj().and_then(|r| self.heap.get_mut(r))
                {
                    items.push(item);
                }
            }
            Instr::SetAdd(depth) => {
                let item = self.pop();
                let set = self.peek(depth as usize);
                self.set_add(set, item)?;
            }
            Instr::MapAdd(depth) => {
                let value = self.pop();
                let key = self.pop();
                let dict = self.peek(depth as usize);
                self.dict_set(dict, key, value)?;
            }
            Instr::ListExtend(depth) => {
                let iterable = self.pop();
                let list = self.peek(depth as usize);
                let items = self.collect_for_unpacking(iterable)?;
                if let Some(Object::List(existing)) =
                    list.as_obj().and_then(|r| self.heap.get_mut(r))
                {
                    existing.extend(items);
                }
            }
            Instr::SetUpdate(depth) => {
                let iterable = self.pop();
                let set = self.peek(depth as usize);
                for item in self.collect_iterable(iterable)? {
                    self.set_add(set, item)?;
                }
            }
            Instr::DictUpdate(depth) => {
                let mapping = self.pop();
                let dict = self.peek(depth as usize);
                if self.type_of(mapping) != TypeId::Dict {
                    return Err(self.type_error(format!(
                        "'{}' object is not a mapping",
                        self.type_name(mapping)
                    )));
                }
                for (key, value) in self.dict_pairs(mapping) {
                    self.dict_set(dict, key, value)?;
                }
            }
            Instr::DictMerge(depth) => {
                let mapping = self.pop();
                let dict = self.peek(depth as usize);
                let callable = self.peek(depth as usize + 2);
                self.merge_keyword_mapping(callable, dict, mapping)?;
            }
            Instr::RefoldConstantSet => {
                let set = self.pop();
                let members = self.set_members(set);
                let refolded = self.build_set(members, false)?;
                self.push(refolded);
            }
            Instr::ListToTuple => {
                let list = self.pop();
                let items = self.sequence_items(list);
                let tuple = self.new_tuple(items);
                self.push(tuple);
            }
            _ => self.execute_text(instr)?,
        }
        Ok(())
    }

    fn collect_for_unpacking(&mut self, iterable: Value) -> Result<Vec<Value>, Exception> {
        match self.collect_iterable(iterable) {
            Ok(items) => Ok(items),
            Err(_) if self.get_iter(iterable).is_err() => Err(self.type_error(format!(
                "Value after * must be an iterable, not {}",
                self.type_name(iterable)
            ))),
            Err(error) => Err(error),
        }
    }

    fn execute_text(&mut self, instr: Instr) -> Result<(), Exception> {
        match instr {
            Instr::BuildString(n) => {
                let parts = self.pop_many(n as usize);
                let mut text = String::new();
                for part in parts {
                    text.push_str(&self.str_text(part).unwrap_or_default());
                }
                let value = self.new_str(&text);
                self.push(value);
            }
            Instr::FormatValue(flags) => {
                let spec = if flags & 4 != 0 {
                    Some(self.pop())
                } else {
                    None
                };
                let value = self.pop();
                let spec_text = spec.and_then(|s| self.str_text(s));
                let formatted = self.format_field(value, flags & 3, spec_text.as_deref())?;
                self.push(formatted);
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { self.pop() } else { Value::None };
                let stop = self.pop();
                let start = self.pop();
                let slice = self.alloc(Object::Slice { start, stop, step });
                self.push(slice);
            }
            Instr::UnpackSequence(n) => self.unpack(n as usize)?,
            Instr::UnpackEx(before, after) => {
                self.unpack_starred(before as usize, after as usize)?
            }
            _ => self.execute_matching(instr)?,
        }
        Ok(())
    }

    fn unpack_items(&mut self, value: Value) -> Result<Vec<Value>, Exception> {
        if self.get_iter(value).is_err() {
            return Err(self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(value)
            )));
        }
        self.collect_iterable(value)
    }

    /// `a, b = value`: pushes the items so that the first is on top.
    fn unpack(&mut self, count: usize) -> Result<(), Exception> {
        let value = self.pop();
        let items = self.unpack_items(value)?;
        if items.len() > count {
            return Err(self.value_error(format!("too many values to unpack (expected {count})")));
        }
        if items.len() < count {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {count}, got {})",
                items.len()
            )));
        }
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// `a, *rest, b = value`: the starred target takes a list of the middle.
    fn unpack_starred(&mut self, before: usize, after: usize) -> Result<(), Exception> {
        let value = self.pop();
        let mut items = self.unpack_items(value)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        let middle = self.new_list(middle);
        self.stack.extend(tail.into_iter().rev());
        self.push(middle);
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }
}
