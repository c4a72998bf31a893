//! Case in str: `upper`, `lower`, `casefold`, `title`, `capitalize`, `swapcase`, and the
//! predicates `isupper`, `islower`, `istitle`, following CPython's unicodeobject.c.

use super::char_class::{
    is_case_ignorable, is_cased, is_lower, is_titlecase_letter, is_upper, to_casefold, to_lower,
    to_title, to_upper,
};

const CAPITAL_SIGMA: char = 'Σ';

/// The lower case of `chars[at]`. A capital sigma becomes the final form `ς` when it ends
/// a word: a cased letter before it and none after, skipping case-ignorable characters.
fn lower_at(chars: &[char], at: usize) -> String {
    let Some(&ch) = chars.get(at) else {
        return String::new();
    };
    if ch != CAPITAL_SIGMA {
        return to_lower(ch);
    }
    let before = chars
        .get(..at)
        .unwrap_or(&[])
        .iter()
        .rev()
        .find(|&&c| !is_case_ignorable(c));
    let after = chars
        .get(at + 1..)
        .unwrap_or(&[])
        .iter()
        .find(|&&c| !is_case_ignorable(c));
    let is_final = before.is_some_and(|&c| is_cased(c)) && !after.is_some_and(|&c| is_cased(c));
    if is_final { "ς" } else { "σ" }.to_string()
}

/// `s.upper()`, with full mappings (`ß` → `SS`).
pub fn upper(text: &str) -> String {
    text.chars().map(to_upper).collect()
}

/// `s.lower()`, with the final-sigma rule.
pub fn lower(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).map(|at| lower_at(&chars, at)).collect()
}

/// `s.casefold()`: lower case made stronger for caseless matching (`ß` → `ss`).
pub fn casefold(text: &str) -> String {
    text.chars().map(to_casefold).collect()
}

/// `s.title()`: a character after a cased one goes to lower case, any other to title case.
pub fn title(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut previous_is_cased = false;
    for (at, &ch) in chars.iter().enumerate() {
        if previous_is_cased {
            out.push_str(&lower_at(&chars, at));
        } else {
            out.push_str(&to_title(ch));
        }
        previous_is_cased = is_cased(ch);
    }
    out
}

/// `s.capitalize()`: the first character in title case, the rest in lower case.
pub fn capitalize(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (at, &ch) in chars.iter().enumerate() {
        if at == 0 {
            out.push_str(&to_title(ch));
        } else {
            out.push_str(&lower_at(&chars, at));
        }
    }
    out
}

/// `s.swapcase()`: upper case to lower, lower case to upper, the rest unchanged.
pub fn swapcase(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (at, &ch) in chars.iter().enumerate() {
        if is_upper(ch) {
            out.push_str(&lower_at(&chars, at));
        } else if is_lower(ch) {
            out.push_str(&to_upper(ch));
        } else {
            out.push(ch);
        }
    }
    out
}

/// `s.isupper()`: at least one cased character, and none lower or title case.
pub fn is_upper_text(text: &str) -> bool {
    let mut cased = false;
    for ch in text.chars() {
        if is_lower(ch) || is_titlecase_letter(ch) {
            return false;
        }
        cased |= is_upper(ch);
    }
    cased
}

/// `s.islower()`: at least one cased character, and none upper or title case.
pub fn is_lower_text(text: &str) -> bool {
    let mut cased = false;
    for ch in text.chars() {
        if is_upper(ch) || is_titlecase_letter(ch) {
            return false;
        }
        cased |= is_lower(ch);
    }
    cased
}

/// `s.istitle()`: upper- and title-case characters only start words, lower-case ones
/// only continue them, and there is at least one cased character.
pub fn is_title_text(text: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for ch in text.chars() {
        if is_upper(ch) || is_titlecase_letter(ch) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(ch) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_mappings_follow_python() {
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(lower("ΟΔΟΣ ΟΔΟΣ."), "οδος οδος.");
        assert_eq!(casefold("Straße"), "strasse");
        assert_eq!(title("hello wORLD 3rd ǆx"), "Hello World 3Rd ǅx");
        assert_eq!(title("they're"), "They'Re");
        assert_eq!(capitalize("hELLO World"), "Hello world");
        assert_eq!(swapcase("Hello ß"), "hELLO SS");
    }

    #[test]
    fn case_predicates_follow_python() {
        assert!(is_upper_text("ABC 1") && !is_upper_text("1") && !is_upper_text("Ab"));
        assert!(is_lower_text("abc 1") && !is_lower_text(""));
        assert!(is_title_text("Hello World") && !is_title_text("Hello world"));
        assert!(is_title_text("ǅx") && !is_title_text("HEllo"));
    }
}
