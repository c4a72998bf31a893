//! Unicode normalization (UAX #15) over the recorded database: the four forms of
//! `unicodedata.normalize`, and NFKC, which Python applies to every identifier that is
//! not ASCII (PEP 3131: `ﬁ = 3` binds `fi`).
//!
//! Decomposition applies the mappings until none is left (canonical ones only, or the
//! compatibility ones too), then puts each run of combining marks in the order of their
//! combining classes; composition joins each starter with the marks after it that are
//! not blocked from it. Hangul syllables decompose and compose by rule (§3.12).

use super::UnicodeTable;

/// One of the four normalization forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

impl Form {
    /// The form `unicodedata.normalize` names `NFC`, `NFD`, `NFKC` or `NFKD`.
    pub fn named(name: &str) -> Option<Form> {
        Some(match name {
            "NFC" => Form::Nfc,
            "NFD" => Form::Nfd,
            "NFKC" => Form::Nfkc,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }

    fn compatibility(self) -> bool {
        matches!(self, Form::Nfkc | Form::Nfkd)
    }

    fn composes(self) -> bool {
        matches!(self, Form::Nfc | Form::Nfkc)
    }
}

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// `text` in normal form `form`. ASCII text is in every form already.
pub fn normalize(table: &UnicodeTable, form: Form, text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    let mut chars = Vec::with_capacity(text.len());
    for c in text.chars() {
        decompose(table, c, form.compatibility(), &mut chars);
    }
    order_marks(table, &mut chars);
    if form.composes() {
        compose(table, &mut chars);
    }
    chars.into_iter().collect()
}

/// Appends the full decomposition of `c` to `out`.
fn decompose(table: &UnicodeTable, c: char, compatibility: bool, out: &mut Vec<char>) {
    if let Some(index) = (c as u32).checked_sub(S_BASE).filter(|&i| i < S_COUNT) {
        let jamo = [
            L_BASE + index / N_COUNT,
            V_BASE + index % N_COUNT / T_COUNT,
            T_BASE + index % T_COUNT,
        ];
        let count = if index % T_COUNT == 0 { 2 } else { 3 };
        out.extend(
            jamo[..count]
                .iter()
                .filter_map(|&code| char::from_u32(code)),
        );
        return;
    }
    match table.decomposition(c) {
        Some((tag, mapping)) if tag.is_empty() || compatibility => {
            for &part in mapping {
                decompose(table, part, compatibility, out);
            }
        }
        _ => out.push(c),
    }
}

/// The canonical ordering: within each run of characters of non-zero combining class,
/// a stable sort by class.
fn order_marks(table: &UnicodeTable, chars: &mut [char]) {
    let mut start = 0;
    while start < chars.len() {
        if table.combining(chars[start]) == 0 {
            start += 1;
            continue;
        }
        let end = (start..chars.len())
            .find(|&at| table.combining(chars[at]) == 0)
            .unwrap_or(chars.len());
        insertion_sort_by_class(table, &mut chars[start..end]);
        start = end;
    }
}

/// A stable sort of a run of marks by combining class. Runs are a few marks long, and
/// the slice's own sort would add a sort routine to the WebAssembly module.
fn insertion_sort_by_class(table: &UnicodeTable, marks: &mut [char]) {
    for at in 1..marks.len() {
        let mut to = at;
        while to > 0 && table.combining(marks[to - 1]) > table.combining(marks[to]) {
            marks.swap(to - 1, to);
            to -= 1;
        }
    }
}

/// The canonical composition: each character joins the last starter before it when no
/// character between them has a combining class of 0 or at least its own.
fn compose(table: &UnicodeTable, chars: &mut Vec<char>) {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    // The class of the last character kept after the starter; none when it is adjacent.
    let mut last_class: Option<u8> = None;
    for &c in chars.iter() {
        let class = table.combining(c);
        if let Some(at) = starter {
            let unblocked = last_class.is_none_or(|last| last != 0 && last < class);
            if unblocked {
                if let Some(joined) = composite(table, out[at], c) {
                    out[at] = joined;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = None;
        } else {
            last_class = Some(class);
        }
        out.push(c);
    }
    *chars = out;
}

/// A leading and a vowel jamo, or an LV syllable and a trailing jamo, by rule; any
/// other pair by the recorded primary composites.
fn composite(table: &UnicodeTable, first: char, second: char) -> Option<char> {
    let (a, b) = (first as u32, second as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    let syllable = a.checked_sub(S_BASE).filter(|&i| i < S_COUNT);
    if let Some(index) = syllable {
        if index % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
            return char::from_u32(a + (b - T_BASE));
        }
    }
    table.composition(first, second)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{normalize, Form};

    fn nfkc(text: &str) -> String {
        normalize(
            super::super::table().expect("the embedded table"),
            Form::Nfkc,
            text,
        )
    }

    #[test]
    fn compatibility_characters_become_their_plain_letters() {
        assert_eq!(nfkc("ﬁ"), "fi");
        assert_eq!(nfkc("ℌ"), "H");
        assert_eq!(nfkc("①"), "1");
    }

    #[test]
    fn marks_compose_with_their_base_in_class_order() {
        let table = super::super::table().expect("the embedded table");
        assert_eq!(normalize(table, Form::Nfc, "e\u{301}"), "é");
        assert_eq!(normalize(table, Form::Nfd, "é"), "e\u{301}");
        // Dot below (220) sorts before the acute (230) and both join: ṩ is s + dot below + dot above.
        assert_eq!(normalize(table, Form::Nfc, "s\u{307}\u{323}"), "\u{1e69}");
    }

    #[test]
    fn hangul_syllables_decompose_and_compose_by_rule() {
        let table = super::super::table().expect("the embedded table");
        assert_eq!(
            normalize(table, Form::Nfd, "각"),
            "\u{1100}\u{1161}\u{11a8}"
        );
        assert_eq!(
            normalize(table, Form::Nfc, "\u{1100}\u{1161}\u{11a8}"),
            "각"
        );
    }
}
