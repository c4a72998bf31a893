//! Scanners for the lexemes whose shape takes more than one character to decide:
//! identifiers, numbers and string literals. Each returns a length in bytes, or the
//! SyntaxError CPython's tokenizer reports for a malformed literal.

use super::error::SyntaxError;
use super::span::Span;
use nom::bytes::complete::take_while;
use nom::IResult;

/// An identifier starts with a letter or underscore (Python's XID_Start, approximated
/// by Unicode's alphabetic property).
pub fn is_identifier_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_identifier_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric() || c == '\u{b7}'
}

fn identifier(input: &str) -> IResult<&str, &str> {
    take_while(is_identifier_continue)(input)
}

pub fn identifier_len(rest: &str) -> usize {
    identifier(rest).map_or(0, |(_, word)| word.len())
}

/// The prefixes a string literal may carry, in any letter case.
pub fn is_string_prefix(word: &str) -> bool {
    matches!(word.to_ascii_lowercase().as_str(), "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf")
}

/// The byte length of the string literal at `start`, whose prefix is `prefix_len` long.
pub fn string_len(source: &str, start: usize, prefix_len: usize) -> Result<usize, SyntaxError> {
    let body_start = start + prefix_len;
    let body = source.get(body_start..).unwrap_or("");
    let quote = body.as_bytes().first().copied().unwrap_or(b'"');
    let triple = body.len() >= 3 && body.as_bytes().iter().take(3).all(|&b| b == quote);
    let opener = if triple { 3 } else { 1 };
    let mut index = opener;
    let bytes = body.as_bytes();
    while let Some(&b) = bytes.get(index) {
        if b == b'\\' {
            index += 2;
            continue;
        }
        if !triple && (b == b'\n' || b == b'\r') {
            break;
        }
        if b == quote
            && (!triple
                || bytes.get(index..index + 3).is_some_and(|q| q.iter().all(|&x| x == quote)))
        {
            return Ok(prefix_len + index + opener);
        }
        index += 1;
    }
    Err(unterminated_string(source, start, body_start + index.min(body.len()), triple))
}

/// CPython points at the literal's start and names the line where it gave up.
fn unterminated_string(source: &str, start: usize, gave_up: usize, triple: bool) -> SyntaxError {
    let end = gave_up.min(source.len());
    let trimmed_end =
        if triple { source.trim_end_matches(['\n', '\r']).len().min(end) } else { end };
    let line = source.get(..trimmed_end).map_or(1, |text| text.matches('\n').count() + 1);
    let what = if triple {
        "unterminated triple-quoted string literal"
    } else {
        "unterminated string literal"
    };
    SyntaxError::syntax(format!("{what} (detected at line {line})"), Span::new(start, start))
}

/// The byte length of the number literal at `start` (integer, float or imaginary).
pub fn number_len(source: &str, start: usize) -> Result<usize, SyntaxError> {
    let text = source.get(start..).unwrap_or("");
    let bytes = text.as_bytes();
    let radix = match (bytes.first(), bytes.get(1).map(u8::to_ascii_lowercase)) {
        (Some(b'0'), Some(b'x')) => Some((16, "hexadecimal")),
        (Some(b'0'), Some(b'o')) => Some((8, "octal")),
        (Some(b'0'), Some(b'b')) => Some((2, "binary")),
        _ => None,
    };
    let len = match radix {
        Some((radix, name)) => radix_len(text, start, radix, name)?,
        None => decimal_len(text, start)?,
    };
    check_number_end(text, start, len, radix.map_or("decimal", |(_, name)| name))
}

fn radix_len(text: &str, start: usize, radix: u32, name: &str) -> Result<usize, SyntaxError> {
    let bytes = text.as_bytes();
    let mut index = 2;
    let mut digits = 0;
    loop {
        match bytes.get(index) {
            Some(b'_') if bytes.get(index + 1).is_some_and(|b| (*b as char).is_digit(radix)) => {
                index += 1
            }
            Some(b) if (*b as char).is_digit(radix) => {
                index += 1;
                digits += 1;
            }
            Some(b) if radix < 10 && b.is_ascii_digit() => {
                let message = format!("invalid digit '{}' in {name} literal", *b as char);
                return Err(SyntaxError::syntax(message, Span::new(start + index, start + index)));
            }
            _ => break,
        }
    }
    if digits == 0 || bytes.get(index).is_some_and(|b| *b == b'_') {
        let at = start + index.max(2);
        let at = if digits == 0 { start + 1 } else { at };
        return Err(SyntaxError::syntax(format!("invalid {name} literal"), Span::new(at, at)));
    }
    Ok(index)
}

/// Digits with single underscores between them; returns the length and whether an
/// underscore was left dangling.
fn digits_len(bytes: &[u8], mut index: usize) -> (usize, bool) {
    while let Some(b) = bytes.get(index) {
        let separator = *b == b'_' && bytes.get(index + 1).is_some_and(u8::is_ascii_digit);
        if !b.is_ascii_digit() && !separator {
            return (index, *b == b'_');
        }
        index += 1;
    }
    (index, false)
}

fn decimal_len(text: &str, start: usize) -> Result<usize, SyntaxError> {
    let bytes = text.as_bytes();
    let invalid = |at: usize| {
        SyntaxError::syntax("invalid decimal literal", Span::new(start + at, start + at))
    };
    let (mut index, dangling) = digits_len(bytes, 0);
    if dangling {
        return Err(invalid(index));
    }
    let integer_digits = index;
    let mut is_integer = true;
    if bytes.get(index) == Some(&b'.') {
        is_integer = false;
        let (after, dangling) = digits_len(bytes, index + 1);
        if dangling {
            return Err(invalid(after));
        }
        index = after;
    }
    // `1else`: an `e` with no digit or sign after it ends the number, and the end
    // check decides whether a keyword follows (CPython's tokenizer backs up there).
    let exponent_follows = bytes
        .get(index + 1)
        .is_some_and(|b| b.is_ascii_digit() || *b == b'+' || *b == b'-');
    if matches!(bytes.get(index), Some(b'e' | b'E')) && exponent_follows {
        let sign = usize::from(matches!(bytes.get(index + 1), Some(b'+' | b'-')));
        let (after, dangling) = digits_len(bytes, index + 1 + sign);
        if after == index + 1 + sign || dangling {
            return Err(invalid(0));
        }
        is_integer = false;
        index = after;
    }
    // An integer may start with 0 only if it is all zeros (`00` but not `012`).
    let leading_zero = is_integer && integer_digits > 1 && bytes.first() == Some(&b'0');
    let nonzero = bytes.get(..index).is_some_and(|d| d.iter().any(|b| *b != b'0' && *b != b'_'));
    if leading_zero && nonzero && !is_complex(bytes, index) {
        let message = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
        return Err(SyntaxError::syntax(message, Span::new(start, start + 1)));
    }
    Ok(index)
}

fn is_complex(bytes: &[u8], index: usize) -> bool {
    matches!(bytes.get(index), Some(b'j' | b'J'))
}

/// An imaginary suffix may follow; a letter or digit straight after a number is an
/// error ("1abc"), except for keywords CPython still accepts there (`1if x else y`).
fn check_number_end(
    text: &str,
    start: usize,
    len: usize,
    kind: &str,
) -> Result<usize, SyntaxError> {
    let complex = is_complex(text.as_bytes(), len);
    let (len, kind) = if complex { (len + 1, "imaginary") } else { (len, kind) };
    let rest = text.get(len..).unwrap_or("");
    let Some(next) = rest.chars().next() else { return Ok(len) };
    let allowed = ["and", "else", "for", "if", "in", "is", "not", "or"];
    // CPython's tokenizer checks this byte as a signed char: only ASCII letters,
    // digits and `_` count here.
    let name_like = next.is_ascii_alphanumeric() || next == '_';
    if name_like && !allowed.iter().any(|k| rest.starts_with(k)) {
        // CPython points at the last character of the number.
        let at = start + len.saturating_sub(1);
        return Err(SyntaxError::syntax(format!("invalid {kind} literal"), Span::new(at, at)));
    }
    Ok(len)
}

/// A character that cannot start any token.
pub fn invalid_character(c: char, offset: usize) -> SyntaxError {
    let span = Span::new(offset, offset);
    let code = c as u32;
    if c.is_control() || c.is_whitespace() || code == 0xa0 {
        return SyntaxError::syntax(format!("invalid non-printable character U+{code:04X}"), span);
    }
    SyntaxError::syntax(format!("invalid character '{c}' (U+{code:04X})"), span)
}
