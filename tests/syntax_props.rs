//! The reader never panics: not on arbitrary text, and not on valid programs with
//! characters or tokens deleted, inserted or duplicated.

use cellscope::syntax::parse;
use proptest::prelude::*;

const PROGRAM: &str = "def outer(a, b=1, *c, d, **e):\n    total = [x for x in range(a) if x]\n    def inner(y):\n        nonlocal total\n        return f\"{y!r:>{b}}\" + 'é'\n    with open(a) as f, g:\n        pass\n    try:\n        raise ValueError(a) from None\n    except (A, B) as err:\n        total += {k: v for k, v in e.items()}\n    return lambda z=2: inner(z)[1:2, ::3]\n";

const PIECES: &[&str] = &["(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", "\"", "\"\"\"", "f'{", "\\", "#", "=", ",", "*", "**", "lambda", "def", "if", "else", "yield", "é", "→", "0x", "1e", "_"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC*") {
        let _ = parse(&text);
    }

    #[test]
    fn mutated_programs_never_panic(at in 0usize..PROGRAM.len(), len in 0usize..8, piece in 0usize..PIECES.len(), mode in 0u8..3) {
        let mut text = PROGRAM.to_string();
        let start = (0..=at).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        let end = (start + len..=text.len()).find(|i| text.is_char_boundary(*i)).unwrap_or(text.len());
        match mode {
            0 => text.replace_range(start..end, ""),
            1 => text.insert_str(start, PIECES[piece]),
            _ => {
                let copy = text[start..end].to_string();
                text.insert_str(end, &copy);
            }
        }
        let _ = parse(&text);
    }
}
