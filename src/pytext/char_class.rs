//! Python's per-character predicates and case mappings (`str.isprintable`, `str.isalpha`,
//! `str.title`, …), answered from tables recorded from python3 so that they agree with
//! CPython's Unicode database rather than Rust's newer one.

use super::unicode_tables as tables;

/// How many low bits of a packed range hold its run length (see `unicode_tables`).
const RUN_BITS: u32 = 11;

/// The range of `ranges` that holds `ch`, as first and last code point. Each entry packs
/// a first code point and a run length into one u32, so the tables cost half the bytes.
fn range_containing(ranges: &[u32], ch: char) -> Option<(u32, u32)> {
    let code = ch as u32;
    let after = ranges.partition_point(|&packed| packed >> RUN_BITS <= code);
    let packed = *ranges.get(after.checked_sub(1)?)?;
    let start = packed >> RUN_BITS;
    let end = start + (packed & ((1 << RUN_BITS) - 1));
    (code <= end).then_some((start, end))
}

fn in_ranges(ranges: &[u32], ch: char) -> bool {
    range_containing(ranges, ch).is_some()
}

/// Python's `isprintable`: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs (but space).
pub fn is_printable(ch: char) -> bool {
    in_ranges(tables::PRINTABLE, ch)
}

/// Python's `isalpha`: a letter (categories Lu, Ll, Lt, Lm, Lo).
pub fn is_alpha(ch: char) -> bool {
    in_ranges(tables::ALPHA, ch)
}

/// Python's `isdecimal`: category Nd.
pub fn is_decimal(ch: char) -> bool {
    in_ranges(tables::DECIMAL, ch)
}

/// The value of a decimal digit from any script (`'٣'` → 3), as `int()` reads it.
/// Unicode keeps every run of Nd characters as whole blocks of ten, zero first.
pub fn decimal_value(ch: char) -> Option<u32> {
    if let Some(value) = ch.to_digit(10) {
        return Some(value);
    }
    let (start, _) = range_containing(tables::DECIMAL, ch)?;
    Some((ch as u32 - start) % 10)
}

/// Python's `isdigit`: decimal digits plus superscripts and other digits.
pub fn is_digit(ch: char) -> bool {
    in_ranges(tables::DIGIT, ch)
}

/// Python's `isnumeric`: any character with a numeric value.
pub fn is_numeric(ch: char) -> bool {
    in_ranges(tables::NUMERIC, ch)
}

/// Python's `isalnum`: alpha, decimal, digit or numeric.
pub fn is_alnum(ch: char) -> bool {
    is_alpha(ch) || is_decimal(ch) || is_digit(ch) || is_numeric(ch)
}

/// Python's `isspace`, the whitespace `str.split()` and `str.strip()` use.
pub fn is_space(ch: char) -> bool {
    in_ranges(tables::SPACE, ch)
}

/// Category Lt: a digraph such as `ǅ` that is already title case.
pub fn is_titlecase_letter(ch: char) -> bool {
    in_ranges(tables::TITLECASE_LETTER, ch)
}

/// Whether python3's Unicode database gives `ch` any case at all. Rust's is newer and
/// knows cased letters python3 treats as unassigned, so Rust's case answers are only
/// asked for these characters.
fn has_case(ch: char) -> bool {
    in_ranges(tables::HAS_CASE, ch)
}

pub fn is_upper(ch: char) -> bool {
    has_case(ch) && ch.is_uppercase()
}

pub fn is_lower(ch: char) -> bool {
    has_case(ch) && ch.is_lowercase()
}

/// Unicode's Cased: lower case, upper case or title case.
pub fn is_cased(ch: char) -> bool {
    is_lower(ch) || is_upper(ch) || is_titlecase_letter(ch)
}

/// The full upper-case mapping of one character (`ß` → `SS`).
pub fn to_upper(ch: char) -> String {
    if has_case(ch) && !in_ranges(tables::LOWER_WITHOUT_UPPER, ch) {
        ch.to_uppercase().collect()
    } else {
        ch.to_string()
    }
}

/// The full lower-case mapping of one character (without the final-sigma rule).
pub fn to_lower(ch: char) -> String {
    if has_case(ch) && !in_ranges(tables::UPPER_WITHOUT_LOWER, ch) {
        ch.to_lowercase().collect()
    } else {
        ch.to_string()
    }
}

pub fn is_case_ignorable(ch: char) -> bool {
    in_ranges(tables::CASE_IGNORABLE, ch)
}

pub fn is_identifier_start(ch: char) -> bool {
    in_ranges(tables::XID_START, ch)
}

pub fn is_identifier_continue(ch: char) -> bool {
    in_ranges(tables::XID_CONTINUE, ch)
}

fn mapped(table: &'static [(char, &'static str)], ch: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&ch, |&(from, _)| from)
        .ok()
        .and_then(|i| table.get(i))
        .map(|&(_, to)| to)
}

/// The full title-case mapping of one character (`ǆ` → `ǅ`, `ß` → `Ss`).
pub fn to_title(ch: char) -> String {
    mapped(tables::TITLECASE_MAPPING, ch).map_or_else(|| to_upper(ch), str::to_string)
}

/// The full case folding of one character (`ß` → `ss`).
pub fn to_casefold(ch: char) -> String {
    mapped(tables::CASEFOLD_MAPPING, ch).map_or_else(|| to_lower(ch), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_python() {
        assert!(is_printable(' ') && !is_printable('\n') && !is_printable('\u{a0}'));
        assert!(is_printable('é') && !is_printable('\u{200b}'));
        assert!(is_alpha('é') && !is_alpha('1'));
        assert!(is_digit('²') && !is_decimal('²') && is_numeric('½') && is_numeric('一'));
        assert!(is_space('\u{1c}') && is_space('\u{3000}') && !is_space('\u{200b}'));
        assert!(
            is_identifier_start('_') && !is_identifier_start('1') && is_identifier_continue('1')
        );
    }

    #[test]
    fn packed_ranges_hold_their_ends_and_nothing_around_them() {
        // U+0AE6..U+0AEF are Gujarati digits; U+20000..U+2A6DF is one run split in several.
        assert_eq!(range_containing(tables::DECIMAL, '\u{ae6}'), Some((0xae6, 0xaef)));
        assert_eq!(range_containing(tables::DECIMAL, '\u{aef}'), Some((0xae6, 0xaef)));
        assert_eq!(range_containing(tables::DECIMAL, '\u{ae5}'), None);
        assert_eq!(range_containing(tables::DECIMAL, '\u{af0}'), None);
        assert!(is_alpha('\u{20000}') && is_alpha('\u{2a6df}') && !is_alpha('\u{2a6e0}'));
        assert!(is_alpha('\u{20800}') && is_alpha('\u{21000}'));
        assert_eq!(range_containing(tables::PRINTABLE, '\u{0}'), None);
        assert!(!is_printable(char::MAX));
    }

    #[test]
    fn decimal_runs_are_whole_blocks_of_ten() {
        // decimal_value counts from the start of a run, so no run may be split mid-block.
        for &packed in tables::DECIMAL {
            assert_eq!(((packed & ((1 << RUN_BITS) - 1)) + 1) % 10, 0, "{packed:#x}");
        }
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{1d7ff}'), Some(9));
    }

    #[test]
    fn case_mappings_follow_python() {
        assert_eq!(to_title('ǆ'), "ǅ");
        assert_eq!(to_title('ß'), "Ss");
        assert_eq!(to_title('a'), "A");
        assert_eq!(to_casefold('ß'), "ss");
        assert_eq!(to_casefold('A'), "a");
    }
}
