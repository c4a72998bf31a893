//! String literal bodies: prefixes, quotes, and backslash escapes, as Python's lexical
//! rules define them for str and bytes literals.

use super::error::SyntaxError;
use super::span::Span;

/// The letters before the opening quote.
pub struct StringPrefix {
    pub raw: bool,
    pub bytes: bool,
    pub formatted: bool,
    pub len: usize,
}

impl StringPrefix {
    pub fn of(literal: &str) -> StringPrefix {
        let len = literal.find(['"', '\'']).unwrap_or(0);
        let letters = literal.get(..len).unwrap_or("").to_ascii_lowercase();
        StringPrefix {
            raw: letters.contains('r'),
            bytes: letters.contains('b'),
            formatted: letters.contains('f'),
            len,
        }
    }
}

/// The text between the quotes, and its byte offset within the literal.
pub fn body<'a>(literal: &'a str, prefix: &StringPrefix) -> (&'a str, usize) {
    let quoted = literal.get(prefix.len..).unwrap_or("");
    let quote_len =
        if quoted.len() >= 6 && (quoted.starts_with("'''") || quoted.starts_with("\"\"\"")) {
            3
        } else {
            1
        };
    let end = quoted.len().saturating_sub(quote_len).max(quote_len);
    (quoted.get(quote_len..end).unwrap_or(""), prefix.len + quote_len)
}

/// A str literal's value.
pub fn decode_str(literal: &str, prefix: &StringPrefix, span: Span) -> Result<String, SyntaxError> {
    let (text, _) = body(literal, prefix);
    if prefix.raw {
        return Ok(text.replace("\r\n", "\n"));
    }
    decode_escapes(text, span)
}

/// A bytes literal's value; only ASCII may be written literally.
pub fn decode_bytes(
    literal: &str,
    prefix: &StringPrefix,
    span: Span,
) -> Result<Vec<u8>, SyntaxError> {
    let (text, _) = body(literal, prefix);
    if !text.is_ascii() {
        return Err(SyntaxError::syntax("bytes can only contain ASCII literal characters", span));
    }
    if prefix.raw {
        return Ok(text.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c as u8);
            continue;
        }
        match chars.next() {
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                let value =
                    u8::from_str_radix(&hex, 16).map_err(|_| truncated_escape("\\xXX", span))?;
                out.push(value);
            }
            Some(c @ '0'..='7') => out.push((octal_value(c, &mut chars) & 0xff) as u8),
            Some(other) => push_simple_escape(other, |s| out.extend(s.bytes())),
            None => out.push(b'\\'),
        }
    }
    Ok(out)
}

fn truncated_escape(form: &str, span: Span) -> SyntaxError {
    let message = format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes: truncated {form} escape"
    );
    SyntaxError::syntax(message, span)
}

fn octal_value(first: char, chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> u32 {
    let mut value = first.to_digit(8).unwrap_or(0);
    for _ in 0..2 {
        match chars.peek().and_then(|c| c.to_digit(8)) {
            Some(digit) => {
                value = value * 8 + digit;
                chars.next();
            }
            None => break,
        }
    }
    value
}

/// The single-character escapes; an unknown escape keeps its backslash.
fn push_simple_escape(c: char, mut push: impl FnMut(&str)) {
    let mut buffer = [0u8; 4];
    match c {
        '\n' => {}
        '\\' => push("\\"),
        '\'' => push("'"),
        '"' => push("\""),
        'a' => push("\x07"),
        'b' => push("\x08"),
        'f' => push("\x0c"),
        'n' => push("\n"),
        'r' => push("\r"),
        't' => push("\t"),
        'v' => push("\x0b"),
        other => {
            push("\\");
            push(other.encode_utf8(&mut buffer));
        }
    }
}

/// Decodes backslash escapes of a (non-raw) str literal.
pub fn decode_escapes(text: &str, span: Span) -> Result<String, SyntaxError> {
    if !text.contains('\\') {
        return Ok(text.replace("\r\n", "\n"));
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('x') => out.push(hex_escape(&mut chars, 2, "\\xXX", span)?),
            Some('u') => out.push(hex_escape(&mut chars, 4, "\\uXXXX", span)?),
            Some('U') => out.push(hex_escape(&mut chars, 8, "\\UXXXXXXXX", span)?),
            Some(c @ '0'..='7') => {
                out.push(char::from_u32(octal_value(c, &mut chars)).unwrap_or('\u{fffd}'))
            }
            Some('\r') => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
            }
            Some(other) => push_simple_escape(other, |s| out.push_str(s)),
            None => out.push('\\'),
        }
    }
    Ok(out)
}

fn hex_escape(
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
    digits: usize,
    form: &str,
    span: Span,
) -> Result<char, SyntaxError> {
    let hex: String = chars.by_ref().take(digits).collect();
    if hex.len() != digits || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(truncated_escape(form, span));
    }
    let value = u32::from_str_radix(&hex, 16).map_err(|_| truncated_escape(form, span))?;
    char::from_u32(value).ok_or_else(|| {
        SyntaxError::syntax(
            "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character",
            span,
        )
    })
}
