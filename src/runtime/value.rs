//! The value every stack slot, local and container element holds.
//!
//! `Value` is 16 bytes and `Copy`: small ints, floats, bools and `None` live inline, and
//! everything else is a reference to a heap slot. Copying a value never allocates.

use super::heap::ObjRef;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Value {
    #[default]
    None,
    Bool(bool),
    /// An int that fits in 64 bits; larger ones live on the heap as big ints.
    Int(i64),
    Float(f64),
    Obj(ObjRef),
    /// The interpreter's own marker for "no value" on the operand stack (CPython's
    /// NULL under a method call). Python code can never observe it.
    Null,
}

impl Value {
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }

    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}

impl From<ObjRef> for Value {
    fn from(r: ObjRef) -> Self {
        Value::Obj(r)
    }
}
