//! `repr(str)` and `ascii(str)`, following CPython's `unicode_repr`.

use super::char_class::is_printable;

/// `repr(s)`: single quotes unless the text holds `'` and no `"`; backslash escapes for
/// `\\`, the quote, `\t`, `\n`, `\r`, and for every character `str.isprintable` rejects.
pub fn str_repr(text: &str) -> String {
    quote(text, false)
}

/// `ascii(s)`: like `repr`, with every non-ASCII character escaped as well.
pub fn ascii_repr(text: &str) -> String {
    quote(text, true)
}

fn quote(text: &str, ascii_only: bool) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for ch in text.chars() {
        push_escaped(&mut out, ch, quote, ascii_only);
    }
    out.push(quote);
    out
}

fn push_escaped(out: &mut String, ch: char, quote: char, ascii_only: bool) {
    match ch {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        _ if ch == quote => {
            out.push('\\');
            out.push(ch);
        }
        ' '..='~' => out.push(ch),
        _ if !ascii_only && !ch.is_ascii() && is_printable(ch) => out.push(ch),
        _ => out.push_str(&hex_escape(ch)),
    }
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`: the shortest of Python's escapes that fits.
pub fn hex_escape(ch: char) -> String {
    let code = ch as u32;
    if code < 0x100 {
        format!("\\x{code:02x}")
    } else if code < 0x10000 {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_chooses_quotes_like_python() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr(""), "''");
    }

    #[test]
    fn repr_escapes_unprintable_characters() {
        assert_eq!(str_repr("a\tb\n\\"), "'a\\tb\\n\\\\'");
        assert_eq!(str_repr("\u{0}\u{7f}\u{a0}é"), "'\\x00\\x7f\\xa0é'");
        assert_eq!(str_repr("\u{200b}日本"), "'\\u200b日本'");
        assert_eq!(str_repr("\u{e0001}"), "'\\U000e0001'");
    }

    #[test]
    fn ascii_escapes_everything_beyond_ascii() {
        assert_eq!(ascii_repr("héllo 🐍"), "'h\\xe9llo \\U0001f40d'");
        assert_eq!(ascii_repr("日"), "'\\u65e5'");
    }
}
