//! Operators on `bytes`: `+`, `*` by an int, and `in` (a byte value or a sub-bytes).

use crate::runtime::exception::Exception;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::Operator;
use std::rc::Rc;

impl Vm {
    fn bytes_of(&self, value: Value) -> Option<Rc<[u8]>> {
        match value.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Bytes(bytes)) => Some(bytes.clone()),
            _ => None,
        }
    }

    /// `a + b` and `a * n` (or `n * a`) when bytes are involved; `None` otherwise.
    pub(crate) fn bytes_op(
        &mut self,
        op: Operator,
        a: Value,
        b: Value,
    ) -> Result<Option<Value>, Exception> {
        let (left, right) = (self.bytes_of(a), self.bytes_of(b));
        let joined = match (op, left, right) {
            (Operator::Add, Some(x), Some(y)) => {
                self.check_str_bytes(x.len() + y.len())?;
                [&x[..], &y[..]].concat()
            }
            (Operator::Add, Some(_), None) => {
                let message = format!("can't concat {} to bytes", self.type_name(b));
                return Err(self.type_error(message));
            }
            (Operator::Mult, Some(x), None) => self.repeat_bytes(&x, b)?,
            (Operator::Mult, None, Some(y)) => self.repeat_bytes(&y, a)?,
            _ => return Ok(None),
        };
        Ok(Some(self.alloc(Object::Bytes(joined.into()))))
    }

    fn repeat_bytes(&mut self, bytes: &[u8], count: Value) -> Result<Vec<u8>, Exception> {
        if self.int_value(count).is_some() {
            let times = self.repeat_count(count)?;
            self.check_str_bytes(bytes.len().saturating_mul(times))?;
            return Ok(bytes.repeat(times));
        }
        let Some(times) = self.index_value(count).map(|n| n.max(0) as usize) else {
            let message = format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(count)
            );
            return Err(self.type_error(message));
        };
        self.check_str_bytes(bytes.len().saturating_mul(times))?;
        Ok(bytes.repeat(times))
    }

    /// `needle in haystack`: an int is a byte value, bytes a contiguous run.
    pub(crate) fn bytes_contain(
        &mut self,
        haystack: &[u8],
        needle: Value,
    ) -> Result<bool, Exception> {
        if let Some(run) = self.bytes_of(needle) {
            return Ok(run.is_empty() || haystack.windows(run.len()).any(|w| w == &run[..]));
        }
        match self.index_value(needle) {
            Some(byte) if (0..256).contains(&byte) => Ok(haystack.contains(&(byte as u8))),
            Some(_) => Err(self.value_error("byte must be in range(0, 256)")),
            None => {
                let message = format!(
                    "a bytes-like object is required, not '{}'",
                    self.type_name(needle)
                );
                Err(self.error(TypeId::TypeError, message))
            }
        }
    }
}
