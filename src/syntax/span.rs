//! Byte-offset spans, and the one place where offsets become lines and columns.
//!
//! Nodes store byte offsets because slicing the source is then free. People read lines
//! and columns, counted in characters, so that a column is right on a line that holds
//! `é` or `→`. The conversion happens once, at the edge, through [`LineIndex`].

use serde::Serialize;

/// A half-open range `start..end` of byte offsets into the source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start: start as u32, end: end as u32 }
    }

    /// The smallest span that covers both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A position as people read it: 1-based line, 1-based column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// Maps byte offsets to lines and character columns.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    source: String,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { line_starts, source: source.to_string() }
    }

    /// The 1-based line that holds byte `offset`.
    pub fn line_of(&self, offset: usize) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Line and 1-based character column of byte `offset` (clamped to the source).
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = self.floor_char_boundary(offset.min(self.source.len()));
        let line = self.line_of(offset);
        let start = self.line_starts[line as usize - 1];
        let column = self.source[start..offset].chars().count() as u32 + 1;
        LineCol { line, column }
    }

    /// The text of 1-based `line`, without its line break.
    pub fn line_text(&self, line: u32) -> &str {
        let index = (line as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(index) else { return "" };
        let end = self.line_starts.get(index + 1).copied().unwrap_or(self.source.len());
        self.source[start..end].trim_end_matches(['\n', '\r'])
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    fn floor_char_boundary(&self, mut offset: usize) -> usize {
        while offset > 0 && !self.source.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let index = LineIndex::new("x = 1\ns = 'é→' + y\n");
        let y = "x = 1\ns = 'é→' + y".find('y').unwrap();
        assert_eq!(index.line_col(y), LineCol { line: 2, column: 12 });
    }

    #[test]
    fn line_text_drops_the_line_break() {
        let index = LineIndex::new("a\r\nbb\n");
        assert_eq!(index.line_text(1), "a");
        assert_eq!(index.line_text(2), "bb");
        assert_eq!(index.line_text(9), "");
    }
}
