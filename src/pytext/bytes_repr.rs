//! `repr(b)` for bytes: CPython's `bytes_repr`. Single quotes unless the bytes hold
//! a `'` and no `"`; `\t`, `\n`, `\r` and `\\` escaped by name, other bytes outside
//! printable ASCII as `\xNN`.

/// `repr(b)`: `b'\x00abc\xff'`.
pub fn bytes_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &byte in bytes {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte == quote => {
                out.push('\\');
                out.push(char::from(byte));
            }
            0x20..=0x7e => out.push(char::from(byte)),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(char::from(quote));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_cpython() {
        assert_eq!(bytes_repr(b"\x00abc\xff"), "b'\\x00abc\\xff'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(bytes_repr(b"a\tb\n\\"), "b'a\\tb\\n\\\\'");
    }
}
