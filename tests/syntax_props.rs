//! The reader never panics: not on arbitrary text, and not on valid programs with
//! characters or tokens deleted, inserted or duplicated.

use cellscope::syntax::parse;
use proptest::prelude::*;

const PROGRAM: &str = "def outer(a, b=1, *c, d, **e):\n    total = [x for x in range(a) if x]\n    def inner(y):\n        nonlocal total\n        return f\"{y!r:>{b}}\" + 'é'\n    with open(a) as f, g:\n        pass\n    try:\n        raise ValueError(a) from None\n    except (A, B) as err:\n        total += {k: v for k, v in e.items()}\n    return lambda z=2: inner(z)[1:2, ::3]\n";

const PIECES: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", "\"", "\"\"\"", "f'{", "\\", "#",
    "=", ",", "*", "**", "lambda", "def", "if", "else", "yield", "é", "→", "0x", "1e", "_",
];

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

/// Regression: deeply nested input used to overflow the stack and abort. Every one of
/// these must come back as a value (an AST or a SyntaxError). The thread's stack is
/// set explicitly because debug builds use far larger frames than release builds,
/// where the limits hold within the WebAssembly module's 2 MiB stack.
#[test]
fn deeply_nested_input_fails_cleanly() {
    let inputs = [
        format!("x = {}1", "-".repeat(5000)),
        format!("x = {}1", "not ".repeat(5000)),
        format!("x = {}1{}", "(".repeat(199), ")".repeat(199)),
        format!("x = {}{}", "[".repeat(300), "]".repeat(300)),
        format!("x = {}1", "lambda: ".repeat(5000)),
        format!("x = {}3", "1 if 2 else ".repeat(5000)),
        format!("x = {}b", "a.".repeat(10000)),
        format!("x = {}1", "1+".repeat(10000)),
        format!("x = f{}", "()".repeat(5000)),
        format!("x = {}2", "2**".repeat(5000)),
        format!("x = f\"{{{}{}}}\"", "(".repeat(150), ")".repeat(150)),
        (0..120).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>(),
    ];
    let worker = std::thread::Builder::new().stack_size(8 << 20).spawn(move || {
        for input in &inputs {
            let _ = parse(input);
        }
    });
    assert!(worker.unwrap().join().is_ok());
}
