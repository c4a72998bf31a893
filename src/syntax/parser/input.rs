//! The parser's input: a slice of tokens, plus state shared by every rule of one parse:
//! the furthest token any rule has looked at (CPython reports "invalid syntax" there,
//! even when the rule that reached it backtracked, so every failure updates the mark),
//! and how deeply expressions are nested.

use super::super::span::Span;
use super::super::token::{Token, TokenKind};
use nom::{Input, Needed};
use std::cell::Cell;
use std::iter::{Copied, Enumerate};
use std::slice::Iter;

#[derive(Clone, Copy, Debug)]
pub struct Tokens<'a> {
    pub tokens: &'a [Token<'a>],
    pub state: &'a ParseState,
}

/// What the rules of one parse share.
#[derive(Debug)]
pub struct ParseState {
    /// The fewest tokens any failed rule had left: the furthest point reached.
    pub furthest: Cell<usize>,
    /// The fewest tokens left at any token a rule has looked at, probes included:
    /// CPython's last fetched token, whose line decides whether an unclosed bracket
    /// is reported instead of a parse error.
    pub fetched: Cell<usize>,
    /// How many nested expression rules are running, so that deep nesting fails
    /// instead of overflowing the stack.
    pub depth: Cell<u32>,
}

impl ParseState {
    pub fn new(token_count: usize) -> Self {
        ParseState {
            furthest: Cell::new(token_count),
            fetched: Cell::new(token_count),
            depth: Cell::new(0),
        }
    }
}

impl<'a> Tokens<'a> {
    pub fn new(tokens: &'a [Token<'a>], state: &'a ParseState) -> Self {
        Tokens { tokens, state }
    }

    pub fn first(&self) -> Option<&'a Token<'a>> {
        self.tokens.first()
    }

    pub fn peek(&self, ahead: usize) -> Option<&'a Token<'a>> {
        self.tokens.get(ahead)
    }

    pub fn kind(&self) -> TokenKind {
        self.first().map_or(TokenKind::EndMarker, |t| t.kind)
    }

    pub fn is_operator(&self, symbol: &str) -> bool {
        self.first().is_some_and(|t| t.is_operator(symbol))
    }

    pub fn is_keyword(&self, word: &str) -> bool {
        self.first().is_some_and(|t| t.is_keyword(word))
    }

    /// Whether a comprehension's `for` clause starts here: `for` or `async for`.
    pub fn starts_for_clause(&self) -> bool {
        self.is_keyword("for") || (self.is_keyword("async") && self.advance(1).is_keyword("for"))
    }

    /// The span of the next token (the end of input when there is none).
    pub fn span(&self) -> Span {
        self.first().map_or(Span::default(), |t| t.span)
    }

    /// Where the previous token ended, given the input before it.
    pub fn advance(&self, count: usize) -> Self {
        Tokens { tokens: self.tokens.get(count..).unwrap_or(&[]), state: self.state }
    }

    /// The span from this input's first token to the last token consumed before `rest`.
    pub fn span_to(&self, rest: Tokens<'a>) -> Span {
        let consumed = self.tokens.len().saturating_sub(rest.tokens.len());
        let start = self.span().start as usize;
        let end =
            self.tokens.get(consumed.saturating_sub(1)).map_or(start, |t| t.span.end as usize);
        Span::new(start, end.max(start))
    }

    /// Records that a rule looked at the next token, without making it the place of
    /// an "invalid syntax" error.
    pub fn mark_fetched(&self) {
        if self.tokens.len() < self.state.fetched.get() {
            self.state.fetched.set(self.tokens.len());
        }
    }

    pub fn mark_reached(&self) {
        self.mark_fetched();
        if self.tokens.len() < self.state.furthest.get() {
            self.state.furthest.set(self.tokens.len());
        }
    }
}

impl<'a> Input for Tokens<'a> {
    type Item = Token<'a>;
    type Iter = Copied<Iter<'a, Token<'a>>>;
    type IterIndices = Enumerate<Self::Iter>;

    fn input_len(&self) -> usize {
        self.tokens.len()
    }

    fn take(&self, index: usize) -> Self {
        Tokens { tokens: self.tokens.get(..index).unwrap_or(self.tokens), state: self.state }
    }

    fn take_from(&self, index: usize) -> Self {
        self.advance(index)
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        (self.advance(index), self.take(index))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.tokens.iter().position(|t| predicate(*t))
    }

    fn iter_elements(&self) -> Self::Iter {
        self.tokens.iter().copied()
    }

    fn iter_indices(&self) -> Self::IterIndices {
        self.iter_elements().enumerate()
    }

    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        if self.tokens.len() >= count {
            Ok(count)
        } else {
            Err(Needed::new(count - self.tokens.len()))
        }
    }
}
