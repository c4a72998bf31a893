//! Reading `unicode_names.txt` (its format is described in
//! scripts/record_unicode_names.py) into arrays that answer by binary search:
//! a name by code point, a category or numeric value by code point, an alias or named
//! sequence by name; a code point by its name is found through a hash index.

use super::algorithmic;
use super::name_index::NameIndex;

/// The recorded database, ready for lookups.
#[derive(Debug)]
pub struct UnicodeTable {
    version: Box<str>,
    /// Every recorded name, one after another; `by_code` points into it.
    names: String,
    by_code: Vec<NamedCode>,
    /// Finds an index into `by_code` by name.
    by_name: NameIndex,
    aliases: Vec<(Box<str>, char)>,
    sequences: Vec<(Box<str>, Box<str>)>,
    ideographs: Vec<(u32, u32)>,
    /// The first code point of each run of one general category, and the category.
    categories: Vec<(u32, [u8; 2])>,
    numerics: Vec<NumericRun>,
    /// Decomposition mappings by code point; see [`Decomposition`].
    decompositions: Vec<Decomposition>,
    /// The characters the mappings decompose to, one mapping after another.
    decomposed: Vec<char>,
    /// Code points whose canonical combining class is not 0, with it.
    combining: Vec<(u32, u8)>,
    /// The primary composites: (first, second) → composite, sorted by the pair.
    compositions: Vec<((u32, u32), char)>,
}

/// One character's decomposition mapping: `len` characters of `decomposed` from
/// `start`; `tag` is empty for a canonical mapping, else the compatibility tag.
#[derive(Debug)]
struct Decomposition {
    code: u32,
    tag: Box<str>,
    start: u32,
    len: u8,
}

#[derive(Debug, Clone, Copy)]
struct NamedCode {
    code: u32,
    start: u32,
    len: u32,
}

/// Code points `start..start + count` whose numeric values are `first`, `first + 1`, ...
#[derive(Debug)]
struct NumericRun {
    start: u32,
    count: u32,
    kind: NumericKind,
    first: f64,
}

/// Which of `unicodedata`'s three numeric properties a character has: a decimal is also
/// a digit, and a digit is also numeric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumericKind {
    Decimal,
    Digit,
    Numeric,
}

/// Why a text is not a table: which line, and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableError {
    pub line: usize,
    pub reason: &'static str,
}

impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Unicode name table, line {}: {}", self.line, self.reason)
    }
}

const SHARE_BASE: u8 = 0x30;
const FORMAT_HEADER: &str = "cellscope-unicode 2 ";

/// The text's lines, counted for error messages.
struct Lines<'t> {
    lines: std::str::Lines<'t>,
    number: usize,
}

impl<'t> Lines<'t> {
    fn next_line(&mut self) -> Result<&'t str, TableError> {
        self.number += 1;
        self.lines
            .next()
            .ok_or(self.error("the file ends too early"))
    }

    fn error(&self, reason: &'static str) -> TableError {
        TableError {
            line: self.number,
            reason,
        }
    }

    /// The header `title <count>` of the next section, and its count.
    fn section(&mut self, title: &str) -> Result<usize, TableError> {
        let line = self.next_line()?;
        line.strip_prefix(title)
            .and_then(|rest| rest.strip_prefix(' '))
            .and_then(|count| count.parse().ok())
            .ok_or(self.error("a section header is missing"))
    }

    /// The `count` lines of a section, each read by `read`.
    fn items<T>(
        &mut self,
        title: &str,
        mut read: impl FnMut(&'t str) -> Option<T>,
    ) -> Result<Vec<T>, TableError> {
        let count = self.section(title)?;
        let mut items = Vec::with_capacity(count.min(1 << 16));
        for _ in 0..count {
            let line = self.next_line()?;
            items.push(read(line).ok_or(self.error("a line is malformed"))?);
        }
        Ok(items)
    }
}

fn hex(text: &str) -> Option<u32> {
    u32::from_str_radix(text, 16).ok()
}

fn hex_char(text: &str) -> Option<char> {
    hex(text).and_then(char::from_u32)
}

impl UnicodeTable {
    /// Reads the file's text; any flaw is an error naming its line.
    pub fn parse(text: &str) -> Result<UnicodeTable, TableError> {
        let mut lines = Lines {
            lines: text.lines(),
            number: 0,
        };
        let header = lines.next_line()?;
        let version = header
            .strip_prefix(FORMAT_HEADER)
            .ok_or(lines.error("this is not a Unicode name table of this engine"))?;
        let (names, by_code) = read_names(&mut lines)?;
        let aliases: Vec<(Box<str>, char)> = lines.items("aliases", |line| {
            let (code, name) = line.split_once(' ')?;
            Some((name.into(), hex_char(code)?))
        })?;
        let sequences: Vec<(Box<str>, Box<str>)> = lines.items("sequences", |line| {
            let (codes, name) = line.split_once(';')?;
            let text: Option<String> = codes.split(' ').map(hex_char).collect();
            Some((name.into(), text?.into()))
        })?;
        let ideographs = lines.items("ideographs", |line| {
            let (first, last) = line.split_once('-')?;
            Some((hex(first)?, hex(last)?))
        })?;
        let categories = read_categories(&mut lines)?;
        let numerics = lines.items("numerics", read_numeric_run)?;
        let (decompositions, decomposed) = read_decompositions(&mut lines)?;
        let combining = lines.items("combining", |line| {
            let (code, class) = line.split_once(' ')?;
            Some((hex(code)?, class.parse().ok()?))
        })?;
        let compositions = lines.items("compositions", |line| {
            let mut codes = line.split(' ');
            let pair = (hex(codes.next()?)?, hex(codes.next()?)?);
            Some((pair, hex_char(codes.next()?)?))
        })?;
        let in_order = decompositions.windows(2).all(|w| w[0].code < w[1].code)
            && combining.windows(2).all(|w| w[0].0 < w[1].0)
            && compositions.windows(2).all(|w| w[0].0 < w[1].0);
        if !in_order {
            return Err(lines.error("the normalization sections must be sorted"));
        }
        // The file lists them by name already: sorting here would cost the WebAssembly
        // module a sort routine per element type.
        if !sorted_by_name(&aliases) || !sorted_by_name(&sequences) {
            return Err(lines.error("aliases and sequences must be sorted by name"));
        }
        let by_name = NameIndex::build(by_code.len() as u32, |index| {
            by_code
                .get(index as usize)
                .map_or("", |&entry| recorded_name(&names, entry))
        });
        Ok(UnicodeTable {
            version: version.into(),
            names,
            by_code,
            by_name,
            aliases,
            sequences,
            ideographs,
            categories,
            numerics,
            decompositions,
            decomposed,
            combining,
            compositions,
        })
    }

    /// `unicodedata.unidata_version`.
    pub fn version(&self) -> &str {
        &self.version
    }

    fn recorded_name(&self, entry: NamedCode) -> &str {
        recorded_name(&self.names, entry)
    }

    fn name_at(&self, index: u32) -> &str {
        self.by_code
            .get(index as usize)
            .map_or("", |&entry| self.recorded_name(entry))
    }

    /// The character's name, the algorithmic ones included, as `unicodedata.name`.
    pub fn name(&self, c: char) -> Option<String> {
        let code = c as u32;
        if let Some(name) = algorithmic::hangul_name(code) {
            return Some(name);
        }
        if self.is_unified_ideograph(code) {
            return Some(format!("{}{code:X}", algorithmic::IDEOGRAPH_PREFIX));
        }
        let at = self
            .by_code
            .binary_search_by_key(&code, |entry| entry.code)
            .ok()?;
        Some(self.recorded_name(self.by_code[at]).to_string())
    }

    fn is_unified_ideograph(&self, code: u32) -> bool {
        self.ideographs
            .iter()
            .any(|&(first, last)| (first..=last).contains(&code))
    }

    /// The character `\N{name}` stands for: CPython's `_getcode` without named
    /// sequences. A name starting with `HANGUL SYLLABLE ` or `CJK UNIFIED IDEOGRAPH-`
    /// is read only by the algorithm, in upper case; any other name, or an alias, is
    /// compared without regard to ASCII case.
    pub fn character(&self, name: &str) -> Option<char> {
        if let Some(syllable) = name.strip_prefix(algorithmic::HANGUL_PREFIX) {
            return algorithmic::hangul_code(syllable).and_then(char::from_u32);
        }
        if let Some(digits) = name.strip_prefix(algorithmic::IDEOGRAPH_PREFIX) {
            let code = algorithmic::ideograph_code(digits)?;
            return self
                .is_unified_ideograph(code)
                .then(|| char::from_u32(code))
                .flatten();
        }
        let upper = name.to_ascii_uppercase();
        if let Some(index) = self.by_name.find(&upper, |index| self.name_at(index)) {
            return self
                .by_code
                .get(index as usize)
                .and_then(|entry| char::from_u32(entry.code));
        }
        let alias = self
            .aliases
            .binary_search_by(|(alias, _)| (**alias).cmp(upper.as_str()));
        alias.ok().map(|at| self.aliases[at].1)
    }

    /// The characters of a named sequence, which `unicodedata.lookup` also accepts.
    pub fn sequence(&self, name: &str) -> Option<&str> {
        let upper = name.to_ascii_uppercase();
        let at = self
            .sequences
            .binary_search_by(|(sequence, _)| (**sequence).cmp(upper.as_str()));
        at.ok().map(|at| &*self.sequences[at].1)
    }

    /// The two-letter general category, as `unicodedata.category`.
    pub fn category(&self, c: char) -> &str {
        let code = c as u32;
        let run = self.categories.partition_point(|&(start, _)| start <= code);
        let letters = run.checked_sub(1).and_then(|at| self.categories.get(at));
        letters
            .and_then(|(_, letters)| std::str::from_utf8(letters).ok())
            .unwrap_or("Cn")
    }

    /// The character's numeric value and which properties it has, if any.
    pub fn numeric(&self, c: char) -> Option<(f64, NumericKind)> {
        let code = c as u32;
        let run = self
            .numerics
            .partition_point(|run| run.start <= code)
            .checked_sub(1)?;
        let run = self.numerics.get(run)?;
        let offset = code - run.start;
        (offset < run.count).then(|| (run.first + f64::from(offset), run.kind))
    }
}

impl UnicodeTable {
    /// The character's decomposition mapping and its tag (empty for a canonical one);
    /// none for a character that maps to itself (Hangul syllables are left to the rule).
    pub fn decomposition(&self, c: char) -> Option<(&str, &[char])> {
        let code = c as u32;
        let at = self
            .decompositions
            .binary_search_by_key(&code, |d| d.code)
            .ok()?;
        let entry = self.decompositions.get(at)?;
        let start = entry.start as usize;
        let chars = self.decomposed.get(start..start + usize::from(entry.len))?;
        Some((&entry.tag, chars))
    }

    /// The canonical combining class, as `unicodedata.combining`.
    pub fn combining(&self, c: char) -> u8 {
        let code = c as u32;
        match self
            .combining
            .binary_search_by_key(&code, |&(code, _)| code)
        {
            Ok(at) => self.combining[at].1,
            Err(_) => 0,
        }
    }

    /// The primary composite of `first` followed by `second`, if they have one.
    pub fn composition(&self, first: char, second: char) -> Option<char> {
        let pair = (first as u32, second as u32);
        let at = self
            .compositions
            .binary_search_by_key(&pair, |&(pair, _)| pair)
            .ok()?;
        Some(self.compositions[at].1)
    }
}

/// The `decompositions` section: `<hex> <tag> <hex>...`, tag `=` for canonical.
fn read_decompositions(
    lines: &mut Lines<'_>,
) -> Result<(Vec<Decomposition>, Vec<char>), TableError> {
    let mut decomposed = Vec::new();
    let decompositions = lines.items("decompositions", |line| {
        let mut fields = line.split(' ');
        let code = hex(fields.next()?)?;
        let tag = fields.next()?;
        let start = decomposed.len();
        for field in fields {
            decomposed.push(hex_char(field)?);
        }
        let len = u8::try_from(decomposed.len() - start)
            .ok()
            .filter(|&n| n > 0)?;
        Some(Decomposition {
            code,
            tag: if tag == "=" { "".into() } else { tag.into() },
            start: u32::try_from(start).ok()?,
            len,
        })
    })?;
    Ok((decompositions, decomposed))
}

fn recorded_name(names: &str, entry: NamedCode) -> &str {
    let start = entry.start as usize;
    names.get(start..start + entry.len as usize).unwrap_or("")
}

fn sorted_by_name<T>(entries: &[(Box<str>, T)]) -> bool {
    entries.windows(2).all(|pair| pair[0].0 < pair[1].0)
}

/// The `names` section: front-coded names in code point order.
fn read_names(lines: &mut Lines<'_>) -> Result<(String, Vec<NamedCode>), TableError> {
    let count = lines.section("names")?;
    let mut names = String::with_capacity(count.min(1 << 16) * 28);
    let mut by_code = Vec::with_capacity(count.min(1 << 16));
    let mut previous: Option<NamedCode> = None;
    for _ in 0..count {
        let line = lines.next_line()?;
        let (delta, rest) = match line.strip_prefix('+').and_then(|l| l.split_once(';')) {
            Some((delta, rest)) => (
                hex(delta).ok_or(lines.error("a bad code point step"))?,
                rest,
            ),
            None => (1, line),
        };
        let share = rest.bytes().next().and_then(|b| b.checked_sub(SHARE_BASE));
        let share = share.ok_or(lines.error("a name line lacks its shared length"))? as usize;
        let code = match previous {
            Some(entry) => entry.code.checked_add(delta),
            None => delta.checked_sub(1),
        };
        let code = code
            .filter(|&c| c < 0x110000)
            .ok_or(lines.error("a code point is out of range"))?;
        let start = names.len();
        let shared = match previous {
            Some(entry) if share <= entry.len as usize => {
                let from = entry.start as usize;
                names.get(from..from + share).map(str::to_string)
            }
            None if share == 0 => Some(String::new()),
            _ => None,
        };
        names.push_str(&shared.ok_or(lines.error("a name shares more than its predecessor has"))?);
        names.push_str(rest.get(1..).unwrap_or(""));
        let entry = NamedCode {
            code,
            start: start as u32,
            len: (names.len() - start) as u32,
        };
        by_code.push(entry);
        previous = Some(entry);
    }
    Ok((names, by_code))
}

/// The `categories` section: runs `<hex length><two letters>` from U+0000 on.
fn read_categories(lines: &mut Lines<'_>) -> Result<Vec<(u32, [u8; 2])>, TableError> {
    let runs = lines.items("categories", |line| {
        let split = line.len().checked_sub(2)?;
        let letters: [u8; 2] = line.get(split..)?.as_bytes().try_into().ok()?;
        Some((hex(line.get(..split)?)?, letters))
    })?;
    let mut start = 0u32;
    let mut categories = Vec::with_capacity(runs.len());
    for (length, letters) in runs {
        categories.push((start, letters));
        start = start
            .checked_add(length)
            .ok_or(lines.error("the category runs overflow"))?;
    }
    Ok(categories)
}

/// A `numerics` line: `<hex start> <count> <d|g|n> <first value>`.
fn read_numeric_run(line: &str) -> Option<NumericRun> {
    let mut fields = line.split(' ');
    let start = hex(fields.next()?)?;
    let count = fields.next()?.parse().ok()?;
    let kind = match fields.next()? {
        "d" => NumericKind::Decimal,
        "g" => NumericKind::Digit,
        "n" => NumericKind::Numeric,
        _ => return None,
    };
    let first = fields.next()?.parse().ok()?;
    Some(NumericRun {
        start,
        count,
        kind,
        first,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECORDED: &str = include_str!("unicode_names.txt");

    fn recorded() -> UnicodeTable {
        UnicodeTable::parse(RECORDED).expect("the recorded table parses")
    }

    #[test]
    fn the_recorded_table_reads_names_both_ways() {
        let table = recorded();
        assert_eq!(table.version(), "14.0.0");
        assert_eq!(table.character("SNOWMAN"), Some('\u{2603}'));
        assert_eq!(table.character("snowman"), Some('\u{2603}'));
        assert_eq!(table.character("LATIN CAPITAL LETTER GHA"), Some('\u{1a2}'));
        assert_eq!(
            table.character("CJK UNIFIED IDEOGRAPH-9FFF"),
            Some('\u{9fff}')
        );
        assert_eq!(table.character("CJK UNIFIED IDEOGRAPH-A000"), None);
        assert_eq!(table.name('\u{2603}').as_deref(), Some("SNOWMAN"));
        assert_eq!(
            table.name('\u{1a2}').as_deref(),
            Some("LATIN CAPITAL LETTER OI")
        );
        assert_eq!(
            table.name('\u{ac01}').as_deref(),
            Some("HANGUL SYLLABLE GAG")
        );
        assert_eq!(table.name('\u{0}'), None);
        let sequence = table.sequence("latin capital letter a with macron and grave");
        assert_eq!(sequence, Some("\u{100}\u{300}"));
        assert_eq!(
            table.character("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"),
            None
        );
    }

    #[test]
    fn categories_and_numeric_values_cover_every_code_point() {
        let table = recorded();
        assert_eq!(table.category('a'), "Ll");
        assert_eq!(table.category('\u{378}'), "Cn");
        assert_eq!(table.category('\u{10ffff}'), "Cn");
        assert_eq!(table.numeric('\u{663}'), Some((3.0, NumericKind::Decimal)));
        assert_eq!(table.numeric('\u{b2}'), Some((2.0, NumericKind::Digit)));
        assert_eq!(table.numeric('\u{bd}'), Some((0.5, NumericKind::Numeric)));
        assert_eq!(table.numeric('a'), None);
    }

    #[test]
    fn a_damaged_table_is_an_error_naming_its_line() {
        assert_eq!(UnicodeTable::parse("").unwrap_err().line, 1);
        assert!(UnicodeTable::parse("cellscope-unicode 2 14.0.0\n").is_err());
        let truncated = &RECORDED[..RECORDED.len() / 2];
        assert!(UnicodeTable::parse(truncated).is_err());
        let damaged = RECORDED.replacen("\n0EXCLAMATION MARK\n", "\n~EXCLAMATION MARK\n", 1);
        let error = UnicodeTable::parse(&damaged).unwrap_err();
        assert_eq!(error.line, 4, "{error}");
        let unsorted = RECORDED.replacen("aliases 470\n", "aliases 471\nfeff ZZZ\n", 1);
        assert!(UnicodeTable::parse(&unsorted).is_err());
    }
}
