//! `__index__`: how an object of a user class stands for an int wherever Python needs
//! one exactly (`PyNumber_Index`): subscripts and slices, sequence repetition, `range`,
//! `bin`/`hex`/`oct` and `operator.index`.

use crate::runtime::exception::Exception;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::Operator;

impl Vm {
    /// The int a value stands for: itself when it is not a user object with
    /// `__index__`, else what `__index__` returns, which must be an int.
    pub fn index_operand(&mut self, value: Value) -> Result<Value, Exception> {
        if !self.has_user_class(value) || self.int_value(value).is_some() {
            return Ok(value);
        }
        let Some(result) = self.call_user_method(value, "__index__", Vec::new())? else {
            return Ok(value);
        };
        if self.int_value(result).is_some() {
            return Ok(result);
        }
        let message = format!("__index__ returned non-int (type {})", self.class_name(result));
        Err(self.type_error(message))
    }

    /// `sequence * n` and `n * sequence` where n has `__index__`: the sequence repeats
    /// that many times (sequence repetition asks `__index__`, not `__mul__`).
    pub(super) fn repeat_by_index(
        &mut self,
        op: Operator,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> Result<Option<Value>, Exception> {
        if op != Operator::Mult {
            return Ok(None);
        }
        let (a_index, b_index) = (self.index_operand(a)?, self.index_operand(b)?);
        if (a_index, b_index) == (a, b) {
            return Ok(None);
        }
        let is_count = |vm: &Vm, v: Value| vm.int_value(v).is_some();
        if is_count(self, a) || is_count(self, b) {
            return Ok(None);
        }
        self.binary_op(op, a_index, b_index, inplace).map(Some)
    }
}
