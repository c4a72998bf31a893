//! Python's per-character predicates and case mappings (`str.isprintable`, `str.isalpha`,
//! `str.title`, …), answered from tables recorded from python3 so that they agree with
//! CPython's Unicode database rather than Rust's newer one.

use super::unicode_tables as tables;

fn in_ranges(ranges: &[(u32, u32)], ch: char) -> bool {
    let code = ch as u32;
    ranges
        .binary_search_by(|&(start, end)| {
            if end < code {
                std::cmp::Ordering::Less
            } else if start > code {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
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
    let code = ch as u32;
    let index = tables::DECIMAL.partition_point(|&(_, end)| end < code);
    let &(start, end) = tables::DECIMAL.get(index)?;
    (start <= code && code <= end).then(|| (code - start) % 10)
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
    fn case_mappings_follow_python() {
        assert_eq!(to_title('ǆ'), "ǅ");
        assert_eq!(to_title('ß'), "Ss");
        assert_eq!(to_title('a'), "A");
        assert_eq!(to_casefold('ß'), "ss");
        assert_eq!(to_casefold('A'), "a");
    }
}
