//! The `str.is…` predicates that ask the same question of every character.

use super::char_class::{
    is_alnum, is_alpha, is_decimal, is_digit, is_identifier_continue, is_identifier_start,
    is_numeric, is_printable, is_space,
};

/// True for a non-empty text whose every character passes.
fn all_nonempty(text: &str, test: fn(char) -> bool) -> bool {
    !text.is_empty() && text.chars().all(test)
}

pub fn is_alpha_text(text: &str) -> bool {
    all_nonempty(text, is_alpha)
}

pub fn is_alnum_text(text: &str) -> bool {
    all_nonempty(text, is_alnum)
}

pub fn is_decimal_text(text: &str) -> bool {
    all_nonempty(text, is_decimal)
}

pub fn is_digit_text(text: &str) -> bool {
    all_nonempty(text, is_digit)
}

pub fn is_numeric_text(text: &str) -> bool {
    all_nonempty(text, is_numeric)
}

pub fn is_space_text(text: &str) -> bool {
    all_nonempty(text, is_space)
}

/// `s.isascii()`: true for the empty string too.
pub fn is_ascii_text(text: &str) -> bool {
    text.is_ascii()
}

/// `s.isprintable()`: true for the empty string too.
pub fn is_printable_text(text: &str) -> bool {
    text.chars().all(is_printable)
}

/// `s.isidentifier()`: an identifier start (letter or `_`), then identifier characters.
pub fn is_identifier_text(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(is_identifier_start) && chars.all(is_identifier_continue)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predicates_follow_python() {
        assert!(is_alpha_text("héllo") && !is_alpha_text("") && !is_alpha_text("a1"));
        assert!(is_alnum_text("a1½") && is_digit_text("²3") && !is_decimal_text("²"));
        assert!(is_numeric_text("一½") && is_space_text(" \t\u{3000}") && !is_space_text(""));
        assert!(is_printable_text("") && !is_printable_text("a\n"));
        assert!(
            is_identifier_text("_x1") && is_identifier_text("été") && !is_identifier_text("1x")
        );
        assert!(!is_identifier_text("") && !is_identifier_text("a-b"));
    }
}
