//! A short unified-style line diff, enough to read why a program's output differs.

/// Lines longer than this are cut in the report, so one huge line cannot flood it.
const MAX_SHOWN_LINE_CHARS: usize = 200;
/// Beyond this many lines on either side the diff only shows the first differing line,
/// because the longest-common-subsequence table grows with the product of both lengths.
const MAX_ALIGNED_LINES: usize = 3000;

enum Edit<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

/// Returns at most `max_lines` lines of a diff from `expected` to `actual`: lines only in
/// the expected text start with `-`, lines only in ours with `+`, and one line of context
/// around each change starts with a space.
pub fn unified_diff(expected: &str, actual: &str, max_lines: usize) -> Vec<String> {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    let mut shown = if old.len() > MAX_ALIGNED_LINES || new.len() > MAX_ALIGNED_LINES {
        first_difference(&old, &new)
    } else {
        with_context(&align(&old, &new))
    };
    if expected.ends_with('\n') != actual.ends_with('\n') && shown.is_empty() {
        shown.push("\\ the final newline differs".to_string());
    }
    if shown.len() > max_lines {
        let hidden = shown.len() - max_lines;
        shown.truncate(max_lines);
        shown.push(format!("  … {hidden} more diff lines"));
    }
    shown
}

fn first_difference(old: &[&str], new: &[&str]) -> Vec<String> {
    let index = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let mut shown = vec![format!("@@ first difference at line {} @@", index + 1)];
    if let Some(line) = old.get(index) {
        shown.push(format!("-{}", shorten(line)));
    }
    if let Some(line) = new.get(index) {
        shown.push(format!("+{}", shorten(line)));
    }
    shown
}

/// The classic longest-common-subsequence alignment of two line sequences.
fn align<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<Edit<'a>> {
    let width = new.len() + 1;
    let mut common = vec![0usize; (old.len() + 1) * width];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            common[i * width + j] = if old[i] == new[j] {
                common[(i + 1) * width + j + 1] + 1
            } else {
                common[(i + 1) * width + j].max(common[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut edits = Vec::new();
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            edits.push(Edit::Same(old[i]));
            i += 1;
            j += 1;
        } else if i < old.len()
            && (j == new.len() || common[(i + 1) * width + j] >= common[i * width + j + 1])
        {
            edits.push(Edit::Removed(old[i]));
            i += 1;
        } else {
            edits.push(Edit::Added(new[j]));
            j += 1;
        }
    }
    edits
}

fn with_context(edits: &[Edit]) -> Vec<String> {
    let changed: Vec<bool> = edits.iter().map(|e| !matches!(e, Edit::Same(_))).collect();
    let near_change = |index: usize| {
        let from = index.saturating_sub(1);
        let to = (index + 2).min(changed.len());
        changed[from..to].iter().any(|&c| c)
    };
    let mut shown = Vec::new();
    let mut skipped = false;
    for (index, edit) in edits.iter().enumerate() {
        if !near_change(index) {
            skipped = true;
            continue;
        }
        if skipped || shown.is_empty() {
            shown.push(format!("@@ line {} @@", line_number_of(edits, index)));
            skipped = false;
        }
        shown.push(match edit {
            Edit::Same(line) => format!(" {}", shorten(line)),
            Edit::Removed(line) => format!("-{}", shorten(line)),
            Edit::Added(line) => format!("+{}", shorten(line)),
        });
    }
    shown
}

/// The 1-based line of the expected text where the edit at `index` sits.
fn line_number_of(edits: &[Edit], index: usize) -> usize {
    1 + edits[..index]
        .iter()
        .filter(|e| !matches!(e, Edit::Added(_)))
        .count()
}

fn shorten(line: &str) -> String {
    if line.chars().count() <= MAX_SHOWN_LINE_CHARS {
        return line.to_string();
    }
    let kept: String = line.chars().take(MAX_SHOWN_LINE_CHARS).collect();
    format!("{kept}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_have_an_empty_diff() {
        assert!(unified_diff("a\nb\n", "a\nb\n", 10).is_empty());
    }

    #[test]
    fn a_changed_line_shows_with_context() {
        let diff = unified_diff("a\nb\nc\nd\ne\n", "a\nb\nX\nd\ne\n", 10);
        assert_eq!(diff, vec!["@@ line 2 @@", " b", "-c", "+X", " d"]);
    }

    #[test]
    fn a_long_diff_is_cut() {
        let diff = unified_diff("1\n2\n3\n4\n", "5\n6\n7\n8\n", 3);
        assert_eq!(diff.len(), 4);
        assert!(diff[3].contains("more diff lines"));
    }

    #[test]
    fn a_missing_final_newline_is_reported() {
        assert_eq!(
            unified_diff("a\n", "a", 5),
            vec!["\\ the final newline differs"]
        );
    }
}
