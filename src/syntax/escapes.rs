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
        return Ok(with_universal_newlines(text));
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
        return Ok(with_universal_newlines(text).into_bytes());
    }
    let mut out = Vec::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((position, c)) = chars.next() {
        if c == '\r' {
            push_line_break(&mut chars, |s| out.extend(s.bytes()));
            continue;
        }
        if c != '\\' {
            out.push(c as u8);
            continue;
        }
        match chars.next() {
            Some((_, 'x')) => out.push(bytes_hex_escape(&mut chars, position, span)?),
            Some((_, c @ '0'..='7')) => out.push((octal_value(c, &mut chars) & 0xff) as u8),
            Some((_, other)) => push_simple_escape(other, |s| out.extend(s.bytes())),
            None => out.push(b'\\'),
        }
    }
    Ok(out)
}

type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// Python reads source with universal newlines: `\r\n` and a lone `\r` in a literal
/// are both `\n`.
fn push_line_break(chars: &mut Chars<'_>, mut push: impl FnMut(&str)) {
    if chars.peek().is_some_and(|(_, c)| *c == '\n') {
        chars.next();
    }
    push("\n");
}

/// The text of a literal with universal newlines applied.
pub fn with_universal_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// `\xhh` in bytes: exactly two hex digits, or CPython's "(value error)".
fn bytes_hex_escape(chars: &mut Chars<'_>, position: usize, span: Span) -> Result<u8, SyntaxError> {
    let (value, digits) = hex_digits(chars, 2);
    if digits < 2 {
        let message = format!("(value error) invalid \\x escape at position {position}");
        return Err(SyntaxError::syntax(message, end_of(span)));
    }
    Ok(value as u8)
}

/// Up to `wanted` hex digits: their value and how many there were.
fn hex_digits(chars: &mut Chars<'_>, wanted: usize) -> (u32, usize) {
    let mut value = 0;
    let mut count = 0;
    while count < wanted {
        let Some(digit) = chars.peek().and_then(|(_, c)| c.to_digit(16)) else {
            break;
        };
        value = value * 16 + digit;
        count += 1;
        chars.next();
    }
    (value, count)
}

/// Errors in a literal's escapes are reported just past the literal.
fn end_of(span: Span) -> Span {
    Span { start: span.end, end: span.end }
}

/// CPython's message for a bad escape in a str literal. Its positions count bytes
/// after it has rewritten every non-ASCII character as a ten-byte `\UXXXXXXXX`.
fn unicode_error(start: usize, end: usize, reason: &str, span: Span) -> SyntaxError {
    let message = format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {reason}"
    );
    SyntaxError::syntax(message, end_of(span))
}

fn octal_value(first: char, chars: &mut Chars<'_>) -> u32 {
    let mut value = first.to_digit(8).unwrap_or(0);
    for _ in 0..2 {
        match chars.peek().and_then(|(_, c)| c.to_digit(8)) {
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
        return Ok(with_universal_newlines(text));
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        if c == '\r' {
            push_line_break(&mut chars, |s| out.push_str(s));
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let position = cpython_position(text, index);
        let escape = |chars: &mut Chars<'_>, digits, form| {
            unicode_hex_escape(chars, digits, form, position, span)
        };
        match chars.next() {
            Some((_, 'x')) => out.push(escape(&mut chars, 2, "\\xXX")?),
            Some((_, 'u')) => out.push(escape(&mut chars, 4, "\\uXXXX")?),
            Some((_, 'U')) => out.push(escape(&mut chars, 8, "\\UXXXXXXXX")?),
            Some((_, 'N')) => out.push(named_escape(text, &mut chars, index, span)?),
            Some((_, c @ '0'..='7')) => {
                out.push(char::from_u32(octal_value(c, &mut chars)).unwrap_or('\u{fffd}'))
            }
            Some((_, '\r')) => {
                if chars.peek().is_some_and(|(_, c)| *c == '\n') {
                    chars.next();
                }
            }
            Some((_, other)) => push_simple_escape(other, |s| out.push_str(s)),
            None => out.push('\\'),
        }
    }
    Ok(out)
}

/// `\N{name}`: the character with that name or alias, from the table of Unicode
/// names (`crate::unicode_data`). As in CPython's unicode-escape decoder, the name runs
/// from the `{` to the first `}`; a missing brace or an empty name is a malformed
/// escape, and the error's end position is one before where the decoder stopped.
fn named_escape(
    text: &str,
    chars: &mut Chars<'_>,
    backslash: usize,
    span: Span,
) -> Result<char, SyntaxError> {
    let position = cpython_position(text, backslash);
    let error = |stop: usize, reason: &str| {
        let end = cpython_position(text, stop).saturating_sub(1);
        unicode_error(position, end, reason, span)
    };
    let after_n = backslash + 2;
    if chars.peek().map(|&(_, c)| c) != Some('{') {
        return Err(error(after_n, "malformed \\N character escape"));
    }
    let name_start = after_n + 1;
    let Some(close) = text.get(name_start..).and_then(|rest| rest.find('}')) else {
        return Err(error(text.len(), "malformed \\N character escape"));
    };
    let close = name_start + close;
    if close == name_start {
        return Err(error(close, "malformed \\N character escape"));
    }
    while chars.next_if(|&(at, _)| at <= close).is_some() {}
    let name = text.get(name_start..close).unwrap_or("");
    named_character(crate::unicode_data::table(), name).map_err(|reason| error(close + 1, reason))
}

/// The character `name` names, or why there is none. Without the table no name can be
/// read, which is said plainly: the escape is never kept as written.
fn named_character(
    table: Option<&crate::unicode_data::UnicodeTable>,
    name: &str,
) -> Result<char, &'static str> {
    let table = table.ok_or("the table of Unicode character names is not loaded")?;
    table.character(name).ok_or("unknown Unicode character name")
}

/// The position CPython's decoder reports for byte `index` of a literal's body.
fn cpython_position(text: &str, index: usize) -> usize {
    text.get(..index)
        .map_or(index, |before| before.chars().map(|c| if c.is_ascii() { 1 } else { 10 }).sum())
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` in a str literal.
fn unicode_hex_escape(
    chars: &mut Chars<'_>,
    digits: usize,
    form: &str,
    position: usize,
    span: Span,
) -> Result<char, SyntaxError> {
    let (value, found) = hex_digits(chars, digits);
    let end = position + 1 + found;
    if found < digits {
        return Err(unicode_error(position, end, &format!("truncated {form} escape"), span));
    }
    char::from_u32(value)
        .ok_or_else(|| unicode_error(position, end, "illegal Unicode character", span))
}

#[cfg(test)]
mod tests {
    use super::named_character;

    #[test]
    fn without_the_table_a_name_is_an_error_that_says_so() {
        let reason = named_character(None, "SNOWMAN").unwrap_err();
        assert_eq!(reason, "the table of Unicode character names is not loaded");
        let table = crate::unicode_data::table();
        assert_eq!(named_character(table, "SNOWMAN"), Ok('\u{2603}'));
        assert_eq!(named_character(table, "NO SUCH NAME"), Err("unknown Unicode character name"));
    }
}
