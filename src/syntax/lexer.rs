//! The tokenizer: characters to tokens, once. It turns physical lines into logical
//! lines (NEWLINE), indentation into INDENT/DEDENT, drops comments and blank lines,
//! and joins lines inside brackets and after a backslash, as CPython's tokenizer does.

use super::error::{SyntaxError, SyntaxErrorKind, NULL_BYTE_MESSAGE};
use super::scan;
use super::span::Span;
use super::token::{Token, TokenKind, KEYWORDS, OPERATORS};

/// Tokenizes a whole module; the last token is always ENDMARKER.
pub fn tokenize(source: &str) -> Result<Vec<Token<'_>>, SyntaxError> {
    let mut lexer = Lexer::for_module(source);
    lexer.run()?;
    Ok(lexer.tokens)
}

/// A tokenizer error, and for "'(' was never closed" where the bracket opened.
pub struct TokenizerFailure {
    pub error: SyntaxError,
    pub unclosed_bracket: Option<usize>,
    /// Whether CPython raises this error as an exception the moment it tokenizes the
    /// spot. Its tokenizer only records a status for a bad indentation, a misplaced
    /// backslash or an unexpected end of file, and such a status never replaces a
    /// parse error found earlier.
    pub raised_at_once: bool,
}

/// The tokens read before the first tokenizer error, closed by ENDMARKER, and that
/// error. CPython's parser pulls tokens lazily, so whether a parse error found before
/// the bad spot still stands is decided by the caller.
pub fn tokenize_lazily(source: &str) -> (Vec<Token<'_>>, Option<TokenizerFailure>) {
    let mut lexer = Lexer::for_module(source);
    match lexer.run() {
        Ok(()) => (lexer.tokens, None),
        Err(mut error) => {
            error.from_tokenizer = true;
            let at = lexer.pos.min(source.len());
            let unclosed_bracket =
                if at >= source.len() { lexer.brackets.last().map(|b| b.offset) } else { None };
            lexer.push(TokenKind::EndMarker, at, at);
            let raised_at_once = error.kind == SyntaxErrorKind::SyntaxError
                && !matches!(
                    error.message.as_str(),
                    "unexpected character after line continuation character"
                        | "unexpected EOF while parsing"
                );
            (lexer.tokens, Some(TokenizerFailure { error, unclosed_bracket, raised_at_once }))
        }
    }
}

/// Tokenizes the expression of an f-string replacement field, `text`, which starts at
/// byte `base` of the source. It is read as if inside brackets, so it may span lines.
pub fn tokenize_fragment(text: &str, base: usize) -> Result<Vec<Token<'_>>, SyntaxError> {
    let mut lexer = Lexer::new(text);
    lexer.brackets.push(OpenBracket { symbol: '(', offset: 0 });
    lexer.fragment = true;
    let shift = |span: Span| Span::new(span.start as usize + base, span.end as usize + base);
    lexer.run().map_err(|error| SyntaxError::new(error.kind, error.message, shift(error.span)))?;
    for token in &mut lexer.tokens {
        token.span = shift(token.span);
    }
    Ok(lexer.tokens)
}

struct OpenBracket {
    symbol: char,
    offset: usize,
}

struct Lexer<'a> {
    source: &'a str,
    pos: usize,
    tokens: Vec<Token<'a>>,
    indents: Vec<Indentation>,
    brackets: Vec<OpenBracket>,
    at_line_start: bool,
    /// An f-string expression: there the outermost bracket is the replacement field.
    fragment: bool,
    /// Where the first NUL byte is, and where its line starts.
    null_byte: Option<NullByte>,
}

/// CPython reads a file line by line and refuses a line holding a NUL byte as soon as
/// it reads it, so the lines before it are tokenized (and may fail) first.
#[derive(Clone, Copy)]
struct NullByte {
    offset: usize,
    line_start: usize,
}

/// An indentation measured twice, as CPython does: tabs to multiples of 8 and tabs as
/// one column. Two lines that compare differently under the two are a TabError.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Indentation {
    columns: usize,
    tabs_as_one: usize,
}

impl<'a> Lexer<'a> {
    fn new(source: &'a str) -> Self {
        Lexer {
            source,
            pos: 0,
            tokens: Vec::with_capacity(source.len() / 3),
            indents: vec![Indentation { columns: 0, tabs_as_one: 0 }],
            brackets: Vec::new(),
            at_line_start: true,
            fragment: false,
            null_byte: None,
        }
    }

    /// A lexer for a whole file. CPython decodes a file as UTF-8 and drops a byte order
    /// mark at its start before tokenizing.
    fn for_module(source: &'a str) -> Self {
        let mut lexer = Lexer::new(source);
        if source.starts_with('\u{feff}') {
            lexer.pos = '\u{feff}'.len_utf8();
        }
        lexer.null_byte = source.find('\0').map(|offset| {
            let before = source.get(..offset).unwrap_or("");
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            NullByte { offset, line_start }
        });
        lexer
    }

    fn rest(&self) -> &'a str {
        self.source.get(self.pos..).unwrap_or("")
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        let text = self.source.get(start..end).unwrap_or("");
        self.tokens.push(Token { kind, text, span: Span::new(start, end) });
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        loop {
            self.refuse_null_byte()?;
            if self.at_line_start && self.brackets.is_empty() {
                self.at_line_start = false;
                if !self.start_logical_line()? {
                    continue;
                }
            }
            let Some(c) = self.rest().chars().next() else { break };
            self.next_token(c)?;
        }
        self.finish()
    }

    fn refuse_null_byte(&self) -> Result<(), SyntaxError> {
        match self.null_byte {
            Some(null) if self.pos >= null.line_start => Err(SyntaxError::syntax(
                NULL_BYTE_MESSAGE,
                Span::new(null.offset, null.offset),
            )),
            _ => Ok(()),
        }
    }

    fn next_token(&mut self, c: char) -> Result<(), SyntaxError> {
        let start = self.pos;
        match c {
            ' ' | '\t' | '\x0c' => self.pos += 1,
            '#' => self.pos += self.rest().find(['\n', '\r']).unwrap_or(self.rest().len()),
            '\n' | '\r' => self.end_physical_line(start),
            '\\' => self.line_continuation(start)?,
            '0'..='9' => self.number(start)?,
            '.' if self.rest().as_bytes().get(1).is_some_and(u8::is_ascii_digit) => {
                self.number(start)?
            }
            '"' | '\'' => self.string(start, 0)?,
            c if scan::is_identifier_start(c) => self.name_or_string(start)?,
            _ => self.operator(start, c)?,
        }
        Ok(())
    }

    fn end_physical_line(&mut self, start: usize) {
        self.pos += if self.rest().starts_with("\r\n") { 2 } else { 1 };
        if self.brackets.is_empty() {
            // CPython reports errors at a NEWLINE where the line ends: a zero-width point.
            self.push(TokenKind::Newline, start, start);
            self.at_line_start = true;
        }
    }

    /// Explicit line joining: a backslash must be the last character of its line.
    fn line_continuation(&mut self, start: usize) -> Result<(), SyntaxError> {
        let after = self.rest().get(1..).unwrap_or("");
        let skip = if after.starts_with("\r\n") { 3 } else { 2 };
        if after.starts_with('\n') || after.starts_with("\r\n") || after.starts_with('\r') {
            self.pos += skip;
            if self.pos >= self.source.len() {
                return Err(unexpected_eof(start));
            }
            return Ok(());
        }
        if after.is_empty() {
            return Err(unexpected_eof(start));
        }
        let span = Span::new(start + 1, start + 1);
        Err(SyntaxError::syntax("unexpected character after line continuation character", span))
    }

    fn name_or_string(&mut self, start: usize) -> Result<(), SyntaxError> {
        let len = scan::identifier_len(self.rest());
        let word = self.rest().get(..len).unwrap_or("");
        let next = self.rest().as_bytes().get(len).copied();
        if matches!(next, Some(b'"' | b'\'')) && scan::is_string_prefix(word) {
            return self.string(start, len);
        }
        self.pos += len;
        let kind = if KEYWORDS.contains(&word) { TokenKind::Keyword } else { TokenKind::Name };
        self.push(kind, start, self.pos);
        Ok(())
    }

    /// A string literal whose prefix is `prefix_len` bytes long; the scanner finds its
    /// closing quote and reports an unterminated one.
    fn string(&mut self, start: usize, prefix_len: usize) -> Result<(), SyntaxError> {
        let len = scan::string_len(self.source, start, prefix_len)?;
        self.pos = start + len;
        self.push(TokenKind::String, start, self.pos);
        Ok(())
    }

    fn number(&mut self, start: usize) -> Result<(), SyntaxError> {
        let len = scan::number_len(self.source, start)?;
        self.pos = start + len;
        self.push(TokenKind::Number, start, self.pos);
        Ok(())
    }

    fn operator(&mut self, start: usize, c: char) -> Result<(), SyntaxError> {
        let Some(symbol) = OPERATORS.iter().find(|op| self.rest().starts_with(**op)) else {
            return Err(scan::invalid_character(c, start));
        };
        self.track_bracket(symbol, start)?;
        self.pos += symbol.len();
        self.push(TokenKind::Operator, start, self.pos);
        Ok(())
    }

    fn track_bracket(&mut self, symbol: &str, offset: usize) -> Result<(), SyntaxError> {
        let Some(c) = symbol.chars().next() else { return Ok(()) };
        match c {
            '(' | '[' | '{' => {
                // CPython's tokenizer allows 200 open brackets (MAXLEVEL).
                if self.brackets.len() >= 200 {
                    let span = Span::new(offset, offset);
                    return Err(SyntaxError::syntax("too many nested parentheses", span));
                }
                self.brackets.push(OpenBracket { symbol: c, offset })
            }
            ')' | ']' | '}' => self.close_bracket(c, offset)?,
            _ => {}
        }
        Ok(())
    }

    /// A closing bracket must match the innermost open one.
    fn close_bracket(&mut self, close: char, offset: usize) -> Result<(), SyntaxError> {
        let span = Span::new(offset, offset);
        let Some(open) = self.brackets.pop() else {
            return Err(SyntaxError::syntax(format!("unmatched '{close}'"), span));
        };
        let expected = match open.symbol {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        if expected == close {
            return Ok(());
        }
        let mut message = format!(
            "closing parenthesis '{close}' does not match opening parenthesis '{}'",
            open.symbol
        );
        let open_line = line_of(self.source, open.offset);
        if open_line != line_of(self.source, offset) {
            message.push_str(&format!(" on line {open_line}"));
        }
        Err(SyntaxError::syntax(message, span))
    }

    /// End of input: an open bracket is an error (CPython names the innermost one);
    /// otherwise close the last logical line and every open block.
    fn finish(&mut self) -> Result<(), SyntaxError> {
        if self.fragment {
            self.brackets.clear();
        }
        if let Some(open) = self.brackets.last() {
            let span = Span::new(open.offset, open.offset + 1);
            return Err(SyntaxError::syntax(format!("'{}' was never closed", open.symbol), span));
        }
        let end = self.source.len();
        let needs_newline = self
            .tokens
            .last()
            .is_some_and(|t| !matches!(t.kind, TokenKind::Newline | TokenKind::Dedent));
        if needs_newline {
            self.push(TokenKind::Newline, end, end);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(TokenKind::Dedent, end, end);
        }
        self.push(TokenKind::EndMarker, end, end);
        Ok(())
    }

    /// At the start of a line outside brackets: measures its indentation, skips it if
    /// it is blank or only a comment, and emits INDENT or DEDENTs. Returns whether the
    /// line holds tokens.
    fn start_logical_line(&mut self) -> Result<bool, SyntaxError> {
        let start = self.pos;
        let (indentation, width) = measure_indentation(self.rest());
        self.pos += width;
        match self.rest().bytes().next() {
            None => return Ok(false),
            Some(b'#' | b'\n' | b'\r') => {
                self.skip_blank_line();
                return Ok(false);
            }
            // CPython reads a backslash right after the indentation before it compares
            // the indentation, so a misplaced backslash is the error it reports.
            Some(b'\\') => self.line_continuation(self.pos)?,
            _ => {}
        }
        self.indent_to(indentation, start, self.pos)?;
        Ok(true)
    }

    fn skip_blank_line(&mut self) {
        let rest = self.rest();
        let line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        self.pos += line_end;
        self.at_line_start = true;
    }

    fn indent_to(
        &mut self,
        new: Indentation,
        line_start: usize,
        at: usize,
    ) -> Result<(), SyntaxError> {
        let current =
            self.indents.last().copied().unwrap_or(Indentation { columns: 0, tabs_as_one: 0 });
        if new.columns > current.columns {
            if new.tabs_as_one <= current.tabs_as_one {
                return Err(tab_error(line_start));
            }
            // CPython's tokenizer refuses the block that would make its indentation stack,
            // which holds column 0 too, reach MAXINDENT (100) entries.
            if self.indents.len() >= 100 {
                let message = "too many levels of indentation";
                return Err(SyntaxError::indentation(message, Span::new(line_start, line_start)));
            }
            self.indents.push(new);
            self.push(TokenKind::Indent, line_start, at);
            return Ok(());
        }
        if new.columns == current.columns {
            return if new.tabs_as_one == current.tabs_as_one {
                Ok(())
            } else {
                Err(tab_error(line_start))
            };
        }
        self.dedent_to(new, line_start, at)
    }

    /// Closes blocks down to `new`, which must be the indentation of an open one;
    /// that is checked before any DEDENT is emitted, as CPython's tokenizer does.
    fn dedent_to(
        &mut self,
        new: Indentation,
        line_start: usize,
        at: usize,
    ) -> Result<(), SyntaxError> {
        let Some(level) = self.indents.iter().rev().find(|level| level.columns <= new.columns)
        else {
            return Err(self.unindent_mismatch(at));
        };
        if level.columns != new.columns {
            return Err(self.unindent_mismatch(at));
        }
        if level.tabs_as_one != new.tabs_as_one {
            return Err(tab_error(line_start));
        }
        while self.indents.last().is_some_and(|level| level.columns > new.columns) {
            self.indents.pop();
            self.push(TokenKind::Dedent, at, at);
        }
        Ok(())
    }

    /// CPython points at the end of the offending line.
    fn unindent_mismatch(&self, at: usize) -> SyntaxError {
        let line_end = self.rest().find(['\n', '\r']).map_or(self.source.len(), |i| at + i);
        let message = "unindent does not match any outer indentation level";
        SyntaxError::indentation(message, Span::new(line_end, line_end))
    }
}

/// A backslash at the very end of the input: CPython points just after it.
fn unexpected_eof(backslash: usize) -> SyntaxError {
    let at = backslash + 1;
    SyntaxError::syntax("unexpected EOF while parsing", Span::new(at, at))
}

fn tab_error(at: usize) -> SyntaxError {
    let span = Span::new(at, at);
    SyntaxError::new(
        SyntaxErrorKind::TabError,
        "inconsistent use of tabs and spaces in indentation",
        span,
    )
}

/// The indentation of a line and its width in bytes. A tab advances to the next
/// multiple of 8 (CPython's TABSIZE); a form feed resets the count.
fn measure_indentation(line: &str) -> (Indentation, usize) {
    let mut indentation = Indentation { columns: 0, tabs_as_one: 0 };
    let mut width = 0;
    for byte in line.bytes() {
        match byte {
            b' ' => {
                indentation.columns += 1;
                indentation.tabs_as_one += 1;
            }
            b'\t' => {
                indentation.columns = (indentation.columns / 8 + 1) * 8;
                indentation.tabs_as_one += 1;
            }
            b'\x0c' => indentation = Indentation { columns: 0, tabs_as_one: 0 },
            _ => break,
        }
        width += 1;
    }
    (indentation, width)
}

fn line_of(source: &str, offset: usize) -> usize {
    source.get(..offset).map_or(1, |before| before.matches('\n').count() + 1)
}
