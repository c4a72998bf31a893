//! Unit tests of the tokenizer's layout rules: logical lines, INDENT/DEDENT, joining.

use super::lexer::tokenize;
use super::token::TokenKind::{self, *};
use super::SyntaxErrorKind;

fn kinds(source: &str) -> Vec<TokenKind> {
    tokenize(source).unwrap().iter().map(|t| t.kind).collect()
}

#[test]
fn a_block_is_indent_then_dedent() {
    let expected =
        [Keyword, Name, Operator, Newline, Indent, Name, Newline, Dedent, Name, Newline, EndMarker];
    assert_eq!(kinds("if x:\n    y\nz\n"), expected);
}

#[test]
fn blank_lines_and_comments_make_no_tokens() {
    assert_eq!(kinds("x  # note\n\n   # indented comment\n\ny\n"), kinds("x\ny\n"));
}

#[test]
fn brackets_and_backslashes_join_lines() {
    assert_eq!(kinds("f(a,\n  b)\n"), kinds("f(a, b)\n"));
    assert_eq!(kinds("x = 1 + \\\n    2\n"), kinds("x = 1 + 2\n"));
}

#[test]
fn the_last_line_needs_no_newline_and_blocks_close_at_the_end() {
    assert_eq!(
        kinds("if x:\n    y"),
        [Keyword, Name, Operator, Newline, Indent, Name, Newline, Dedent, EndMarker]
    );
}

#[test]
fn a_tab_that_only_lines_up_at_width_8_is_a_tab_error() {
    let error = tokenize("if x:\n\ty\n        z\n").unwrap_err();
    assert_eq!(error.kind, SyntaxErrorKind::TabError);
}

#[test]
fn string_prefixes_and_keywords_are_recognised() {
    let tokens = tokenize("rb'x' f\"{y}\" None nonlocal match\n").unwrap();
    let kinds: Vec<_> = tokens.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, [String, String, Keyword, Keyword, Name, Newline, EndMarker]);
}
