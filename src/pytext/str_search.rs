//! Searching str: `find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith`,
//! `replace`, `partition` and `rpartition`. Positions are counted in characters, and
//! `start`/`end` behave like slice bounds (CPython's `ADJUST_INDICES`).

/// Turns optional slice bounds into positions: negatives count from the end and clamp
/// at 0, and `end` clamps at the length; `start` may stay past the end.
pub fn adjust_indices(length: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let length = length as i64;
    let end = match end {
        None => length,
        Some(end) if end > length => length,
        Some(end) if end < 0 => (end + length).max(0),
        Some(end) => end,
    };
    let start = match start {
        None => 0,
        Some(start) if start < 0 => (start + length).max(0),
        Some(start) => start,
    };
    (start as usize, end as usize)
}

fn chars(text: &str) -> Vec<char> {
    text.chars().collect()
}

fn matches_at(haystack: &[char], needle: &[char], at: usize) -> bool {
    haystack.get(at..at + needle.len()) == Some(needle)
}

/// The window `haystack[start..end]`, or `None` when it cannot hold `needle`.
fn window(
    haystack: &[char],
    needle: &[char],
    start: Option<i64>,
    end: Option<i64>,
) -> Option<(usize, usize)> {
    let (start, end) = adjust_indices(haystack.len(), start, end);
    (end >= start && end - start >= needle.len()).then_some((start, end))
}

/// `s.find(sub, start, end)`: the first position, or `None` for Python's -1.
pub fn find(text: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (haystack, needle) = (chars(text), chars(sub));
    let (start, end) = window(&haystack, &needle, start, end)?;
    (start..=end - needle.len()).find(|&at| matches_at(&haystack, &needle, at))
}

/// `s.rfind(sub, start, end)`: the last position, or `None` for Python's -1.
pub fn rfind(text: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (haystack, needle) = (chars(text), chars(sub));
    let (start, end) = window(&haystack, &needle, start, end)?;
    (start..=end - needle.len())
        .rev()
        .find(|&at| matches_at(&haystack, &needle, at))
}

/// `s.index(...)`: like `find`, but a miss is CPython's ValueError.
pub fn index(text: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<usize, String> {
    find(text, sub, start, end).ok_or_else(|| "substring not found".to_string())
}

/// `s.rindex(...)`: like `rfind`, but a miss is CPython's ValueError.
pub fn rindex(
    text: &str,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, String> {
    rfind(text, sub, start, end).ok_or_else(|| "substring not found".to_string())
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; the empty string occurs
/// once more than there are characters in the window.
pub fn count(text: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let (haystack, needle) = (chars(text), chars(sub));
    let Some((start, end)) = window(&haystack, &needle, start, end) else {
        return 0;
    };
    if needle.is_empty() {
        return end - start + 1;
    }
    let mut found = 0;
    let mut at = start;
    while at + needle.len() <= end {
        if matches_at(&haystack, &needle, at) {
            found += 1;
            at += needle.len();
        } else {
            at += 1;
        }
    }
    found
}

/// `s.startswith(prefix, start, end)` for one prefix (the caller loops over a tuple).
pub fn starts_with(text: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    let (haystack, needle) = (chars(text), chars(prefix));
    window(&haystack, &needle, start, end)
        .is_some_and(|(start, _)| matches_at(&haystack, &needle, start))
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn ends_with(text: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    let (haystack, needle) = (chars(text), chars(suffix));
    window(&haystack, &needle, start, end)
        .is_some_and(|(_, end)| matches_at(&haystack, &needle, end - needle.len()))
}

/// `s.replace(old, new, count)`; a negative or absent count replaces every occurrence,
/// and an empty `old` matches before every character and at the end.
pub fn replace(text: &str, old: &str, new: &str, count: Option<i64>) -> String {
    let limit = count
        .filter(|&count| count >= 0)
        .map_or(usize::MAX, |count| count as usize);
    if old.is_empty() {
        let mut out = String::new();
        let mut inserted = 0;
        for ch in text.chars() {
            if inserted < limit {
                out.push_str(new);
                inserted += 1;
            }
            out.push(ch);
        }
        if inserted < limit {
            out.push_str(new);
        }
        return out;
    }
    text.replacen(old, new, limit)
}

/// `s.partition(sep)`: the text before the first `sep`, `sep`, and the rest.
pub fn partition(text: &str, sep: &str) -> Result<(String, String, String), String> {
    if sep.is_empty() {
        return Err("empty separator".to_string());
    }
    Ok(match text.split_once(sep) {
        Some((before, after)) => (before.to_string(), sep.to_string(), after.to_string()),
        None => (text.to_string(), String::new(), String::new()),
    })
}

/// `s.rpartition(sep)`: split at the last `sep`; a miss puts the text last.
pub fn rpartition(text: &str, sep: &str) -> Result<(String, String, String), String> {
    if sep.is_empty() {
        return Err("empty separator".to_string());
    }
    Ok(match text.rsplit_once(sep) {
        Some((before, after)) => (before.to_string(), sep.to_string(), after.to_string()),
        None => (String::new(), String::new(), text.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_uses_slice_bounds_in_characters() {
        assert_eq!(find("héllo", "l", None, None), Some(2));
        assert_eq!(rfind("héllo", "l", None, None), Some(3));
        assert_eq!(find("abc", "", Some(3), None), Some(3));
        assert_eq!(find("abc", "", Some(4), None), None);
        assert_eq!(find("abcabc", "c", Some(-3), Some(-1)), None);
        assert_eq!(find("abcabc", "c", Some(-4), None), Some(2));
        assert_eq!(
            index("abc", "z", None, None),
            Err("substring not found".to_string())
        );
    }

    #[test]
    fn count_and_affixes() {
        assert_eq!(count("aaaa", "aa", None, None), 2);
        assert_eq!(count("abc", "", None, None), 4);
        assert_eq!(count("abc", "", Some(4), None), 0);
        assert!(starts_with("abc", "", Some(3), None) && !starts_with("abc", "", Some(4), None));
        assert!(ends_with("abcd", "bc", None, Some(3)) && !ends_with("abc", "abcd", None, None));
    }

    #[test]
    fn replace_and_partition() {
        assert_eq!(replace("abc", "", "-", None), "-a-b-c-");
        assert_eq!(replace("abc", "", "-", Some(2)), "-a-bc");
        assert_eq!(replace("aaa", "a", "b", Some(2)), "bba");
        assert_eq!(
            rpartition("a.b.c", "."),
            Ok(("a.b".into(), ".".into(), "c".into()))
        );
        assert_eq!(
            partition("abc", "."),
            Ok(("abc".into(), "".into(), "".into()))
        );
        assert_eq!(partition("abc", ""), Err("empty separator".to_string()));
    }
}
