//! No input makes the text algorithms panic: arbitrary text, numbers and format specs
//! go through every public function, and the answers keep the invariants Python keeps.

use cellscope::pytext;
use num_bigint::BigInt;
use proptest::prelude::*;

/// Format specs drawn from the characters the mini-language uses, plus a few others.
fn spec_strategy() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just('<'),
            Just('>'),
            Just('='),
            Just('^'),
            Just('+'),
            Just('-'),
            Just(' '),
            Just('z'),
            Just('#'),
            Just('0'),
            Just('1'),
            Just('9'),
            Just(','),
            Just('_'),
            Just('.'),
            Just('d'),
            Just('f'),
            Just('e'),
            Just('g'),
            Just('%'),
            Just('x'),
            Just('c'),
            Just('s'),
            Just('n'),
            Just('é'),
            Just('\0'),
        ],
        0..12,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #[test]
    fn formatting_never_panics(spec in spec_strategy(), int in any::<i64>(), float in any::<f64>(), text in ".{0,8}") {
        let _ = pytext::format_int(&BigInt::from(int), &spec);
        let _ = pytext::format_float(float, &spec);
        let _ = pytext::format_str(&text, &spec);
    }

    #[test]
    fn float_repr_round_trips(bits in any::<u64>()) {
        let value = f64::from_bits(bits);
        let text = pytext::float_repr(value);
        let back = pytext::parse_float(&text);
        prop_assert!(back.is_ok(), "{text} does not parse");
        let back = back.unwrap_or(0.0);
        prop_assert!(back == value || (back.is_nan() && value.is_nan()), "{text} reads back as {back}");
    }

    #[test]
    fn parsing_never_panics(text in "\\PC{0,12}", base in 0u32..40) {
        let _ = pytext::parse_int(&text, base);
        let _ = pytext::parse_float(&text);
    }

    #[test]
    fn int_text_round_trips(value in any::<i64>(), radix in prop_oneof![Just(2u32), Just(8), Just(10), Just(16)]) {
        let prefix = match radix { 2 => "0b", 8 => "0o", 16 => "0x", _ => "" };
        let text = pytext::int_to_radix(&BigInt::from(value), radix, prefix);
        prop_assert_eq!(pytext::parse_int(&text, if radix == 10 { 10 } else { 0 }), Ok(BigInt::from(value)));
    }

    #[test]
    fn rounding_never_panics(value in any::<f64>(), ndigits in -400i64..400) {
        let _ = pytext::round_float(value, ndigits);
        let _ = pytext::round_float_to_int(value);
    }

    #[test]
    fn str_methods_never_panic(text in "\\PC{0,10}", sub in "\\PC{0,3}", start in proptest::option::of(-12i64..12), end in proptest::option::of(-12i64..12)) {
        let found = pytext::find(&text, &sub, start, end);
        let count = text.chars().count();
        prop_assert!(found.map_or(true, |at| at <= count));
        let _ = (pytext::rfind(&text, &sub, start, end), pytext::count(&text, &sub, start, end));
        let _ = (pytext::starts_with(&text, &sub, start, end), pytext::ends_with(&text, &sub, start, end));
        let _ = (pytext::split(&text, Some(&sub), start), pytext::rsplit(&text, None, end));
        let _ = (pytext::replace(&text, &sub, "-", start), pytext::partition(&text, &sub));
        let _ = (pytext::title(&text), pytext::swapcase(&text), pytext::casefold(&text), pytext::capitalize(&text));
        let _ = (pytext::center(&text, start.unwrap_or(0), '*'), pytext::zfill(&text, end.unwrap_or(0)), pytext::expandtabs(&text, start.unwrap_or(8)));
        let _ = (pytext::str_repr(&text), pytext::ascii_repr(&text), pytext::splitlines(&text, true));
    }
}
