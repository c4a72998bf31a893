//! Special methods of user classes behind Python's protocols: operators, comparison,
//! hashing, containers, iteration, `repr`, `str` and `format`. Each hook answers
//! `Ok(None)` when the value's class defines no such method, so the built-in
//! behaviour applies.

use crate::runtime::exception::Exception;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::{CmpOperator, Operator};

/// The method names of a binary operator: (`__add__`, `__radd__`).
fn operator_methods(op: Operator) -> (&'static str, &'static str) {
    match op {
        Operator::Add => ("__add__", "__radd__"),
        Operator::Sub => ("__sub__", "__rsub__"),
        Operator::Mult => ("__mul__", "__rmul__"),
        Operator::MatMult => ("__matmul__", "__rmatmul__"),
        Operator::Div => ("__truediv__", "__rtruediv__"),
        Operator::Mod => ("__mod__", "__rmod__"),
        Operator::Pow => ("__pow__", "__rpow__"),
        Operator::LShift => ("__lshift__", "__rlshift__"),
        Operator::RShift => ("__rshift__", "__rrshift__"),
        Operator::BitOr => ("__or__", "__ror__"),
        Operator::BitXor => ("__xor__", "__rxor__"),
        Operator::BitAnd => ("__and__", "__rand__"),
        Operator::FloorDiv => ("__floordiv__", "__rfloordiv__"),
    }
}

/// The method name of an augmented assignment: `__iadd__` for `+=`.
fn inplace_method(op: Operator) -> &'static str {
    match op {
        Operator::Add => "__iadd__",
        Operator::Sub => "__isub__",
        Operator::Mult => "__imul__",
        Operator::MatMult => "__imatmul__",
        Operator::Div => "__itruediv__",
        Operator::Mod => "__imod__",
        Operator::Pow => "__ipow__",
        Operator::LShift => "__ilshift__",
        Operator::RShift => "__irshift__",
        Operator::BitOr => "__ior__",
        Operator::BitXor => "__ixor__",
        Operator::BitAnd => "__iand__",
        Operator::FloorDiv => "__ifloordiv__",
    }
}

impl Vm {
    /// `a op= b` through `a.__iop__(b)`, which Python tries before `__op__` and `__rop__`
    /// (`binary_iop1` in CPython's abstract.c); `None` when it is missing or answers
    /// NotImplemented, and the plain operator then applies.
    pub(crate) fn inplace_dunder(
        &mut self,
        op: Operator,
        a: Value,
        b: Value,
    ) -> Result<Option<Value>, Exception> {
        match self.call_user_method(a, inplace_method(op), vec![b])? {
            Some(result) if !self.is_not_implemented(result) => Ok(Some(result)),
            _ => Ok(None),
        }
    }

    /// Whether the value is an instance of a user class (its special methods count).
    pub fn has_user_class(&self, value: Value) -> bool {
        match value.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Instance(_)) => true,
            Some(Object::Exception(e)) => e.class.is_some(),
            // A class made by a metaclass of Python code gets its special methods there.
            Some(Object::Class(c)) => c.metaclass.is_some(),
            _ => false,
        }
    }

    fn is_not_implemented(&self, value: Value) -> bool {
        value == self.type_value(TypeId::NotImplementedType)
    }

    /// `a op b` through `__op__`, then the reflected `__rop__` of `b`.
    pub(crate) fn binary_dunder(
        &mut self,
        op: Operator,
        a: Value,
        b: Value,
    ) -> Result<Option<Value>, Exception> {
        let (method, reflected) = operator_methods(op);
        if let Some(result) = self.call_user_method(a, method, vec![b])? {
            if !self.is_not_implemented(result) {
                return Ok(Some(result));
            }
        }
        if let Some(result) = self.call_user_method(b, reflected, vec![a])? {
            if !self.is_not_implemented(result) {
                return Ok(Some(result));
            }
        }
        Ok(None)
    }

    /// `a == b` through `__eq__` (either side).
    pub(crate) fn equality_dunder(
        &mut self,
        a: Value,
        b: Value,
    ) -> Result<Option<bool>, Exception> {
        for (left, right) in [(a, b), (b, a)] {
            if let Some(result) = self.call_user_method(left, "__eq__", vec![right])? {
                if !self.is_not_implemented(result) {
                    return Ok(Some(self.truthy(result)));
                }
            }
        }
        Ok(None)
    }

    /// `a < b` and friends through `__lt__`..., then the mirrored method of `b`.
    pub(crate) fn order_dunder(
        &mut self,
        op: CmpOperator,
        a: Value,
        b: Value,
    ) -> Result<Option<bool>, Exception> {
        let (method, mirrored) = match op {
            CmpOperator::Lt => ("__lt__", "__gt__"),
            CmpOperator::LtE => ("__le__", "__ge__"),
            CmpOperator::Gt => ("__gt__", "__lt__"),
            _ => ("__ge__", "__le__"),
        };
        for (target, name, other) in [(a, method, b), (b, mirrored, a)] {
            if let Some(result) = self.call_user_method(target, name, vec![other])? {
                if !self.is_not_implemented(result) {
                    return Ok(Some(self.truthy(result)));
                }
            }
        }
        Ok(None)
    }

    /// `hash(x)` through `__hash__`; a class that defines `__eq__` alone is unhashable.
    pub(crate) fn hash_dunder(&mut self, value: Value) -> Result<Option<u64>, Exception> {
        if !self.has_user_class(value) {
            return Ok(None);
        }
        if self.user_method(value, "__hash__") == Some(Value::None) {
            let name = self.class_name(value);
            return Err(self.type_error(format!("unhashable type: '{name}'")));
        }
        if let Some(result) = self.call_user_method(value, "__hash__", Vec::new())? {
            return match self.small_int(result) {
                Some(h) => Ok(Some(crate::runtime::hashing::hash_int(h) as u64)),
                None => Err(self.type_error("__hash__ method should return an integer")),
            };
        }
        if self.user_method(value, "__eq__").is_some() {
            let name = self.class_name(value);
            return Err(self.type_error(format!("unhashable type: '{name}'")));
        }
        // A subclass of a built-in type inherits its hash: a namedtuple hashes as its
        // tuple does, a subclass of list stays unhashable.
        let base = self.builtin_view(value);
        if base != value {
            return self.hash(base).map(Some);
        }
        Ok(None)
    }

    /// `repr(x)` through `__repr__`, which must return a str.
    pub(crate) fn repr_dunder(
        &mut self,
        value: Value,
        method: &str,
    ) -> Result<Option<String>, Exception> {
        let Some(result) = self.call_user_method(value, method, Vec::new())? else {
            return Ok(None);
        };
        match self.str_text(result) {
            Some(text) => Ok(Some(text.to_string())),
            None => {
                let kind = self.class_name(result);
                Err(self.type_error(format!("{method} returned non-string (type {kind})")))
            }
        }
    }

    /// The default repr of an instance: `<__main__.Point object at 0x…>`.
    pub(crate) fn instance_repr(&mut self, value: Value) -> String {
        let class = self.class_of(value);
        let module = match class.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(c)) => c.module,
            _ => Value::None,
        };
        let module = self
            .str_text(module)
            .map(|m| format!("{m}."))
            .unwrap_or_default();
        let qualname = match class.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(c)) => c.qualname.to_string(),
            _ => self.type_name(value).to_string(),
        };
        format!(
            "<{module}{qualname} object at {:#x}>",
            self.value_address(value)
        )
    }

    /// Truth with user classes: `__bool__`, else `__len__`, else true.
    pub fn is_true(&mut self, value: Value) -> Result<bool, Exception> {
        if !self.has_user_class(value) {
            return Ok(self.truthy(value));
        }
        if let Some(result) = self.call_user_method(value, "__bool__", Vec::new())? {
            return match result {
                Value::Bool(b) => Ok(b),
                other => {
                    let kind = self.class_name(other);
                    Err(self.type_error(format!("__bool__ should return bool, returned {kind}")))
                }
            };
        }
        if let Some(n) = self.len_dunder(value)? {
            return Ok(n != 0);
        }
        let base = self.builtin_view(value);
        Ok(base == value || self.truthy(base))
    }

    /// `len(x)` through `__len__`.
    pub fn len_dunder(&mut self, value: Value) -> Result<Option<i64>, Exception> {
        let Some(result) = self.call_user_method(value, "__len__", Vec::new())? else {
            return Ok(None);
        };
        match self.small_int(result) {
            Some(n) if n >= 0 => Ok(Some(n)),
            Some(_) => Err(self.value_error("__len__() should return >= 0")),
            None => {
                let kind = self.class_name(result);
                Err(self.type_error(format!(
                    "'{kind}' object cannot be interpreted as an integer"
                )))
            }
        }
    }

    /// `next(x)` through `__next__`; StopIteration means exhausted.
    pub(crate) fn next_dunder(&mut self, value: Value) -> Result<Option<Option<Value>>, Exception> {
        if self.user_method(value, "__next__").is_none() {
            return Ok(None);
        }
        match self.call_user_method(value, "__next__", Vec::new()) {
            Ok(result) => Ok(Some(result)),
            Err(Exception::Raised(e)) if self.heap.get(e).type_id() == TypeId::StopIteration => {
                Ok(Some(None))
            }
            Err(error) => Err(error),
        }
    }
}
