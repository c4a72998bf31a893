//! Ranges whose bounds or length do not fit in 64 bits: `range(2**64)`,
//! `range(0, 2**70, 2**60)`. CPython's range holds Python ints, so any size works
//! except what needs a C ssize_t (`len()`, "Python int too large to convert to C
//! ssize_t"); the interpreter keeps the i64 range for everything else and makes
//! this one only when a bound or the length does not fit.

use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::{IterState, Object, RangeObject};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A range of big ints; `step` is never zero.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

/// A big range's iterator: the next value and how many remain.
#[derive(Clone, Debug)]
pub struct BigRangeIter {
    pub next: BigInt,
    pub remaining: BigInt,
    pub step: BigInt,
}

impl BigRange {
    pub fn from_small(range: &RangeObject) -> BigRange {
        BigRange {
            start: range.start.into(),
            stop: range.stop.into(),
            step: range.step.into(),
        }
    }

    /// CPython's compute_range_length.
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1u8) / step + 1u8
    }

    pub fn item(&self, index: &BigInt) -> BigInt {
        &self.start + &self.step * index
    }

    /// The position of `n`, if the range holds it.
    pub fn position(&self, n: &BigInt) -> Option<BigInt> {
        let (position, rest) = (n - &self.start).div_rem(&self.step);
        let inside = rest.is_zero() && !position.is_negative() && position < self.len();
        inside.then_some(position)
    }

    /// The i64 range with the same values, when its bounds and length fit.
    fn small(&self) -> Option<RangeObject> {
        self.len().to_i64()?;
        Some(RangeObject {
            start: self.start.to_i64()?,
            stop: self.stop.to_i64()?,
            step: self.step.to_i64()?,
        })
    }

    /// `range.__hash__`: the hash of `(len, start, step)`, with `None` for the step
    /// of a one-item range and for both of an empty one, so equal ranges hash alike.
    pub fn hash(&self) -> u64 {
        use crate::runtime::hashing::{hash_bigint, hash_tuple};
        let none = crate::runtime::hashing::NONE_HASH;
        let len = self.len();
        let start = if len.is_zero() {
            none
        } else {
            hash_bigint(&self.start) as u64
        };
        let step = if len <= BigInt::one() {
            none
        } else {
            hash_bigint(&self.step) as u64
        };
        hash_tuple(&[hash_bigint(&len) as u64, start, step])
    }
}

/// Any range object's values as a big range.
pub fn range_parts(object: &Object) -> Option<BigRange> {
    match object {
        Object::Range(range) => Some(BigRange::from_small(range)),
        Object::BigRange(range) => Some((**range).clone()),
        _ => None,
    }
}

/// `range.__eq__`: the same values in the same order.
pub fn ranges_equal(a: &Object, b: &Object) -> bool {
    let (Some(p), Some(q)) = (range_parts(a), range_parts(b)) else {
        return false;
    };
    let len = p.len();
    len == q.len() && (len.is_zero() || (p.start == q.start && (len.is_one() || p.step == q.step)))
}

/// One slice bound resolved against a length (`_PySlice_GetLongIndices`).
fn slice_bound(
    value: Option<BigInt>,
    default: &BigInt,
    length: &BigInt,
    lower: &BigInt,
    upper: &BigInt,
) -> BigInt {
    let Some(mut bound) = value else {
        return default.clone();
    };
    if bound.is_negative() {
        bound += length;
        if &bound < lower {
            bound = lower.clone();
        }
    } else if &bound > upper {
        bound = upper.clone();
    }
    bound
}

impl Vm {
    /// A range object, the i64 one when everything fits.
    pub fn new_range(&mut self, range: BigRange) -> Value {
        match range.small() {
            Some(small) => self.alloc(Object::Range(small)),
            None => self.alloc(Object::BigRange(Box::new(range))),
        }
    }

    /// `len(r)` for a big range: its length, or OverflowError past a C ssize_t.
    pub(crate) fn big_range_len(&mut self, range: &BigRange) -> Result<Value, Exception> {
        match range.len().to_i64() {
            Some(n) => Ok(Value::Int(n)),
            None => Err(self.overflow("Python int too large to convert to C ssize_t")),
        }
    }

    /// `r[i]` for a big range, the index itself possibly big.
    pub(crate) fn big_range_item(
        &mut self,
        range: &BigRange,
        key: Value,
    ) -> Result<Value, Exception> {
        let key = self.index_operand(key)?;
        let Some(mut index) = self.int_value(key) else {
            let message = format!(
                "range indices must be integers or slices, not {}",
                self.type_name(key)
            );
            return Err(self.type_error(message));
        };
        let len = range.len();
        if index.is_negative() {
            index += &len;
        }
        if index.is_negative() || index >= len {
            return Err(self.error(
                crate::runtime::types::TypeId::IndexError,
                "range object index out of range",
            ));
        }
        self.new_int_big(range.item(&index))
    }

    /// `r[a:b:c]` for any range, computed with big ints (CPython's compute_slice).
    pub(crate) fn big_range_slice(
        &mut self,
        range: &BigRange,
        slice: ObjRef,
    ) -> Result<Value, Exception> {
        let Object::Slice { start, stop, step } = self.heap.get(slice).clone() else {
            return Ok(Value::None);
        };
        let step = match self.slice_int(step)? {
            Some(step) if step.is_zero() => {
                return Err(self.value_error("slice step cannot be zero"))
            }
            Some(step) => step,
            None => BigInt::one(),
        };
        let length = range.len();
        let (lower, upper) = if step.is_negative() {
            (BigInt::from(-1), &length - 1u8)
        } else {
            (BigInt::zero(), length.clone())
        };
        let (first, last) = if step.is_negative() {
            (&upper, &lower)
        } else {
            (&lower, &upper)
        };
        let start = self.slice_int(start)?;
        let start = slice_bound(start, first, &length, &lower, &upper);
        let stop = self.slice_int(stop)?;
        let stop = slice_bound(stop, last, &length, &lower, &upper);
        let sliced = BigRange {
            start: range.item(&start),
            stop: range.item(&stop),
            step: &range.step * step,
        };
        Ok(self.new_range(sliced))
    }

    /// A slice field: `None`, or an int through `__index__`.
    fn slice_int(&mut self, value: Value) -> Result<Option<BigInt>, Exception> {
        if value.is_none() {
            return Ok(None);
        }
        let value = self.index_operand(value)?;
        match self.int_value(value) {
            Some(n) => Ok(Some(n)),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// The iterator of a big range, forwards or (`reversed`) backwards.
    pub(crate) fn big_range_iter(range: &BigRange, reversed: bool) -> IterState {
        let remaining = range.len();
        let (next, step) = if reversed {
            (range.item(&(&remaining - 1u8)), -&range.step)
        } else {
            (range.start.clone(), range.step.clone())
        };
        IterState::BigRange(Box::new(BigRangeIter {
            next,
            remaining,
            step,
        }))
    }
}

impl BigRangeIter {
    /// The next value, or `None` when done.
    pub fn advance(&mut self) -> Option<BigInt> {
        if !self.remaining.is_positive() {
            return None;
        }
        self.remaining -= 1u8;
        let current = self.next.clone();
        self.next += &self.step;
        Some(current)
    }
}

/// `range(start, stop[, step])` as CPython writes it.
pub fn big_range_repr(range: &BigRange) -> String {
    if range.step.is_one() {
        format!("range({}, {})", range.start, range.stop)
    } else {
        format!("range({}, {}, {})", range.start, range.stop, range.step)
    }
}
