//! The names Unicode gives by rule rather than by list: Hangul syllables, spelled out
//! from their jamo (Unicode §3.12), and CJK unified ideographs, named by code point.
//! The matching follows CPython 3.11's `_getcode`: unlike other names, these are read
//! in upper case only (`hangul syllable ga` names nothing), jamo and hex digits too.

pub const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";
pub const IDEOGRAPH_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";

const S_BASE: u32 = 0xAC00;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = 19 * N_COUNT;

const LEADING: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const VOWELS: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const TRAILING: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

/// `HANGUL SYLLABLE GAG` for U+AC01.
pub fn hangul_name(code: u32) -> Option<String> {
    let index = code.checked_sub(S_BASE).filter(|&i| i < S_COUNT)?;
    let leading = LEADING[(index / N_COUNT) as usize];
    let vowel = VOWELS[(index % N_COUNT / T_COUNT) as usize];
    let trailing = TRAILING[(index % T_COUNT) as usize];
    Some(format!("{HANGUL_PREFIX}{leading}{vowel}{trailing}"))
}

/// The syllable spelled by `jamo` (the name after its prefix): the longest leading,
/// then vowel, then trailing jamo, which together must be all of it.
pub fn hangul_code(jamo: &str) -> Option<u32> {
    let (leading, rest) = longest_jamo(jamo, &LEADING)?;
    let (vowel, rest) = longest_jamo(rest, &VOWELS)?;
    let (trailing, rest) = longest_jamo(rest, &TRAILING)?;
    rest.is_empty()
        .then_some(S_BASE + (leading * V_COUNT + vowel) * T_COUNT + trailing)
}

/// CPython's `find_syllable`: the longest entry of `column` that `text` starts with.
fn longest_jamo<'t>(text: &'t str, column: &[&str]) -> Option<(u32, &'t str)> {
    let mut best: Option<(u32, usize)> = None;
    for (index, jamo) in column.iter().enumerate() {
        let longer = best.map_or(true, |(_, len)| jamo.len() > len);
        if longer && text.starts_with(jamo) {
            best = Some((index as u32, jamo.len()));
        }
    }
    let (index, len) = best?;
    Some((index, text.get(len..)?))
}

/// The code point of `CJK UNIFIED IDEOGRAPH-<digits>`: four or five upper-case hex
/// digits (whether an ideograph is there, the table's ranges say).
pub fn ideograph_code(digits: &str) -> Option<u32> {
    let upper_hex = |b: &u8| b.is_ascii_digit() || (b'A'..=b'F').contains(b);
    let well_formed = matches!(digits.len(), 4 | 5) && digits.as_bytes().iter().all(upper_hex);
    well_formed
        .then(|| u32::from_str_radix(digits, 16).ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_names_and_codes_are_inverse_over_every_syllable() {
        for code in S_BASE..S_BASE + S_COUNT {
            let name = hangul_name(code).expect("a syllable");
            let jamo = name.strip_prefix(HANGUL_PREFIX).expect("prefixed");
            assert_eq!(hangul_code(jamo), Some(code), "{name}");
        }
        assert_eq!(hangul_name(S_BASE + S_COUNT), None);
    }

    #[test]
    fn a_syllable_starting_with_the_silent_leading_jamo_is_its_vowel() {
        assert_eq!(hangul_code("A"), Some(0xC544));
        assert_eq!(hangul_code("ga"), None);
        assert_eq!(hangul_code(""), None);
        assert_eq!(hangul_code("GAX"), None);
    }

    #[test]
    fn ideograph_digits_are_four_or_five_upper_case_hex() {
        assert_eq!(ideograph_code("4E00"), Some(0x4E00));
        assert_eq!(ideograph_code("04E00"), Some(0x4E00));
        assert_eq!(ideograph_code("4e00"), None);
        assert_eq!(ideograph_code("4E0"), None);
        assert_eq!(ideograph_code("+4E0"), None);
    }
}
