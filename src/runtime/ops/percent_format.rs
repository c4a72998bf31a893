//! printf-style formatting, `str % args`, as CPython's `PyUnicode_Format` does it.
//!
//! A conversion is `%[(key)][flags][width][.precision][length]code`: flags `-+ #0`,
//! `*` for a width or precision taken from the arguments, `h`/`l`/`L` read and ignored.

use crate::pytext;
use crate::runtime::exception::Exception;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_traits::ToPrimitive;

/// Wider fields than this are refused as CPython fails to allocate them: MemoryError.
const MAX_FIELD_WIDTH: usize = 1 << 28;

/// A width or a precision: written in the template, or `*`, taken from the arguments.
#[derive(Clone, Copy)]
enum Count {
    Written(usize),
    FromArguments,
}

/// One parsed `%` conversion.
struct Conversion {
    key: Option<String>,
    left: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    zero: bool,
    width: Option<Count>,
    precision: Option<Count>,
    code: char,
    /// Where the code is in the template, in characters, for error messages.
    code_index: usize,
}

/// The arguments a template consumes: a tuple's items, or one value. `%(key)` replaces
/// them with the mapping's value for that key, as CPython does, so a later plain `%s`
/// finds no argument left.
struct Arguments {
    items: Vec<Value>,
    next: usize,
    mapping: Option<Value>,
}

impl Vm {
    /// `template % args`.
    pub fn percent_format(&mut self, template: Value, args: Value) -> Result<Value, Exception> {
        let text: Vec<char> = self
            .str_text(template)
            .unwrap_or_default()
            .chars()
            .collect();
        let out = self.percent_render(&text, args, false)?;
        Ok(self.new_str(&out))
    }

    /// The formatting of a str template, or (`bytes`) of a bytes template read as
    /// Latin-1, whose conversions then make only characters below 256.
    pub(crate) fn percent_render(
        &mut self,
        text: &[char],
        args: Value,
        bytes: bool,
    ) -> Result<String, Exception> {
        let mut arguments = self.percent_arguments(args, bytes);
        let mut out = String::new();
        let mut position = 0;
        while position < text.len() {
            let ch = text[position];
            position += 1;
            if ch != '%' {
                out.push(ch);
            } else if text.get(position) == Some(&'%') {
                out.push('%');
                position += 1;
            } else {
                let conversion = parse_conversion(text, &mut position)
                    .map_err(|message| self.value_error(message))?;
                let field = self.percent_field(conversion, &mut arguments, bytes)?;
                out.push_str(&field);
            }
        }
        if arguments.mapping.is_none() && arguments.next < arguments.items.len() {
            let kind = if bytes { "bytes" } else { "string" };
            let message = format!("not all arguments converted during {kind} formatting");
            return Err(self.type_error(message));
        }
        Ok(out)
    }

    /// A tuple gives its items; anything else is the one argument. Anything with
    /// `__getitem__` but a tuple or a str can also serve `%(key)` (PyMapping_Check).
    /// Subclasses count as what they extend (PyTuple_Check, PyMapping_Check), the
    /// tuple's own items taken as stored. A bytes template excludes bytes instead of
    /// str (bytes_format's check).
    fn percent_arguments(&mut self, args: Value, bytes: bool) -> Arguments {
        let view = self.builtin_view(args);
        let ty = self.type_of(view);
        let items = if ty == TypeId::Tuple {
            self.sequence_items(view)
        } else {
            vec![args]
        };
        let excluded = if bytes { TypeId::Bytes } else { TypeId::Str };
        let mapping_like = ty != TypeId::Tuple
            && ty != excluded
            && (matches!(
                ty,
                TypeId::Dict | TypeId::List | TypeId::Bytes | TypeId::Str
            ) || self.has_user_class(args) && self.user_method(args, "__getitem__").is_some());
        Arguments {
            items,
            next: 0,
            mapping: mapping_like.then_some(args),
        }
    }

    fn percent_field(
        &mut self,
        mut conversion: Conversion,
        arguments: &mut Arguments,
        bytes: bool,
    ) -> Result<String, Exception> {
        if let Some(key) = conversion.key.take() {
            let Some(mapping) = arguments.mapping else {
                return Err(self.type_error("format requires a mapping"));
            };
            let key = if bytes {
                let latin1: Vec<u8> = key.chars().map(|c| c as u32 as u8).collect();
                self.alloc(crate::runtime::object::Object::Bytes(latin1.into()))
            } else {
                self.new_str(&key)
            };
            let value = self.get_item(mapping, key)?;
            *arguments = Arguments {
                items: vec![value],
                next: 0,
                mapping: Some(mapping),
            };
        }
        let width = self.resolve_width(&mut conversion, arguments)?;
        let precision = match conversion.precision {
            None => None,
            Some(count) => Some(self.resolve_count(count, arguments)?.max(0) as usize),
        };
        let value = next_argument(self, arguments)?;
        let body = if bytes && matches!(conversion.code, 's' | 'b' | 'r' | 'a' | 'c') {
            let text = self.bytes_percent_text(conversion.code, value)?;
            text_body(conversion.code, precision, text)
        } else {
            self.percent_body(&conversion, precision, value)?
        };
        Ok(pad_field(&conversion, width, body))
    }

    /// A negative `*` width means left alignment, as in C's printf.
    fn resolve_width(
        &mut self,
        conversion: &mut Conversion,
        arguments: &mut Arguments,
    ) -> Result<usize, Exception> {
        let Some(count) = conversion.width else {
            return Ok(0);
        };
        let width = self.resolve_count(count, arguments)?;
        if width < 0 {
            conversion.left = true;
        }
        let width = width.unsigned_abs() as usize;
        if width > MAX_FIELD_WIDTH {
            return Err(self.exception_with_args(TypeId::MemoryError, Vec::new()));
        }
        Ok(width)
    }

    fn resolve_count(&mut self, count: Count, arguments: &mut Arguments) -> Result<i64, Exception> {
        match count {
            Count::Written(n) => Ok(n as i64),
            Count::FromArguments => {
                let value = next_argument(self, arguments)?;
                // PyLong_Check then PyLong_AsSsize_t: a bool is an int, and an int
                // past a C ssize_t overflows.
                if !matches!(self.type_of(value), TypeId::Int | TypeId::Bool) {
                    return Err(self.type_error("* wants int"));
                }
                let n = self.int_value(value).and_then(|n| n.to_i64());
                n.ok_or_else(|| self.overflow("Python int too large to convert to C ssize_t"))
            }
        }
    }

    /// The converted value before padding: sign, prefix and digits for numbers.
    fn percent_body(
        &mut self,
        conversion: &Conversion,
        precision: Option<usize>,
        value: Value,
    ) -> Result<Body, Exception> {
        let code = conversion.code;
        let text = match code {
            's' => self.to_str(value)?,
            'r' => self.repr(value)?,
            'a' => self.ascii(value)?,
            'c' => self.percent_char(value)?.to_string(),
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                return self.percent_integer(conversion, precision, value)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                return self.percent_float(conversion, precision, value)
            }
            other => return Err(self.value_error(unsupported_code(other, conversion.code_index))),
        };
        Ok(text_body(code, precision, text))
    }

    /// `%c`: an int in range(0x110000) or a str of one character.
    /// An int may also be a class's `__index__` (formatchar's PyLong_AsLongAndOverflow).
    fn percent_char(&mut self, value: Value) -> Result<char, Exception> {
        let index = if self.has_user_class(value) && self.user_method(value, "__index__").is_some()
        {
            Some(crate::runtime::library::args::index_value(self, value)?)
        } else {
            self.int_value(value)
        };
        if let Some(n) = index {
            let code = u32::try_from(n).ok().filter(|&c| c < 0x110000);
            return match code {
                Some(code) => Ok(char::from_u32(code).unwrap_or('\u{fffd}')),
                None => Err(self.overflow("%c arg not in range(0x110000)")),
            };
        }
        let text = self.str_text(value);
        let mut chars = text.as_deref().unwrap_or("").chars();
        match (text.is_some(), chars.next(), chars.next()) {
            (true, Some(only), None) => Ok(only),
            _ => Err(self.type_error("%c requires int or char")),
        }
    }

    /// `%d` takes any real number (a float is truncated); `%x` and `%o` only ints.
    fn percent_integer(
        &mut self,
        conversion: &Conversion,
        precision: Option<usize>,
        value: Value,
    ) -> Result<Body, Exception> {
        let code = conversion.code;
        let n = match self.percent_integer_value(code, value)? {
            Some(n) => n,
            None => {
                let wants = if matches!(code, 'd' | 'i' | 'u') {
                    "a real number"
                } else {
                    "an integer"
                };
                let message = format!(
                    "%{code} format: {wants} is required, not {}",
                    self.class_name(value)
                );
                return Err(self.type_error(message));
            }
        };
        let magnitude = num_bigint::BigInt::from(n.magnitude().clone());
        let mut digits = match code {
            'x' => pytext::int_to_radix(&magnitude, 16, ""),
            'X' => pytext::int_to_radix(&magnitude, 16, "").to_uppercase(),
            'o' => pytext::int_to_radix(&magnitude, 8, ""),
            _ => pytext::int_to_decimal(&magnitude).map_err(|message| self.value_error(message))?,
        };
        if let Some(precision) = precision {
            if precision > MAX_FIELD_WIDTH {
                return Err(self.exception_with_args(TypeId::MemoryError, Vec::new()));
            }
            let missing = precision.saturating_sub(digits.len());
            digits.insert_str(0, &"0".repeat(missing));
        }
        let prefix = match (conversion.alternate, code) {
            (true, 'x') => "0x",
            (true, 'X') => "0X",
            (true, 'o') => "0o",
            _ => "",
        };
        let negative = n.sign() == num_bigint::Sign::Minus;
        Ok(Body {
            sign: sign_of(conversion, negative),
            prefix,
            digits,
            numeric: true,
        })
    }

    /// The int CPython's mainformatlong formats: an int itself; for `%x` and `%o`
    /// `__index__` (PyNumber_Index); for `%d` a float truncated, `__int__`, then
    /// `__index__` (PyNumber_Long). `None` when the value is no number of that kind.
    fn percent_integer_value(
        &mut self,
        code: char,
        value: Value,
    ) -> Result<Option<num_bigint::BigInt>, Exception> {
        if let Some(n) = self.int_value(value) {
            return Ok(Some(n));
        }
        let decimal = matches!(code, 'd' | 'i' | 'u');
        if let (true, Value::Float(f)) = (decimal, value) {
            return pytext::float_to_int(f).map(Some).map_err(|message| {
                if f.is_nan() {
                    self.value_error(message)
                } else {
                    self.overflow(&message)
                }
            });
        }
        if !self.has_user_class(value) {
            return Ok(None);
        }
        // Any TypeError on the way is mainformatlong's "wrong type" message instead.
        match self.user_integer_value(decimal, value) {
            Err(Exception::Raised(error))
                if self.heap.get(error).type_id() == TypeId::TypeError =>
            {
                Ok(None)
            }
            result => result,
        }
    }

    /// `__int__` (for `%d`) then `__index__` of a user object.
    fn user_integer_value(
        &mut self,
        decimal: bool,
        value: Value,
    ) -> Result<Option<num_bigint::BigInt>, Exception> {
        if decimal {
            if let Some(result) = self.call_user_method(value, "__int__", Vec::new())? {
                return match self.int_value(result) {
                    Some(n) => Ok(Some(n)),
                    None => {
                        let message = format!(
                            "__int__ returned non-int (type {})",
                            self.class_name(result)
                        );
                        Err(self.type_error(message))
                    }
                };
            }
        }
        if self.user_method(value, "__index__").is_none() {
            return Ok(None);
        }
        crate::runtime::library::args::index_value(self, value).map(Some)
    }

    /// `%f`, `%e`, `%g` and their capitals take any real number; precision 6 by default.
    fn percent_float(
        &mut self,
        conversion: &Conversion,
        precision: Option<usize>,
        value: Value,
    ) -> Result<Body, Exception> {
        // PyFloat_AsDouble: a number, a class's __float__, else its __index__.
        let number = crate::runtime::library::args::real_arg(self, value)?;
        let alternate = if conversion.alternate { "#" } else { "" };
        let spec = format!("{alternate}.{}{}", precision.unwrap_or(6), conversion.code);
        let text = pytext::format_float(number.abs(), &spec).map_err(|m| self.value_error(m))?;
        let negative = number.is_sign_negative() && !number.is_nan();
        Ok(Body {
            sign: sign_of(conversion, negative),
            prefix: "",
            digits: text,
            numeric: true,
        })
    }
}

/// A text conversion's body: the precision keeps that many characters, except `%c`.
fn text_body(code: char, precision: Option<usize>, text: String) -> Body {
    let text = match (code, precision) {
        ('c', _) | (_, None) => text,
        (_, Some(limit)) => text.chars().take(limit).collect(),
    };
    Body {
        sign: "",
        prefix: "",
        digits: text,
        numeric: false,
    }
}

/// A converted value in its parts, so that `0` padding goes after the sign and prefix.
struct Body {
    sign: &'static str,
    prefix: &'static str,
    digits: String,
    numeric: bool,
}

fn sign_of(conversion: &Conversion, negative: bool) -> &'static str {
    match (negative, conversion.plus, conversion.space) {
        (true, _, _) => "-",
        (false, true, _) => "+",
        (false, false, true) => " ",
        _ => "",
    }
}

/// The width applied: `-` pads on the right, `0` (numbers only) with zeros inside.
fn pad_field(conversion: &Conversion, width: usize, body: Body) -> String {
    let Body {
        sign,
        prefix,
        digits,
        numeric,
    } = body;
    let length = sign.len() + prefix.len() + digits.chars().count();
    let padding = width.saturating_sub(length);
    if conversion.left {
        format!("{sign}{prefix}{digits}{}", " ".repeat(padding))
    } else if conversion.zero && numeric {
        format!("{sign}{prefix}{}{digits}", "0".repeat(padding))
    } else {
        format!("{}{sign}{prefix}{digits}", " ".repeat(padding))
    }
}

fn next_argument(vm: &mut Vm, arguments: &mut Arguments) -> Result<Value, Exception> {
    match arguments.items.get(arguments.next) {
        Some(&value) => {
            arguments.next += 1;
            Ok(value)
        }
        None => Err(vm.type_error("not enough arguments for format string")),
    }
}

/// CPython shows a printable ASCII code as itself and any other as `?`.
fn unsupported_code(code: char, index: usize) -> String {
    let shown = if (' '..='~').contains(&code) {
        code
    } else {
        '?'
    };
    format!(
        "unsupported format character '{shown}' ({:#x}) at index {index}",
        code as u32
    )
}

/// Parses one conversion; `position` is just after its `%`.
fn parse_conversion(text: &[char], position: &mut usize) -> Result<Conversion, String> {
    let key = parse_key(text, position)?;
    let mut conversion = Conversion {
        key,
        left: false,
        plus: false,
        space: false,
        alternate: false,
        zero: false,
        width: None,
        precision: None,
        code: '\0',
        code_index: 0,
    };
    while let Some(&flag) = text.get(*position) {
        match flag {
            '-' => conversion.left = true,
            '+' => conversion.plus = true,
            ' ' => conversion.space = true,
            '#' => conversion.alternate = true,
            '0' => conversion.zero = true,
            _ => break,
        }
        *position += 1;
    }
    conversion.width = parse_count(text, position, "width too big")?;
    if text.get(*position) == Some(&'.') {
        *position += 1;
        let precision = parse_count(text, position, "precision too big")?;
        conversion.precision = Some(precision.unwrap_or(Count::Written(0)));
    }
    while matches!(text.get(*position), Some('h' | 'l' | 'L')) {
        *position += 1;
    }
    let Some(&code) = text.get(*position) else {
        return Err("incomplete format".to_string());
    };
    conversion.code = code;
    conversion.code_index = *position;
    *position += 1;
    Ok(conversion)
}

/// `(key)`, with balanced parentheses inside, as CPython reads it.
fn parse_key(text: &[char], position: &mut usize) -> Result<Option<String>, String> {
    if text.get(*position) != Some(&'(') {
        return Ok(None);
    }
    let start = *position + 1;
    let mut depth = 1;
    let mut at = start;
    while depth > 0 {
        match text.get(at) {
            None => return Err("incomplete format key".to_string()),
            Some('(') => depth += 1,
            Some(')') => depth -= 1,
            Some(_) => {}
        }
        at += 1;
    }
    *position = at;
    Ok(Some(text[start..at - 1].iter().collect()))
}

fn parse_count(
    text: &[char],
    position: &mut usize,
    too_big: &str,
) -> Result<Option<Count>, String> {
    if text.get(*position) == Some(&'*') {
        *position += 1;
        return Ok(Some(Count::FromArguments));
    }
    let mut count: Option<usize> = None;
    while let Some(digit) = text.get(*position).and_then(|c| c.to_digit(10)) {
        let grown = count
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|n| n.checked_add(digit as usize))
            .filter(|&n| n <= isize::MAX as usize);
        count = Some(grown.ok_or_else(|| too_big.to_string())?);
        *position += 1;
    }
    Ok(count.map(Count::Written))
}
