//! The tokens the tokenizer hands the parser: one pass over the characters, so the
//! grammar rules work over a slice of tokens and never re-scan text.

use super::span::Span;

/// What kind of lexeme a token is; the exact text is in [`Token::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Name,
    Keyword,
    Number,
    /// A whole string literal, prefix and quotes included; decoded by the parser.
    String,
    Operator,
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: TokenKind,
    pub text: &'a str,
    pub span: Span,
}

impl<'a> Token<'a> {
    pub fn is_operator(&self, symbol: &str) -> bool {
        self.kind == TokenKind::Operator && self.text == symbol
    }

    pub fn is_keyword(&self, word: &str) -> bool {
        self.kind == TokenKind::Keyword && self.text == word
    }
}

/// Python 3.11's hard keywords (`match`, `case` and `_` are soft and stay names).
pub const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Operators and delimiters, longest first so that the first match is the longest.
pub const OPERATORS: [&str; 51] = [
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|",
    "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "!", "`", "$", "?",
];
