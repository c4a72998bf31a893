//! Cutting str apart: `split`, `rsplit`, `splitlines`, and the `strip` family.

use super::char_class::is_space;

/// A negative or absent maxsplit means "no limit".
fn split_limit(maxsplit: Option<i64>) -> usize {
    maxsplit
        .filter(|&limit| limit >= 0)
        .map_or(usize::MAX, |limit| limit as usize)
}

/// `s.split(sep, maxsplit)`. With no separator, runs of whitespace separate and
/// leading or trailing whitespace yields no empty strings.
pub fn split(text: &str, sep: Option<&str>, maxsplit: Option<i64>) -> Result<Vec<String>, String> {
    let limit = split_limit(maxsplit);
    match sep {
        None => Ok(split_whitespace(text, limit)),
        Some("") => Err("empty separator".to_string()),
        Some(sep) => Ok(text
            .splitn(limit.saturating_add(1), sep)
            .map(str::to_string)
            .collect()),
    }
}

/// `s.rsplit(sep, maxsplit)`: like `split`, counting the splits from the right.
pub fn rsplit(text: &str, sep: Option<&str>, maxsplit: Option<i64>) -> Result<Vec<String>, String> {
    let limit = split_limit(maxsplit);
    let mut parts = match sep {
        None => {
            let reversed: String = text.chars().rev().collect();
            split_whitespace(&reversed, limit)
                .iter()
                .map(|part| part.chars().rev().collect())
                .collect()
        }
        Some("") => return Err("empty separator".to_string()),
        Some(sep) => text
            .rsplitn(limit.saturating_add(1), sep)
            .map(str::to_string)
            .collect::<Vec<String>>(),
    };
    parts.reverse();
    Ok(parts)
}

/// Whitespace splitting: after `limit` splits the rest is kept whole, with its leading
/// whitespace removed but its trailing whitespace kept (CPython's `split_whitespace`).
fn split_whitespace(text: &str, limit: usize) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = text.trim_start_matches(is_space);
    while !rest.is_empty() {
        if parts.len() == limit {
            parts.push(rest.to_string());
            break;
        }
        let word_end = rest.find(is_space).unwrap_or(rest.len());
        let (word, after) = rest.split_at(word_end);
        parts.push(word.to_string());
        rest = after.trim_start_matches(is_space);
    }
    parts
}

/// The line boundaries of `str.splitlines`, beyond `\r\n`.
fn is_line_break(ch: char) -> bool {
    matches!(
        ch,
        '\n' | '\r'
            | '\u{b}'
            | '\u{c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends)`: `\r\n` is one boundary; no empty line after a final break.
pub fn splitlines(text: &str, keepends: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        if !is_line_break(ch) {
            line.push(ch);
            continue;
        }
        let mut ending = ch.to_string();
        if ch == '\r' && chars.peek() == Some(&'\n') {
            chars.next();
            ending.push('\n');
        }
        if keepends {
            line.push_str(&ending);
        }
        lines.push(std::mem::take(&mut line));
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Which characters `strip` removes: whitespace, or exactly the given ones.
fn strippable(chars: Option<&str>) -> impl Fn(char) -> bool + '_ {
    move |ch| match chars {
        None => is_space(ch),
        Some(set) => set.contains(ch),
    }
}

/// `s.strip(chars)`.
pub fn strip<'a>(text: &'a str, chars: Option<&str>) -> &'a str {
    text.trim_matches(strippable(chars))
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(text: &'a str, chars: Option<&str>) -> &'a str {
    text.trim_start_matches(strippable(chars))
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(text: &'a str, chars: Option<&str>) -> &'a str {
    text.trim_end_matches(strippable(chars))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(parts: &[&str]) -> Vec<String> {
        parts.iter().map(|part| part.to_string()).collect()
    }

    #[test]
    fn split_follows_python() {
        assert_eq!(
            split("  a  b c ", None, None),
            Ok(strings(&["a", "b", "c"]))
        );
        assert_eq!(
            split("  a  b c ", None, Some(1)),
            Ok(strings(&["a", "b c "]))
        );
        assert_eq!(split("a,,b", Some(","), None), Ok(strings(&["a", "", "b"])));
        assert_eq!(split("", Some(","), None), Ok(strings(&[""])));
        assert_eq!(split("", None, None), Ok(strings(&[])));
        assert_eq!(
            split("a", Some(""), None),
            Err("empty separator".to_string())
        );
    }

    #[test]
    fn rsplit_counts_from_the_right() {
        assert_eq!(
            rsplit("  a  b c ", None, Some(1)),
            Ok(strings(&["  a  b", "c"]))
        );
        assert_eq!(
            rsplit("a,b,c", Some(","), Some(1)),
            Ok(strings(&["a,b", "c"]))
        );
    }

    #[test]
    fn splitlines_and_strip() {
        assert_eq!(splitlines("a\r\nb\rc\n", false), strings(&["a", "b", "c"]));
        assert_eq!(splitlines("a\r\n\nb", true), strings(&["a\r\n", "\n", "b"]));
        assert_eq!(strip(" \u{3000}x\t", None), "x");
        assert_eq!(lstrip("xxaxx", Some("x")), "axx");
        assert_eq!(rstrip("xxaxx", Some("x")), "xxa");
    }
}
