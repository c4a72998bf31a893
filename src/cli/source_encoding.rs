//! Turning a source file's bytes into text, as CPython's tokenizer does (PEP 263).
//!
//! A file is UTF-8 unless a coding cookie (`# -*- coding: latin-1 -*-`) on its first
//! or second line names another encoding; the second line counts only when the first
//! is a comment or blank. A UTF-8 byte order mark also means UTF-8.

/// The program's text, or the SyntaxError line CPython prints when it cannot read it.
pub fn decode_source(bytes: &[u8], path: &str) -> Result<String, String> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return decode_after_bom(rest, path);
    }
    match declared_encoding(bytes) {
        None => decode_utf8(bytes, path),
        Some(name) => match normalize_encoding(&name) {
            Some(Encoding::Utf8) => decode_utf8(bytes, path),
            Some(Encoding::Latin1) => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
            Some(Encoding::Latin9) => Ok(bytes.iter().map(|&b| latin9_char(b)).collect()),
            Some(Encoding::Ascii) => decode_ascii(bytes, &name),
            None => Err(format!("SyntaxError: encoding problem: {name}")),
        },
    }
}

/// After a UTF-8 byte order mark, a cookie must name UTF-8 itself: CPython's
/// `check_coding_spec` compares the cookie's `get_normal_name` with "utf-8", so even
/// `utf8` or `ascii` is "encoding problem: utf8 with BOM".
fn decode_after_bom(bytes: &[u8], path: &str) -> Result<String, String> {
    match declared_encoding(bytes).map(|name| tokenizer_normal_name(&name)) {
        Some(name) if name != "utf-8" => {
            Err(format!("SyntaxError: encoding problem: {name} with BOM"))
        }
        _ => decode_utf8(bytes, path),
    }
}

/// CPython tokenizer's `get_normal_name`: only the spellings of UTF-8 and Latin-1 it
/// knows become "utf-8" and "iso-8859-1"; any other name stays as written.
fn tokenizer_normal_name(name: &str) -> String {
    let key: String = name
        .chars()
        .take(12)
        .map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() })
        .collect();
    let latin1 = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if key == "utf-8" || key.starts_with("utf-8-") {
        "utf-8".to_string()
    } else if latin1.iter().any(|l| key == *l || key.starts_with(&format!("{l}-"))) {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}

enum Encoding {
    Utf8,
    Latin1,
    Latin9,
    Ascii,
}

/// CPython's message for bytes that are not UTF-8 in a file that declares nothing.
fn decode_utf8(bytes: &[u8], path: &str) -> Result<String, String> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(error) => {
            let at = error.valid_up_to();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            Err(format!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line \
                 {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[at]
            ))
        }
    }
}

/// CPython reports a non-ASCII byte under an ASCII cookie as a problem with the encoding.
fn decode_ascii(bytes: &[u8], name: &str) -> Result<String, String> {
    if bytes.is_ascii() {
        Ok(bytes.iter().map(|&b| char::from(b)).collect())
    } else {
        Err(format!("SyntaxError: encoding problem: {name}"))
    }
}

/// The encoding a cookie on line 1 or 2 names: `coding[:=]\s*([-\w.]+)` in a comment.
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie_in_line(first) {
        return Some(name);
    }
    let first_is_comment_or_blank =
        matches!(first.iter().find(|b| !b" \t\x0c\r".contains(b)), None | Some(b'#'));
    if first_is_comment_or_blank {
        return lines.next().and_then(cookie_in_line);
    }
    None
}

fn cookie_in_line(line: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(line);
    let comment = text.trim_start_matches([' ', '\t', '\x0c']).strip_prefix('#')?;
    let at = comment.find("coding")?;
    let after = comment[at + "coding".len()..].strip_prefix([':', '='])?;
    let name: String = after
        .trim_start_matches([' ', '\t'])
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

/// The names Python's codec registry gives the encodings a cookie may use here.
fn normalize_encoding(name: &str) -> Option<Encoding> {
    let key = name.to_ascii_lowercase().replace('_', "-");
    match key.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Encoding::Utf8),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin"
        | "iso-latin-1" | "iso-ir-100" | "iso8859" => Some(Encoding::Latin1),
        "iso-8859-15" | "iso8859-15" | "latin9" | "latin-9" | "l9" => Some(Encoding::Latin9),
        "ascii" | "us-ascii" | "646" | "us" => Some(Encoding::Ascii),
        _ => None,
    }
}

/// ISO-8859-15 is Latin-1 with eight code points replaced, the euro sign among them.
fn latin9_char(byte: u8) -> char {
    match byte {
        0xa4 => '€',
        0xa6 => 'Š',
        0xa8 => 'š',
        0xb4 => 'Ž',
        0xb8 => 'ž',
        0xbc => 'Œ',
        0xbd => 'œ',
        0xbe => 'Ÿ',
        other => char::from(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latin1_cookie_decodes_each_byte_as_its_code_point() {
        let source = b"# -*- coding: latin-1 -*-\nprint('caf\xe9')\n";
        assert_eq!(
            decode_source(source, "p.py").as_deref(),
            Ok("# -*- coding: latin-1 -*-\nprint('caf\u{e9}')\n")
        );
    }

    #[test]
    fn a_cookie_on_line_two_counts_only_after_a_comment() {
        assert!(declared_encoding(b"#!/usr/bin/python\n# coding=latin1\n").is_some());
        assert!(declared_encoding(b"x = 1\n# coding=latin1\n").is_none());
    }

    #[test]
    fn undeclared_non_utf8_names_the_byte_and_its_line() {
        let message = decode_source(b"x = 1\nprint('\xe9')\n", "p.py").unwrap_err();
        assert!(message.starts_with(
            "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file p.py on line 2,"
        ));
    }

    #[test]
    fn a_bom_admits_only_a_cookie_that_names_utf8_as_cpython_spells_it() {
        let with_bom = |cookie: &str| {
            decode_source(format!("\u{feff}# coding: {cookie}\nx = 1\n").as_bytes(), "p.py")
        };
        assert_eq!(with_bom("UTF_8"), Ok("# coding: UTF_8\nx = 1\n".to_string()));
        assert_eq!(
            with_bom("latin-1"),
            Err("SyntaxError: encoding problem: iso-8859-1 with BOM".into())
        );
        assert_eq!(with_bom("utf8"), Err("SyntaxError: encoding problem: utf8 with BOM".into()));
    }

    #[test]
    fn an_unknown_encoding_is_an_encoding_problem() {
        let message = decode_source(b"# coding: foo\n", "p.py").unwrap_err();
        assert_eq!(message, "SyntaxError: encoding problem: foo");
    }
}
