//! `format(value, spec)`, f-string conversions, and printf-style `str % args`.

use super::numbers::Number;
use crate::pytext;
use crate::runtime::exception::Exception;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;

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
        let formatted = match (self.type_of(value), self.number(value)) {
            (TypeId::Bool, _) if spec.is_empty() => return self.to_str(value),
            (TypeId::Int | TypeId::Bool, Some(n)) => {
                pytext::format_int(&n.to_bigint().unwrap_or_default(), spec)
            }
            (TypeId::Float, Some(Number::Float(f))) => pytext::format_float(f, spec),
            (TypeId::Str, _) => {
                let text = self.str_text(value).unwrap_or_default();
                pytext::format_str(&text, spec)
            }
            _ if spec.is_empty() => return self.to_str(value),
            _ => Err(format!(
                "unsupported format string passed to {}.__format__",
                self.type_name(value)
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

    /// `template % args`: the printf-style codes s, r, d, i, f, e, g, x, o, c and %.
    pub fn percent_format(&mut self, template: Value, args: Value) -> Result<Value, Exception> {
        let text = self.str_text(template).unwrap_or_default();
        let values = if self.type_of(args) == TypeId::Tuple {
            self.sequence_items(args)
        } else {
            vec![args]
        };
        let mut values = values.into_iter();
        let mut out = String::new();
        let mut chars = text.chars().peekable();
        while let Some(ch) = chars.next() {
            if ch != '%' {
                out.push(ch);
                continue;
            }
            let mut spec = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_ascii_alphabetic() || c == '%' {
                    break;
                }
                spec.push(c);
                chars.next();
            }
            let Some(code) = chars.next() else {
                return Err(self.value_error("incomplete format"));
            };
            if code == '%' {
                out.push('%');
                continue;
            }
            let Some(value) = values.next() else {
                return Err(self.type_error("not enough arguments for format string"));
            };
            out.push_str(&self.percent_field(value, &spec, code)?);
        }
        if values.next().is_some() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(self.new_str(&out))
    }

    fn percent_field(
        &mut self,
        value: Value,
        flags: &str,
        code: char,
    ) -> Result<String, Exception> {
        let body = match code {
            's' => self.to_str(value)?,
            'r' | 'a' => self.repr(value)?,
            'd' | 'i' | 'u' => match self.number(value) {
                Some(Number::Float(f)) => BigInt::from(f.trunc() as i128).to_string(),
                Some(n) => n.to_bigint().unwrap_or_default().to_string(),
                None => {
                    return Err(self.type_error(format!(
                        "%{code} format: a real number is required, not {}",
                        self.type_name(value)
                    )))
                }
            },
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'x' | 'X' | 'o' | 'c' => {
                // Only the precision goes to the formatter; the width is applied
                // after it by `pad_percent`, so that zeros go after a sign.
                let precision = flags.find('.').map_or("", |at| &flags[at..]);
                let options = flags.split('.').next().unwrap_or_default();
                let sign = match (options.contains('+'), options.contains(' ')) {
                    (true, _) => "+",
                    (false, true) => " ",
                    _ => "",
                };
                let alternate = if options.contains('#') { "#" } else { "" };
                let spec = format!("{sign}{alternate}{precision}{code}");
                let formatted = self.format_value(value, &spec)?;
                return Ok(pad_percent(flags, formatted));
            }
            other => {
                return Err(self.value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index 1",
                    other as u32
                )))
            }
        };
        Ok(pad_percent(flags, body))
    }
}

/// Applies a printf width to a formatted field: flags `-` (left alignment) and `0`
/// (zeros, placed after the sign and after a `0x`/`0o` prefix) in any order first.
fn pad_percent(flags: &str, body: String) -> String {
    let options: &str =
        &flags[..flags.len() - flags.trim_start_matches(['-', ' ', '+', '0', '#']).len()];
    let (left, zero) = (options.contains('-'), options.contains('0'));
    let width: usize = flags[options.len()..]
        .split('.')
        .next()
        .and_then(|w| w.parse().ok())
        .unwrap_or(0);
    let len = body.chars().count();
    if len >= width {
        return body;
    }
    let padding = width - len;
    if left {
        format!("{body}{}", " ".repeat(padding))
    } else if zero {
        let sign_length = usize::from(body.starts_with(['-', '+', ' ']));
        let rest = &body[sign_length..];
        let prefixed = ["0x", "0X", "0o"]
            .iter()
            .any(|prefix| rest.starts_with(prefix));
        let (head, digits) = body.split_at(sign_length + if prefixed { 2 } else { 0 });
        format!("{head}{}{digits}", "0".repeat(padding))
    } else {
        format!("{}{body}", " ".repeat(padding))
    }
}
