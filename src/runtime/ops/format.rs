//! `format(value, spec)` and f-string conversions.

use super::numbers::Number;
use crate::pytext;
use crate::runtime::exception::Exception;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm {
    /// `format(value, spec)` for the built-in types.
    pub fn format_value(&mut self, value: Value, spec: &str) -> Result<String, Exception> {
        if self.has_user_class(value) {
            let spec_value = self.new_str(spec);
            if let Some(result) = self.call_user_method(value, "__format__", vec![spec_value])? {
                return Ok(self
                    .str_text(result)
                    .map(|t| t.to_string())
                    .unwrap_or_default());
            }
            if spec.is_empty() {
                return self.to_str(value);
            }
        }
        // An instance of `class I(int)` formats as the int it extends.
        let value = self.builtin_view(value);
        let formatted = match (self.type_of(value), self.number(value)) {
            (TypeId::Bool, _) if spec.is_empty() => return self.to_str(value),
            (TypeId::Int | TypeId::Bool, Some(n)) => {
                pytext::format_int(&n.to_bigint().unwrap_or_default(), spec)
            }
            (TypeId::Float, Some(Number::Float(f))) => pytext::format_float(f, spec),
            (TypeId::Complex, _) if !spec.is_empty() => match self.complex_parts(value) {
                Some(z) => pytext::format_complex(z.real, z.imag, spec),
                None => return self.to_str(value),
            },
            (TypeId::Str, _) => {
                let text = self.str_text(value).unwrap_or_default();
                pytext::format_str(&text, spec)
            }
            _ if spec.is_empty() => return self.to_str(value),
            _ => Err(format!(
                "unsupported format string passed to {}.__format__",
                self.class_name(value)
            )),
        };
        formatted.map_err(|message| {
            if pytext::is_overflow_message(&message) {
                self.overflow(&message)
            } else if message == pytext::FIELD_TOO_WIDE {
                self.error(TypeId::MemoryError, "")
            } else if message.starts_with("unsupported format string") {
                self.type_error(&message)
            } else {
                self.value_error(&message)
            }
        })
    }

    /// One f-string replacement field: `!s`/`!r`/`!a` conversion (1, 2, 3), then the
    /// format spec.
    pub fn format_field(
        &mut self,
        value: Value,
        conversion: u32,
        spec: Option<&str>,
    ) -> Result<Value, Exception> {
        if let (0, None | Some(""), Value::Int(i)) = (conversion, spec, value) {
            return Ok(self.new_str(&i.to_string()));
        }
        let converted = match conversion {
            1 => Some(self.to_str(value)?),
            2 => Some(self.repr(value)?),
            3 => Some(self.ascii(value)?),
            _ => None,
        };
        let value = match converted {
            Some(text) => self.new_str(&text),
            None => value,
        };
        if spec.unwrap_or("").is_empty() && self.type_of(value) == TypeId::Str {
            return Ok(value);
        }
        let text = self.format_value(value, spec.unwrap_or(""))?;
        Ok(self.new_str(&text))
    }

    /// `ascii(x)`: the repr with every non-ASCII character escaped.
    pub fn ascii(&mut self, value: Value) -> Result<String, Exception> {
        if let Some(text) = self.str_text(value) {
            return Ok(pytext::ascii_repr(&text));
        }
        let repr = self.repr(value)?;
        Ok(repr
            .chars()
            .map(|c| {
                if c.is_ascii() {
                    c.to_string()
                } else {
                    pytext::hex_escape(c)
                }
            })
            .collect())
    }
}
