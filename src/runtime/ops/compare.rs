//! Comparisons: `==` across the built-in types, ordering with CPython's TypeError,
//! identity, and membership (`in`).

use super::numbers::Number;
use crate::runtime::exception::Exception;
use crate::runtime::hashing;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::CmpOperator;
use num_bigint::BigInt;
use std::cmp::Ordering;

/// Containers nested deeper than this stop comparison with RecursionError.
const MAX_COMPARE_DEPTH: usize = 900;

impl Vm {
    pub fn compare_op(&mut self, op: CmpOperator, a: Value, b: Value) -> Result<Value, Exception> {
        let result = match op {
            CmpOperator::Eq => self.equal(a, b)?,
            CmpOperator::NotEq => !self.equal(a, b)?,
            CmpOperator::Is => self.is_same(a, b),
            CmpOperator::IsNot => !self.is_same(a, b),
            CmpOperator::In => self.contains(b, a)?,
            CmpOperator::NotIn => !self.contains(b, a)?,
            CmpOperator::Lt | CmpOperator::LtE | CmpOperator::Gt | CmpOperator::GtE => {
                if self.has_user_class(a) || self.has_user_class(b) {
                    if let Some(result) = self.order_dunder(op, a, b)? {
                        return Ok(Value::Bool(result));
                    }
                }
                let (a, b) = (self.builtin_view(a), self.builtin_view(b));
                let ordering = self.order(op, a, b, 0)?;
                match op {
                    CmpOperator::Lt => ordering == Some(Ordering::Less),
                    CmpOperator::LtE => matches!(ordering, Some(Ordering::Less | Ordering::Equal)),
                    CmpOperator::Gt => ordering == Some(Ordering::Greater),
                    _ => matches!(ordering, Some(Ordering::Greater | Ordering::Equal)),
                }
            }
        };
        Ok(Value::Bool(result))
    }

    /// `a is b`.
    pub fn is_same(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
            _ => a == b,
        }
    }

    /// `a == b`.
    pub fn equal(&mut self, a: Value, b: Value) -> Result<bool, Exception> {
        self.equal_at(a, b, 0)
    }

    fn equal_at(&mut self, a: Value, b: Value, depth: usize) -> Result<bool, Exception> {
        if depth > MAX_COMPARE_DEPTH {
            return Err(self.error(
                TypeId::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        if let (Some(x), Some(y)) = (self.number(a), self.number(b)) {
            return Ok(compare_numbers(&x, &y) == Some(Ordering::Equal));
        }
        if let Some(equal) = self.complex_equal(a, b) {
            return Ok(equal);
        }
        if self.has_user_class(a) || self.has_user_class(b) {
            if let Some(result) = self.equality_dunder(a, b)? {
                return Ok(result);
            }
            let (base_a, base_b) = (self.builtin_view(a), self.builtin_view(b));
            if (base_a, base_b) != (a, b) {
                return self.equal_at(base_a, base_b, depth + 1);
            }
            return Ok(self.is_same(a, b));
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return Ok(self.is_same(a, b));
        };
        if x == y {
            return Ok(true);
        }
        match (self.heap.get(x), self.heap.get(y)) {
            (Object::Str(p), Object::Str(q)) => Ok(p.text() == q.text()),
            (Object::Bytes(p), Object::Bytes(q)) => Ok(p == q),
            (Object::List(p), Object::List(q)) => {
                let (p, q) = (p.to_vec(), q.to_vec());
                self.sequences_equal(&p, &q, depth)
            }
            (Object::Tuple(p), Object::Tuple(q)) => {
                let (p, q) = (p.to_vec(), q.to_vec());
                self.sequences_equal(&p, &q, depth)
            }
            (Object::Range(p), Object::Range(q)) => Ok(p.len() == q.len()
                && (p.is_empty() || (p.start == q.start && (p.len() == 1 || p.step == q.step)))),
            (p @ (Object::Range(_) | Object::BigRange(_)), q @ Object::BigRange(_))
            | (p @ Object::BigRange(_), q @ Object::Range(_)) => {
                Ok(crate::runtime::big_range::ranges_equal(p, q))
            }
            (Object::Dict(_), Object::Dict(_)) => self.dicts_equal(a, b, depth),
            (
                Object::BoundMethod {
                    receiver: r1,
                    function: f1,
                },
                Object::BoundMethod {
                    receiver: r2,
                    function: f2,
                },
            ) => Ok(self.is_same(*r1, *r2) && f1 == f2),
            (Object::Set { items: p, .. }, Object::Set { items: q, .. }) => Ok(p.len() == q.len()
                && p.iter().all(|e| {
                    q.find(e.hash, |k| hashing::keys_equal(&self.heap, k, e.key))
                        .is_some()
                })),
            (Object::DictView { .. }, Object::DictView { .. })
            | (Object::DictView { .. }, Object::Set { .. }) => {
                let (p, q) = (self.collect_iterable(a)?, self.collect_iterable(b)?);
                let pset = self.build_set(p, true)?;
                let qset = self.build_set(q, true)?;
                self.equal_at(pset, qset, depth + 1)
            }
            _ => Ok(false),
        }
    }

    fn sequences_equal(
        &mut self,
        p: &[Value],
        q: &[Value],
        depth: usize,
    ) -> Result<bool, Exception> {
        if p.len() != q.len() {
            return Ok(false);
        }
        for (&x, &y) in p.iter().zip(q) {
            if !self.is_same(x, y) && !self.equal_at(x, y, depth + 1)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn dicts_equal(&mut self, a: Value, b: Value, depth: usize) -> Result<bool, Exception> {
        let (p, q) = (self.dict_pairs(a), self.dict_pairs(b));
        if p.len() != q.len() {
            return Ok(false);
        }
        for (key, value) in p {
            match self.dict_get(b, key)? {
                Some(other)
                    if self.is_same(value, other) || self.equal_at(value, other, depth + 1)? => {}
                _ => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `a < b` and friends: `None` when the operands are unordered (NaN, sets).
    fn order(
        &mut self,
        op: CmpOperator,
        a: Value,
        b: Value,
        depth: usize,
    ) -> Result<Option<Ordering>, Exception> {
        if depth > MAX_COMPARE_DEPTH {
            return Err(self.error(
                TypeId::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        if let (Some(x), Some(y)) = (self.number(a), self.number(b)) {
            return Ok(compare_numbers(&x, &y));
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        match (ta, tb) {
            (TypeId::Str, TypeId::Str) => {
                let (x, y) = (
                    self.str_text(a).unwrap_or_default(),
                    self.str_text(b).unwrap_or_default(),
                );
                Ok(Some(x.cmp(&y)))
            }
            (TypeId::List, TypeId::List) | (TypeId::Tuple, TypeId::Tuple) => {
                let (x, y) = (self.sequence_items(a), self.sequence_items(b));
                self.order_sequences(op, &x, &y, depth)
            }
            (TypeId::Set | TypeId::FrozenSet, TypeId::Set | TypeId::FrozenSet) => {
                self.order_sets(a, b)
            }
            _ => {
                let symbol = match op {
                    CmpOperator::Lt => "<",
                    CmpOperator::LtE => "<=",
                    CmpOperator::Gt => ">",
                    _ => ">=",
                };
                Err(self.type_error(format!(
                    "'{symbol}' not supported between instances of '{}' and '{}'",
                    self.class_name(a),
                    self.class_name(b)
                )))
            }
        }
    }

    /// Lexicographic: the first unequal pair decides, else the lengths.
    fn order_sequences(
        &mut self,
        op: CmpOperator,
        x: &[Value],
        y: &[Value],
        depth: usize,
    ) -> Result<Option<Ordering>, Exception> {
        for (&p, &q) in x.iter().zip(y) {
            if !self.is_same(p, q) && !self.equal_at(p, q, depth + 1)? {
                return self.order_items(op, p, q, depth + 1);
            }
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// The first unequal items of two sequences, ordered as `p op q` is: CPython's
    /// sequence comparison calls the items' own rich comparison, so a class's
    /// `__lt__` decides for `(date1,) < (date2,)` as it does for `date1 < date2`.
    fn order_items(
        &mut self,
        op: CmpOperator,
        p: Value,
        q: Value,
        depth: usize,
    ) -> Result<Option<Ordering>, Exception> {
        if self.has_user_class(p) || self.has_user_class(q) {
            if let Some(holds) = self.order_dunder(op, p, q)? {
                let asks_less = matches!(op, CmpOperator::Lt | CmpOperator::LtE);
                let ordering = if holds == asks_less {
                    Ordering::Less
                } else {
                    Ordering::Greater
                };
                return Ok(Some(ordering));
            }
        }
        let (p, q) = (self.builtin_view(p), self.builtin_view(q));
        self.order(op, p, q, depth)
    }

    fn order_sets(&mut self, a: Value, b: Value) -> Result<Option<Ordering>, Exception> {
        let (x, y) = (self.set_members(a), self.set_members(b));
        let x_in_y = self.all_contained(&x, b)?;
        let y_in_x = self.all_contained(&y, a)?;
        Ok(match (x_in_y, y_in_x) {
            (true, true) => Some(Ordering::Equal),
            (true, false) => Some(Ordering::Less),
            (false, true) => Some(Ordering::Greater),
            (false, false) => None,
        })
    }

    fn all_contained(&mut self, items: &[Value], container: Value) -> Result<bool, Exception> {
        for &item in items {
            if !self.contains(container, item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `needle in container`.
    pub fn contains(&mut self, container: Value, needle: Value) -> Result<bool, Exception> {
        if self.has_user_class(container) {
            if let Some(result) = self.call_user_method(container, "__contains__", vec![needle])? {
                return Ok(self.truthy(result));
            }
        }
        let Value::Obj(r) = container else {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        };
        match self.heap.get(r) {
            Object::Str(s) => {
                let haystack = s.text().clone();
                match self.str_text(needle) {
                    Some(n) => Ok(haystack.contains(&*n)),
                    None => Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.type_name(needle)
                    ))),
                }
            }
            Object::Bytes(haystack) => {
                let haystack = haystack.clone();
                self.bytes_contain(&haystack, needle)
            }
            Object::Dict(_) => Ok(self.dict_get(container, needle)?.is_some()),
            Object::Set { .. } => self.set_contains(container, needle),
            Object::BigRange(range) => Ok(match self.int_value(needle) {
                Some(n) => range.position(&n).is_some(),
                None => false,
            }),
            Object::Range(range) => {
                let range = *range;
                Ok(match self.small_int(needle) {
                    Some(n) => range_contains(range.start, range.stop, range.step, n),
                    None => false,
                })
            }
            Object::DictView {
                dict,
                kind: crate::runtime::object::DictView::Keys,
            } => {
                let dict = Value::Obj(*dict);
                Ok(self.dict_get(dict, needle)?.is_some())
            }
            _ => {
                let items = self.collect_iterable(container)?;
                for item in items {
                    if self.is_same(item, needle) || self.equal(item, needle)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}

fn range_contains(start: i64, stop: i64, step: i64, n: i64) -> bool {
    let inside = if step > 0 {
        n >= start && n < stop
    } else {
        n <= start && n > stop
    };
    inside && (n - start) % step == 0
}

/// Numbers compare by exact value across int and float, as CPython does.
pub fn compare_numbers(x: &Number, y: &Number) -> Option<Ordering> {
    match (x, y) {
        (Number::Int(a), Number::Int(b)) => Some(a.cmp(b)),
        (Number::Float(a), Number::Float(b)) => a.partial_cmp(b),
        (Number::Float(f), other) => compare_float_int(*f, other),
        (other, Number::Float(f)) => compare_float_int(*f, other).map(Ordering::reverse),
        _ => Some(x.to_bigint().cmp(&y.to_bigint())),
    }
}

fn compare_float_int(f: f64, int: &Number) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let whole = f.trunc();
    let whole_int = float_to_bigint(whole);
    let other = int.to_bigint()?;
    match whole_int.cmp(&other) {
        Ordering::Equal => (f - whole).partial_cmp(&0.0),
        ordering => Some(ordering),
    }
}

fn float_to_bigint(f: f64) -> BigInt {
    num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
}
