//! Binary operators across the built-in types: numbers, then sequence concatenation
//! and repetition, set algebra and dict merge, else CPython's TypeError.

use crate::runtime::budget::VALUE_BYTES;
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::Operator;

/// Sequences longer than this are refused with MemoryError rather than built.
const MAX_SEQUENCE_LENGTH: usize = 10_000_000;

impl Vm {
    /// `a op b`, or `a op= b` when `inplace` (lists and sets then change in place).
    /// `&`, `|` and `^` of two bools give a bool.
    fn bool_op(op: Operator, a: Value, b: Value) -> Option<Value> {
        let (Value::Bool(x), Value::Bool(y)) = (a, b) else {
            return None;
        };
        match op {
            Operator::BitAnd => Some(Value::Bool(x & y)),
            Operator::BitOr => Some(Value::Bool(x | y)),
            Operator::BitXor => Some(Value::Bool(x ^ y)),
            _ => None,
        }
    }

    pub fn binary_op(
        &mut self,
        op: Operator,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> Result<Value, Exception> {
        if inplace && self.has_user_class(a) {
            if let Some(result) = self.inplace_dunder(op, a, b)? {
                return Ok(result);
            }
        }
        if let Some(result) = Self::bool_op(op, a, b) {
            return Ok(result);
        }
        if let (Some(x), Some(y)) = (self.number(a), self.number(b)) {
            if let Some(result) = self.numeric_op(op, &x, &y)? {
                return Ok(result);
            }
        }
        if let Some(result) = self.complex_op(op, a, b)? {
            return Ok(result);
        }
        if let Some(result) = self.bytes_op(op, a, b)? {
            return Ok(result);
        }
        if let Some(result) = self.container_op(op, a, b, inplace)? {
            return Ok(result);
        }
        if self.has_user_class(a) || self.has_user_class(b) {
            if let Some(result) = self.binary_dunder(op, a, b)? {
                return Ok(result);
            }
        }
        let (base_a, base_b) = (self.builtin_view(a), self.builtin_view(b));
        if (base_a, base_b) != (a, b) {
            return self.binary_op(op, base_a, base_b, inplace);
        }
        if let Some(result) = self.repeat_by_index(op, a, b, inplace)? {
            return Ok(result);
        }
        if op == Operator::BitOr {
            if let Some(union) = self.type_union(a, b)? {
                return Ok(union);
            }
        }
        Err(self.binary_type_error(op, a, b, inplace))
    }

    fn container_op(
        &mut self,
        op: Operator,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> Result<Option<Value>, Exception> {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        match (op, ta, tb) {
            (Operator::Add, TypeId::Str, TypeId::Str) => self.concat_strs(a, b).map(Some),
            (Operator::Add, TypeId::List, _) if inplace => {
                self.list_extend_in_place(a, b).map(Some)
            }
            (Operator::Add, TypeId::List, TypeId::List)
            | (Operator::Add, TypeId::Tuple, TypeId::Tuple) => {
                let mut items = self.sequence_items(a);
                let more = self.sequence_items(b);
                self.check_container_items(items.len() + more.len())?;
                items.extend(more);
                let result = if ta == TypeId::List {
                    self.new_list(items)
                } else {
                    self.new_tuple(items)
                };
                Ok(Some(result))
            }
            (
                Operator::Mult,
                TypeId::Str | TypeId::List | TypeId::Tuple,
                TypeId::Int | TypeId::Bool,
            ) => self.repeat(a, b, inplace),
            (
                Operator::Mult,
                TypeId::Int | TypeId::Bool,
                TypeId::Str | TypeId::List | TypeId::Tuple,
            ) => self.repeat(b, a, false),
            (Operator::Mod, TypeId::Str, _) => self.percent_format(a, b).map(Some),
            (Operator::Mod, TypeId::Bytes, _) => self.bytes_percent_format(a, b).map(Some),
            (
                Operator::BitOr | Operator::BitAnd | Operator::Sub | Operator::BitXor,
                TypeId::Set | TypeId::FrozenSet,
                TypeId::Set | TypeId::FrozenSet,
            ) => self
                .set_algebra(op, a, b, inplace && ta == TypeId::Set)
                .map(Some),
            (Operator::BitOr, TypeId::Dict, TypeId::Dict) => {
                self.dict_merge(a, b, inplace).map(Some)
            }
            (
                Operator::BitOr | Operator::BitAnd | Operator::Sub | Operator::BitXor,
                TypeId::DictKeys | TypeId::DictItems | TypeId::Set | TypeId::FrozenSet,
                TypeId::DictKeys | TypeId::DictItems | TypeId::Set | TypeId::FrozenSet,
            ) => {
                // Key and item views behave as sets; the result is a set.
                let (left, right) = (self.collect_iterable(a)?, self.collect_iterable(b)?);
                let (left, right) = (self.build_set(left, false)?, self.build_set(right, false)?);
                self.set_algebra(op, left, right, false).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// How many items a list or tuple has (0 for anything else).
    /// `a + b` for two strs, growing a buffer `a` shares where it can, so `s += t` in a
    /// loop is linear as in CPython.
    fn concat_strs(&mut self, a: Value, b: Value) -> Result<Value, Exception> {
        let bytes = match (self.heap_str(a), self.heap_str(b)) {
            (Some(head), Some(tail)) => head.byte_len() + tail.byte_len(),
            _ => return Err(self.binary_type_error(Operator::Add, a, b, false)),
        };
        self.check_str_bytes(bytes)?;
        let made_by = self.heap.next_id();
        let may_append = !self.heap.shared_strs_frozen;
        let joined = match (self.heap_str(a), self.heap_str(b)) {
            (Some(head), Some(tail)) => head.concat(tail, made_by, may_append),
            _ => return Err(self.binary_type_error(Operator::Add, a, b, false)),
        };
        let (joined, new_bytes) = joined;
        Ok(Value::Obj(
            self.heap.alloc_sized(Object::Str(joined), new_bytes),
        ))
    }

    pub fn sequence_items_len(&self, value: Value) -> usize {
        match value.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::List(items)) => items.len(),
            Some(Object::Tuple(items)) => items.len(),
            _ => 0,
        }
    }

    /// The items of a list or tuple (empty for anything else).
    pub fn sequence_items(&self, value: Value) -> Vec<Value> {
        match value {
            Value::Obj(r) => match self.heap.get(r) {
                Object::List(items) => items.to_vec(),
                Object::Tuple(items) => items.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    fn list_extend_in_place(&mut self, list: Value, other: Value) -> Result<Value, Exception> {
        let items = self.collect_iterable(other)?;
        self.grow_container(self.sequence_items_len(list), items.len(), VALUE_BYTES)?;
        if let Some(Object::List(existing)) = list.as_obj().and_then(|r| self.heap.get_mut(r)) {
            existing.extend(items);
        }
        Ok(list)
    }

    fn repeat(
        &mut self,
        sequence: Value,
        count: Value,
        inplace: bool,
    ) -> Result<Option<Value>, Exception> {
        let times = self.repeat_count(count)?;
        if let Some(text) = self.str_text(sequence) {
            if text.len().saturating_mul(times) > MAX_SEQUENCE_LENGTH {
                return Err(self.error(TypeId::MemoryError, ""));
            }
            return Ok(Some(self.new_str(&text.repeat(times))));
        }
        let items = self.sequence_items(sequence);
        if items.len().saturating_mul(times) > MAX_SEQUENCE_LENGTH {
            return Err(self.error(TypeId::MemoryError, ""));
        }
        // An empty sequence repeated any number of times is empty, at once.
        let times = if items.is_empty() { 0 } else { times };
        let repeated: Vec<Value> = std::iter::repeat_n(items, times).flatten().collect();
        match self.type_of(sequence) {
            TypeId::List if inplace => {
                if let Some(Object::List(existing)) =
                    sequence.as_obj().and_then(|r| self.heap.get_mut(r))
                {
                    *existing = repeated.into();
                }
                Ok(Some(sequence))
            }
            TypeId::List => Ok(Some(self.new_list(repeated))),
            _ => Ok(Some(self.new_tuple(repeated))),
        }
    }

    /// The count of `seq * n`: CPython converts `n` to a Py_ssize_t first, so an int
    /// past 64 bits is OverflowError even for an empty sequence; a negative one is 0.
    pub(super) fn repeat_count(&mut self, count: Value) -> Result<usize, Exception> {
        match self.small_int(count) {
            Some(n) => Ok(usize::try_from(n).unwrap_or(0)),
            None => Err(self.error(
                TypeId::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )),
        }
    }

    fn set_algebra(
        &mut self,
        op: Operator,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> Result<Value, Exception> {
        let left = self.set_members(a);
        let right = self.set_members(b);
        let mut result = Vec::new();
        match op {
            Operator::BitOr => {
                result.extend(left.iter().copied());
                result.extend(right.iter().copied());
            }
            Operator::BitAnd => {
                for &item in &left {
                    if self.contains_value(&right, item)? {
                        result.push(item);
                    }
                }
            }
            Operator::Sub => {
                for &item in &left {
                    if !self.contains_value(&right, item)? {
                        result.push(item);
                    }
                }
            }
            _ => {
                for &item in &left {
                    if !self.contains_value(&right, item)? {
                        result.push(item);
                    }
                }
                for &item in &right {
                    if !self.contains_value(&left, item)? {
                        result.push(item);
                    }
                }
            }
        }
        let frozen = self.type_of(a) == TypeId::FrozenSet;
        let built = self.build_set(result, frozen)?;
        if inplace {
            if let (Some(target), Some(source)) = (a.as_obj(), built.as_obj()) {
                self.replace_set_contents(target, source);
                return Ok(a);
            }
        }
        Ok(built)
    }

    fn replace_set_contents(&mut self, target: ObjRef, source: ObjRef) {
        let Object::Set { items, .. } = self.heap.get(source).clone() else {
            return;
        };
        if let Some(Object::Set {
            items: existing, ..
        }) = self.heap.get_mut(target)
        {
            *existing = items;
        }
    }

    fn contains_value(&mut self, items: &[Value], needle: Value) -> Result<bool, Exception> {
        for &item in items {
            if self.equal(item, needle)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The members of a set or frozenset, in table order.
    pub fn set_members(&self, value: Value) -> Vec<Value> {
        match value.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Set { items, .. }) => crate::runtime::set_order::ordered_members(items),
            _ => Vec::new(),
        }
    }

    fn dict_merge(&mut self, a: Value, b: Value, inplace: bool) -> Result<Value, Exception> {
        let target = if inplace { a } else { self.copy_dict(a) };
        let pairs = self.dict_pairs(b);
        for (key, value) in pairs {
            self.dict_set(target, key, value)?;
        }
        Ok(target)
    }

    pub fn copy_dict(&mut self, dict: Value) -> Value {
        match dict.as_obj().map(|r| self.heap.get(r).clone()) {
            Some(Object::Dict(table)) => self.alloc(Object::Dict(table)),
            _ => self.new_dict(),
        }
    }

    /// A dict's (key, value) pairs in order.
    pub fn dict_pairs(&self, dict: Value) -> Vec<(Value, Value)> {
        match dict.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Dict(table)) => table.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        }
    }

    fn binary_type_error(&mut self, op: Operator, a: Value, b: Value, inplace: bool) -> Exception {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let is_sequence = |t: TypeId| matches!(t, TypeId::Str | TypeId::List | TypeId::Tuple);
        if op == Operator::Add && is_sequence(ta) && !inplace {
            let (na, nb) = (ta.name(), tb.name());
            return self.type_error(format!("can only concatenate {na} (not \"{nb}\") to {na}"));
        }
        if op == Operator::Mult && (is_sequence(ta) || is_sequence(tb)) {
            let (other, other_value) = if is_sequence(ta) { (tb, b) } else { (ta, a) };
            if !matches!(other, TypeId::Int | TypeId::Bool) {
                let name = self.class_name(other_value);
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{name}'"
                ));
            }
        }
        let symbol = match (op, inplace) {
            (Operator::Pow, false) => "** or pow()".to_string(),
            (_, true) => format!("{}=", op.symbol()),
            _ => op.symbol().to_string(),
        };
        let (na, nb) = (self.class_name(a), self.class_name(b));
        self.type_error(format!(
            "unsupported operand type(s) for {symbol}: '{na}' and '{nb}'"
        ))
    }
}
