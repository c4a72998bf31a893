//! How much of a value a snapshot carries. A list of a million items or a str of a
//! million characters must not make a snapshot (or the page drawing it) grow with it:
//! a container shows its first items and says how many it leaves out, a str its first
//! characters, and the rest is fetched on demand with `Session::expand`.

use crate::pytext::str_repr;

/// Items of one container a snapshot shows.
pub const MAX_ITEMS: usize = 50;
/// Characters of one str a snapshot shows.
pub const MAX_STR_CHARS: usize = 200;
/// Items shown across all the containers of one snapshot: what the frames reach
/// through the items not shown is not walked, so this bounds the whole heap view.
pub const SNAPSHOT_ITEMS: usize = 1_000;
/// Frames a snapshot draws; a deeper stack leaves out frames in its middle.
pub const MAX_FRAMES: usize = 60;
/// Of those, the outermost ones (the global frame first) kept before the gap.
pub const OUTER_FRAMES: usize = 10;
/// The most items or characters one `expand` call returns.
pub const MAX_EXPAND: usize = 1_000;

/// What is left of the snapshot's item allowance.
#[derive(Clone, Debug)]
pub struct ItemBudget {
    remaining: usize,
}

impl Default for ItemBudget {
    fn default() -> Self {
        ItemBudget {
            remaining: SNAPSHOT_ITEMS,
        }
    }
}

impl ItemBudget {
    /// How many of a container's `length` items to show, taken from the allowance.
    pub fn take(&mut self, length: usize, per_container: usize) -> usize {
        let shown = length.min(per_container).min(self.remaining);
        self.remaining -= shown;
        shown
    }
}

/// `omitted` as the snapshot writes it: absent when nothing was cut.
pub fn omitted(length: usize, shown: usize) -> Option<usize> {
    (length > shown).then(|| length - shown)
}

/// The repr of `text`, or of its first characters when it is longer than a snapshot
/// shows, with its length in characters.
pub fn str_view_repr(text: &str) -> (String, Option<usize>) {
    match text.char_indices().nth(MAX_STR_CHARS) {
        None => (str_repr(text), None),
        Some((cut, _)) => {
            let length = MAX_STR_CHARS + text[cut..].chars().count();
            (str_repr(&text[..cut]), Some(length))
        }
    }
}

/// A repr of an object drawn as text (a range, a bytes, a deque), cut to the same
/// length as a str, with an ellipsis where it was cut.
pub fn short_repr(repr: String) -> String {
    match repr.char_indices().nth(MAX_STR_CHARS) {
        None => repr,
        Some((cut, _)) => format!("{}…", &repr[..cut]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_str_is_cut_and_counted_in_characters() {
        let text = "é".repeat(MAX_STR_CHARS + 5);
        let (repr, length) = str_view_repr(&text);
        assert_eq!(length, Some(MAX_STR_CHARS + 5));
        assert_eq!(repr.chars().count(), MAX_STR_CHARS + 2);
        assert_eq!(str_view_repr("ab"), ("'ab'".to_string(), None));
    }

    /// The most JSON a snapshot may be, whatever the program holds.
    const SNAPSHOT_BYTES: usize = 64 * 1024;

    fn largest_snapshot(source: &str) -> usize {
        let options = crate::session::SessionOptions::default();
        let mut session = crate::session::Session::new(source, options).expect("compiles");
        while !session.run(10_000) {}
        (0..session.step_count())
            .filter_map(|step| session.snapshot(step))
            .map(|snapshot| serde_json::to_string(&snapshot).map_or(0, |json| json.len()))
            .max()
            .unwrap_or(0)
    }

    /// A 1,000,000-character str and containers of thousands of items made the
    /// snapshot (and the page) grow with them.
    #[test]
    fn big_values_keep_the_snapshot_small() {
        let source = "rows = list(map(list, [range(60)] * 60))\nd = dict.fromkeys(range(1000), rows[0])\ns = 'x' * 1_000_000\nt = tuple(range(10**5))\nnames = list(map(str, range(5000)))\nx = 1\n";
        let largest = largest_snapshot(source);
        assert!(largest <= SNAPSHOT_BYTES, "{largest} bytes");
    }

    #[test]
    fn a_deep_stack_keeps_the_snapshot_small() {
        let source = "def down(n, payload):\n    if n == 0:\n        return 0\n    return down(n - 1, payload) + 1\ndown(300, [1, 2, 3])\n";
        let largest = largest_snapshot(source);
        assert!(largest <= SNAPSHOT_BYTES, "{largest} bytes");
    }

    #[test]
    fn the_allowance_runs_out_across_containers() {
        let mut budget = ItemBudget::default();
        let mut shown = 0;
        for _ in 0..100 {
            shown += budget.take(1_000_000, MAX_ITEMS);
        }
        assert_eq!(shown, SNAPSHOT_ITEMS);
        assert_eq!(omitted(10, 10), None);
        assert_eq!(omitted(10, 3), Some(7));
    }
}
