//! printf-style formatting of bytes, `b'%d-%s' % (3, b'ab')` (PEP 461): the
//! numeric conversions are str's; `%s` and `%b` take a bytes-like object or one
//! with `__bytes__`, `%r` and `%a` give `ascii()`, and `%c` an int in range(256)
//! or a single byte. The template is read as Latin-1 so one byte is one character.

use crate::runtime::exception::Exception;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm {
    /// `template % args` for a bytes template.
    pub(crate) fn bytes_percent_format(
        &mut self,
        template: Value,
        args: Value,
    ) -> Result<Value, Exception> {
        let text: Vec<char> = match template.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Bytes(bytes)) => bytes.iter().map(|&b| char::from(b)).collect(),
            _ => Vec::new(),
        };
        let out = self.percent_render(&text, args, true)?;
        let bytes: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
        Ok(self.alloc(Object::Bytes(bytes.into())))
    }

    /// The Latin-1 text of a `%s`, `%b`, `%r`, `%a` or `%c` conversion of bytes.
    pub(crate) fn bytes_percent_text(
        &mut self,
        code: char,
        value: Value,
    ) -> Result<String, Exception> {
        let bytes = match code {
            'r' | 'a' => self.ascii(value)?.into_bytes(),
            'c' => vec![self.bytes_percent_char(value)?],
            _ => self.bytes_percent_bytes(value)?,
        };
        Ok(bytes.iter().map(|&b| char::from(b)).collect())
    }

    /// `%s` and `%b`: the bytes themselves, or what `__bytes__` returns.
    fn bytes_percent_bytes(&mut self, value: Value) -> Result<Vec<u8>, Exception> {
        if let Some(Object::Bytes(bytes)) = value.as_obj().map(|r| self.heap.get(r)) {
            return Ok(bytes.to_vec());
        }
        if self.has_user_class(value) {
            if let Some(result) = self.call_user_method(value, "__bytes__", Vec::new())? {
                if let Some(Object::Bytes(bytes)) = result.as_obj().map(|r| self.heap.get(r)) {
                    return Ok(bytes.to_vec());
                }
                let message = format!(
                    "__bytes__ returned non-bytes (type {})",
                    self.class_name(result)
                );
                return Err(self.type_error(message));
            }
        }
        let message = format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            self.class_name(value)
        );
        Err(self.type_error(message))
    }

    /// `%c`: an int in range(256) or bytes of length one.
    fn bytes_percent_char(&mut self, value: Value) -> Result<u8, Exception> {
        if let Some(n) = self.int_value(value) {
            return u8::try_from(n).map_err(|_| self.overflow("%c arg not in range(256)"));
        }
        if let Some(Object::Bytes(bytes)) = value.as_obj().map(|r| self.heap.get(r)) {
            if let [only] = bytes[..] {
                return Ok(only);
            }
        }
        Err(self.type_error("%c requires an integer in range(256) or a single byte"))
    }
}
