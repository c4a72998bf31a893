//! The format-spec mini-language that `format()`, f-strings and `str.format` share:
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`,
//! parsed the way CPython's `parse_internal_render_format_spec` does.

/// A parsed format spec. `fill` and `align` stay unset when the spec leaves them out:
/// the defaults differ between numbers and strings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    /// One of `<`, `>`, `=`, `^`.
    pub align: Option<char>,
    /// One of `+`, `-`, ` `.
    pub sign: Option<char>,
    /// `z`: negative zero after rounding prints as zero.
    pub no_negative_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width: zero padding after the sign, unless a fill was given.
    pub zero_padding: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, such as `d`, `f` or `s`; `None` when absent.
    pub kind: Option<char>,
}

/// Wider fields than this are refused as CPython fails to allocate them: with
/// MemoryError (see [`FIELD_TOO_WIDE`]).
const MAX_FIELD_WIDTH: usize = 1 << 28;

/// The error of a field too wide to allocate; callers raise it as MemoryError.
pub const FIELD_TOO_WIDE: &str = "field width too large to allocate";

fn is_align(ch: char) -> bool {
    matches!(ch, '<' | '>' | '=' | '^')
}

/// Reads the decimal digits at the front of `chars`, as CPython's `get_integer` does.
fn take_integer(chars: &[char], position: &mut usize) -> Result<Option<usize>, String> {
    let mut value: Option<usize> = None;
    while let Some(digit) = chars.get(*position).and_then(|ch| ch.to_digit(10)) {
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize));
        match next {
            Some(next) if next <= isize::MAX as usize => value = Some(next),
            _ => return Err("Too many decimal digits in format string".to_string()),
        }
        *position += 1;
    }
    Ok(value)
}

impl FormatSpec {
    /// Parses `spec` for a value of type `type_name` (the name only appears in messages)
    /// whose presentation type defaults to `default_kind` (`d` for int, `s` for str).
    pub fn parse(
        spec: &str,
        default_kind: Option<char>,
        type_name: &str,
    ) -> Result<FormatSpec, String> {
        let chars: Vec<char> = spec.chars().collect();
        let mut parsed = FormatSpec::default();
        let mut position = parsed.take_fill_and_align(&chars);
        if let Some(&sign) = chars
            .get(position)
            .filter(|ch| matches!(ch, '+' | '-' | ' '))
        {
            parsed.sign = Some(sign);
            position += 1;
        }
        if chars.get(position) == Some(&'z') {
            parsed.no_negative_zero = true;
            position += 1;
        }
        if chars.get(position) == Some(&'#') {
            parsed.alternate = true;
            position += 1;
        }
        if parsed.fill.is_none() && chars.get(position) == Some(&'0') {
            parsed.zero_padding = true;
            position += 1;
        }
        parsed.width = take_integer(&chars, &mut position)?;
        if parsed.width.is_some_and(|width| width > MAX_FIELD_WIDTH) {
            return Err(FIELD_TOO_WIDE.to_string());
        }
        position = parsed.take_grouping(&chars, position)?;
        if chars.get(position) == Some(&'.') {
            position += 1;
            parsed.precision = take_integer(&chars, &mut position)?;
            match parsed.precision {
                None => return Err("Format specifier missing precision".to_string()),
                Some(precision) if precision > i32::MAX as usize => {
                    return Err("precision too big".to_string())
                }
                Some(_) => {}
            }
        }
        let rest = chars.get(position..).unwrap_or(&[]);
        if rest.len() > 1 {
            return Err(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            ));
        }
        // CPython keeps the type in a C char where NUL means "no type".
        parsed.kind = rest.first().copied().filter(|&ch| ch != '\0');
        parsed.check_grouping(default_kind)?;
        Ok(parsed)
    }

    fn take_fill_and_align(&mut self, chars: &[char]) -> usize {
        match (chars.first(), chars.get(1)) {
            (Some(&fill), Some(&align)) if is_align(align) => {
                self.fill = Some(fill);
                self.align = Some(align);
                2
            }
            (Some(&align), _) if is_align(align) => {
                self.align = Some(align);
                1
            }
            _ => 0,
        }
    }

    /// `,` or `_`, never both (PEP 378 and PEP 515).
    fn take_grouping(&mut self, chars: &[char], mut position: usize) -> Result<usize, String> {
        let both = "Cannot specify both ',' and '_'.".to_string();
        if chars.get(position) == Some(&',') {
            self.grouping = Some(',');
            position += 1;
        }
        if chars.get(position) == Some(&'_') {
            if self.grouping.is_some() {
                return Err(both);
            }
            self.grouping = Some('_');
            position += 1;
        }
        if chars.get(position) == Some(&',') && self.grouping == Some('_') {
            return Err(both);
        }
        Ok(position)
    }

    /// Grouping suits decimal and float types; `_` also suits `b`, `o`, `x` and `X`.
    fn check_grouping(&self, default_kind: Option<char>) -> Result<(), String> {
        let Some(separator) = self.grouping else {
            return Ok(());
        };
        match self.kind.or(default_kind) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
            Some('b' | 'o' | 'x' | 'X') if separator == '_' => Ok(()),
            Some(kind) => Err(format!(
                "Cannot specify '{separator}' with {}.",
                quoted_code(kind)
            )),
        }
    }
}

/// A type code in messages: `'d'`, or `'\x1'` for a character outside printable ASCII.
pub fn quoted_code(code: char) -> String {
    if (' '..'\u{7f}').contains(&code) && code != ' ' {
        format!("'{code}'")
    } else {
        format!("'\\x{:x}'", code as u32)
    }
}

/// CPython's message for a presentation type the value's type does not know.
pub fn unknown_code(code: char, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{type_name}'",
        quoted_code(code)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_field() {
        let spec = FormatSpec::parse("*^+z#012,.3f", None, "float").unwrap();
        assert_eq!(spec.fill, Some('*'));
        assert_eq!(spec.align, Some('^'));
        assert_eq!(spec.sign, Some('+'));
        assert!(spec.no_negative_zero && spec.alternate);
        assert!(
            !spec.zero_padding,
            "a fill was given, so 0 starts the width"
        );
        assert_eq!(spec.width, Some(12));
        assert_eq!(spec.grouping, Some(','));
        assert_eq!(spec.precision, Some(3));
        assert_eq!(spec.kind, Some('f'));
    }

    #[test]
    fn reports_cpython_messages() {
        let error = |spec| FormatSpec::parse(spec, Some('d'), "int").unwrap_err();
        assert_eq!(error(".x"), "Format specifier missing precision");
        assert_eq!(error(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(error(",s"), "Cannot specify ',' with 's'.");
        assert_eq!(
            error("xx"),
            "Invalid format specifier 'xx' for object of type 'int'"
        );
        assert_eq!(
            error("99999999999999999999"),
            "Too many decimal digits in format string"
        );
        assert_eq!(error("99999999999"), FIELD_TOO_WIDE);
        assert_eq!(error(".9999999999"), "precision too big");
    }
}
