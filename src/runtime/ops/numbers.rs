//! Numbers as the operators see them: a small int, a big int or a float, with bool
//! counting as an int (Python's `bool` subclasses `int`).

use crate::runtime::exception::{BudgetExceeded, Exception};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use std::rc::Rc;

#[derive(Clone, Debug)]
pub enum Number {
    Int(i64),
    Big(Rc<BigInt>),
    Float(f64),
}

impl Number {
    pub fn to_bigint(&self) -> Option<BigInt> {
        match self {
            Number::Int(i) => Some(BigInt::from(*i)),
            Number::Big(b) => Some((**b).clone()),
            Number::Float(_) => None,
        }
    }

    /// The value as a float; big ints too large give an OverflowError message.
    pub fn to_f64(&self) -> Result<f64, &'static str> {
        match self {
            Number::Int(i) => Ok(*i as f64),
            Number::Float(f) => Ok(*f),
            Number::Big(b) => match b.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => Err("int too large to convert to float"),
            },
        }
    }

    pub fn is_float(&self) -> bool {
        matches!(self, Number::Float(_))
    }
}

impl Vm {
    /// The number a value holds, if it is an int, bool or float.
    pub fn number(&self, value: Value) -> Option<Number> {
        match value {
            Value::Int(i) => Some(Number::Int(i)),
            Value::Bool(b) => Some(Number::Int(i64::from(b))),
            Value::Float(f) => Some(Number::Float(f)),
            Value::Obj(r) => match self.heap.get(r) {
                Object::BigInt(b) => Some(Number::Big(b.clone())),
                _ => None,
            },
            _ => None,
        }
    }

    /// The value as an i64 if it is an int (or bool) that fits.
    pub fn small_int(&self, value: Value) -> Option<i64> {
        match value {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(i64::from(b)),
            _ => None,
        }
    }

    /// The value as a big int if it is an int of any size (or bool).
    pub fn int_value(&self, value: Value) -> Option<BigInt> {
        match self.number(value)? {
            Number::Float(_) => None,
            n => n.to_bigint(),
        }
    }

    /// Makes an int value, inline when it fits in 64 bits; refuses ints past the
    /// size budget so that `10**10**10` stops instead of eating memory.
    pub fn new_int_big(&mut self, n: BigInt) -> Result<Value, Exception> {
        if let Some(i) = n.to_i64() {
            return Ok(Value::Int(i));
        }
        if n.bits() > self.budgets.max_int_bits {
            return Err(Exception::Budget(BudgetExceeded::IntBits(
                self.budgets.max_int_bits,
            )));
        }
        Ok(self.alloc(Object::BigInt(Rc::new(n))))
    }

    pub fn number_value(&mut self, n: Number) -> Result<Value, Exception> {
        match n {
            Number::Int(i) => Ok(Value::Int(i)),
            Number::Float(f) => Ok(Value::Float(f)),
            Number::Big(b) => self.new_int_big((*b).clone()),
        }
    }

    /// Python truth: false for None, False, zero, and empty containers.
    pub fn truthy(&self, value: Value) -> bool {
        match value {
            Value::None | Value::Null => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => s.byte_len() > 0,
                Object::Bytes(bytes) => !bytes.is_empty(),
                Object::Complex(c) => c.real != 0.0 || c.imag != 0.0,
                Object::BigInt(b) => !b.is_zero(),
                Object::List(items) => !items.is_empty(),
                Object::Tuple(items) => !items.is_empty(),
                Object::Dict(d) => !d.is_empty(),
                Object::Set { items, .. } => !items.is_empty(),
                Object::Range(range) => !range.is_empty(),
                Object::BigRange(range) => !range.len().is_zero(),
                Object::DictView { dict, .. } => match self.heap.get(*dict) {
                    Object::Dict(d) => !d.is_empty(),
                    _ => true,
                },
                _ => true,
            },
        }
    }

    pub fn overflow(&mut self, message: &str) -> Exception {
        self.error(TypeId::OverflowError, message)
    }
}
