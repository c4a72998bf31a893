//! The "Did you mean" hint CPython 3.11 prints under an uncaught NameError or
//! AttributeError: the closest candidate name by a Levenshtein distance where a
//! case change costs 1 and any other edit 2, within a third of the characters
//! (`Python/suggestions.c`).

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_CANDIDATES: usize = 750;
const MAX_STRING_SIZE: usize = 40;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance, or more than `max` when it exceeds `max`.
fn distance(a: &str, b: &str, max: usize) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max + 1;
    }
    let mut row: Vec<usize> = (0..=b.len()).map(|j| j * MOVE_COST).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut previous_diagonal = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = (i + 1) * MOVE_COST;
        }
        for (j, &cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(usize::MAX / 2);
            let left = row.get(j).copied().unwrap_or(usize::MAX / 2);
            let best = (previous_diagonal + substitution_cost(ca, cb))
                .min(above + MOVE_COST)
                .min(left + MOVE_COST);
            previous_diagonal = above;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = best;
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

/// The candidate CPython would suggest for `name`, if any.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let limit = (name.chars().count() + item.chars().count() + 3) * MOVE_COST / 6;
        let limit = best.map_or(limit, |(_, d)| limit.min(d.saturating_sub(1)));
        let current = distance(name, item, limit);
        if current <= limit && best.is_none_or(|(_, d)| current < d) {
            best = Some((item, current));
        }
    }
    best.map(|(item, _)| item.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_like_cpython() {
        assert_eq!(closest("vale", ["valu", "print"]), Some("valu".to_string()));
        assert_eq!(closest("prnt", ["print", "len"]), Some("print".to_string()));
        assert_eq!(closest("xyz", ["print", "len"]), None);
        assert_eq!(closest("Print", ["print"]), Some("print".to_string()));
    }
}
