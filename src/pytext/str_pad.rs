//! Widening and trimming str: `center`, `ljust`, `rjust`, `zfill`, `expandtabs`,
//! `removeprefix` and `removesuffix`. Widths count characters.

fn padded(text: &str, left: usize, right: usize, fill: char) -> String {
    let fill = fill.to_string();
    format!("{}{text}{}", fill.repeat(left), fill.repeat(right))
}

/// How many fill characters widen `text` to `width`; none for any width at or below
/// its length, `-2**63` included.
fn margin(text: &str, width: i64) -> usize {
    usize::try_from(width.saturating_sub(text.chars().count() as i64)).unwrap_or(0)
}

/// `s.center(width, fillchar)`. An odd margin puts the extra character on the left
/// only when `width` is odd too (CPython's `left = marg / 2 + (marg & width & 1)`).
pub fn center(text: &str, width: i64, fill: char) -> String {
    let margin = margin(text, width);
    let left = margin / 2 + (margin & (width as usize) & 1);
    padded(text, left, margin - left, fill)
}

/// `s.ljust(width, fillchar)`.
pub fn ljust(text: &str, width: i64, fill: char) -> String {
    padded(text, 0, margin(text, width), fill)
}

/// `s.rjust(width, fillchar)`.
pub fn rjust(text: &str, width: i64, fill: char) -> String {
    padded(text, margin(text, width), 0, fill)
}

/// `s.zfill(width)`: zeros on the left, after a leading `+` or `-`.
pub fn zfill(text: &str, width: i64) -> String {
    let zeros = "0".repeat(margin(text, width));
    match text.chars().next() {
        Some(sign @ ('+' | '-')) => format!("{sign}{zeros}{}", text.get(1..).unwrap_or("")),
        _ => format!("{zeros}{text}"),
    }
}

/// `s.expandtabs(tabsize)`: each tab becomes spaces up to the next multiple of
/// `tabsize`; `\n` and `\r` restart the column count.
pub fn expandtabs(text: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(text.len());
    let mut column: i64 = 0;
    for ch in text.chars() {
        match ch {
            '\t' if tabsize > 0 => {
                let spaces = tabsize - column % tabsize;
                out.push_str(&" ".repeat(spaces as usize));
                column += spaces;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(ch);
                column = 0;
            }
            _ => {
                out.push(ch);
                column += 1;
            }
        }
    }
    out
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(text: &'a str, prefix: &str) -> &'a str {
    text.strip_prefix(prefix).unwrap_or(text)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(text: &'a str, suffix: &str) -> &'a str {
    text.strip_suffix(suffix).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_follows_python() {
        assert_eq!(center("a", 4, '*'), "*a**");
        assert_eq!(center("ab", 5, '*'), "**ab*");
        assert_eq!(center("abc", 6, ' '), " abc  ");
        assert_eq!(ljust("é", 3, '-'), "é--");
        assert_eq!(rjust("abc", -1, ' '), "abc");
        assert_eq!(zfill("-42", 6), "-00042");
        assert_eq!(zfill("42", 1), "42");
    }

    #[test]
    fn zfill_to_the_most_negative_width_is_the_text_itself() {
        assert_eq!(zfill("a", i64::MIN), "a");
        assert_eq!(rjust("-5", i64::MIN, ' '), "-5");
        assert_eq!(center("ab", i64::MIN + 1, '*'), "ab");
    }

    #[test]
    fn tabs_and_affixes() {
        assert_eq!(expandtabs("a\tbc\td\n\te", 4), "a   bc  d\n    e");
        assert_eq!(expandtabs("a\tb", 0), "ab");
        assert_eq!(removeprefix("prefix-x", "prefix-"), "x");
        assert_eq!(removesuffix("x.py", ".txt"), "x.py");
    }
}
