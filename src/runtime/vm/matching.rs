//! The instructions of `match` statements (PEP 634): which subjects are sequences
//! and mappings, mapping keys, and class patterns' attributes (CPython 3.11's
//! MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS).

use super::Vm;
use crate::runtime::code::Instr;
use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::object::{CollectionFlag, Object};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;

/// The built-in types whose instances a class pattern's one positional sub-pattern
/// matches as a whole (`case int(n):`), unless the class sets `__match_args__`.
const MATCH_SELF: [TypeId; 10] = [
    TypeId::Bool,
    TypeId::Bytes,
    TypeId::Dict,
    TypeId::Float,
    TypeId::FrozenSet,
    TypeId::Int,
    TypeId::List,
    TypeId::Set,
    TypeId::Str,
    TypeId::Tuple,
];

impl Vm {
    pub(super) fn execute_matching(&mut self, instr: Instr) -> Result<(), Exception> {
        match instr {
            Instr::MatchSequence => {
                let flag = self.collection_flag(self.class_of(self.peek(1)));
                self.push(Value::Bool(flag == Some(CollectionFlag::Sequence)));
            }
            Instr::MatchMapping => {
                let flag = self.collection_flag(self.class_of(self.peek(1)));
                self.push(Value::Bool(flag == Some(CollectionFlag::Mapping)));
            }
            Instr::GetLen => {
                let subject = self.peek(1);
                let length =
                    crate::runtime::builtins::builtin_len(self, &[subject], &KwArgs::default())?;
                self.push(length);
            }
            Instr::MatchKeys => {
                let values = self.match_keys(self.peek(2), self.peek(1))?;
                self.push(values);
            }
            Instr::CopyDictWithoutKeys => {
                let keys = self.pop();
                let subject = self.pop();
                let rest = self.dict_without_keys(subject, keys)?;
                self.push(rest);
            }
            Instr::MatchClass(count) => {
                let names = self.pop();
                let class = self.pop();
                let subject = self.pop();
                let attributes = self.match_class(subject, class, count as usize, names)?;
                self.push(attributes);
            }
            _ => {}
        }
        Ok(())
    }

    fn tuple_values(&self, value: Value) -> Vec<Value> {
        match value.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        }
    }

    /// A tuple of the subject's values for `keys`, or None when one is missing; the
    /// same key twice is an error, as dotted names can make it.
    fn match_keys(&mut self, subject: Value, keys: Value) -> Result<Value, Exception> {
        let keys = self.tuple_values(keys);
        let mapping = self.builtin_view(subject);
        if !self.is_dict_object(mapping) {
            return self.match_keys_by_get(subject, &keys);
        }
        let mut values = Vec::with_capacity(keys.len());
        for (i, &key) in keys.iter().enumerate() {
            for &earlier in keys.iter().take(i) {
                if self.values_equal(earlier, key)? {
                    let shown = self.repr(key)?;
                    return Err(self.error(
                        TypeId::ValueError,
                        format!("mapping pattern checks duplicate key ({shown})"),
                    ));
                }
            }
            match self.dict_get(mapping, key)? {
                Some(value) => values.push(value),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(values))
    }

    pub(super) fn values_equal(&mut self, a: Value, b: Value) -> Result<bool, Exception> {
        let result = self.compare_op(crate::syntax::ast::CmpOperator::Eq, a, b)?;
        self.is_true(result)
    }

    /// `**rest`: a new dict of the subject's items but `keys`.
    fn dict_without_keys(&mut self, subject: Value, keys: Value) -> Result<Value, Exception> {
        let mapping = self.builtin_view(subject);
        let rest = if self.is_dict_object(mapping) {
            let rest = self.new_dict();
            for (key, value) in self.dict_pairs(mapping) {
                self.dict_set(rest, key, value)?;
            }
            rest
        } else {
            self.mapping_copy(subject)?
        };
        for key in self.tuple_values(keys) {
            self.delete_item(rest, key)?;
        }
        Ok(rest)
    }

    /// A tuple of the `count` positional attributes (by `__match_args__`) and the
    /// keyword ones, or None when the subject does not match.
    fn match_class(
        &mut self,
        subject: Value,
        class: Value,
        count: usize,
        names: Value,
    ) -> Result<Value, Exception> {
        if !self.is_class(class) {
            return Err(self.type_error("called match pattern must be a type"));
        }
        if !crate::runtime::builtins::is_instance(self, subject, class)? {
            return Ok(Value::None);
        }
        let mut seen = Vec::new();
        let mut attributes = Vec::new();
        if count > 0 {
            match self.positional_attribute_names(class, count)? {
                None => attributes.push(subject),
                Some(positional) => {
                    for name in positional {
                        match self.match_class_attribute(subject, class, &name, &mut seen)? {
                            Some(value) => attributes.push(value),
                            None => return Ok(Value::None),
                        }
                    }
                }
            }
        }
        for name in self.tuple_values(names) {
            let name = self.str_text(name).unwrap_or_else(|| "".into());
            match self.match_class_attribute(subject, class, &name, &mut seen)? {
                Some(value) => attributes.push(value),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(attributes))
    }

    /// The first `count` names of `__match_args__`, or `None` when the class matches
    /// its instances as a whole (a built-in type without `__match_args__`).
    fn positional_attribute_names(
        &mut self,
        class: Value,
        count: usize,
    ) -> Result<Option<Vec<std::rc::Rc<str>>>, Exception> {
        let class_name = self.class_display_name(class);
        let (match_args, match_self) = match self.get_attr(class, "__match_args__") {
            Ok(value) => (Some(value), false),
            Err(error) if self.is_attribute_error(&error) => (None, self.matches_self(class)),
            Err(error) => return Err(error),
        };
        let items = match match_args {
            Some(value) if self.type_of(value) == TypeId::Tuple => self.tuple_values(value),
            Some(value) => {
                let got = self.type_name(value);
                return Err(self.type_error(format!(
                    "{class_name}.__match_args__ must be a tuple (got {got})"
                )));
            }
            None => Vec::new(),
        };
        let allowed = if match_self { 1 } else { items.len() };
        if allowed < count {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(self.type_error(format!(
                "{class_name}() accepts {allowed} positional sub-pattern{plural} ({count} given)"
            )));
        }
        if match_self {
            return Ok(None);
        }
        let mut names = Vec::with_capacity(count);
        for &item in items.iter().take(count) {
            match self
                .str_text(item)
                .filter(|_| self.type_of(item) == TypeId::Str)
            {
                Some(name) => names.push(name),
                None => {
                    let got = self.type_name(item);
                    return Err(self.type_error(format!(
                        "__match_args__ elements must be strings (got {got})"
                    )));
                }
            }
        }
        Ok(Some(names))
    }

    /// One attribute for a class pattern: `None` when the subject lacks it, an error
    /// when the pattern asks for it twice.
    fn match_class_attribute(
        &mut self,
        subject: Value,
        class: Value,
        name: &str,
        seen: &mut Vec<String>,
    ) -> Result<Option<Value>, Exception> {
        if seen.iter().any(|s| s == name) {
            let class_name = self.class_display_name(class);
            return Err(self.type_error(format!(
                "{class_name}() got multiple sub-patterns for attribute '{name}'"
            )));
        }
        seen.push(name.to_string());
        match self.get_attr(subject, name) {
            Ok(value) => Ok(Some(value)),
            Err(error) if self.is_attribute_error(&error) => Ok(None),
            Err(error) => Err(error),
        }
    }

    fn matches_self(&self, class: Value) -> bool {
        let mro = self.mro_of(class);
        MATCH_SELF
            .iter()
            .any(|&ty| mro.contains(&self.type_value(ty)))
    }

    pub(crate) fn is_attribute_error(&self, error: &Exception) -> bool {
        match error {
            Exception::Raised(r) => matches!(
                self.heap.get(*r),
                Object::Exception(e) if e.ty.is_subtype_of(TypeId::AttributeError)
            ),
            Exception::Budget(_) => false,
        }
    }
}
