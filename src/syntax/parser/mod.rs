//! The parser: one function per rule of CPython 3.11's grammar, over the token slice,
//! built from nom combinators. Failures are a private [`ParseFailure`]; [`parse_tokens`]
//! is the one place that turns one into a public `SyntaxError`.

mod arguments;
mod assignment;
mod atoms;
mod blocks;
mod braces;
mod calls;
mod class_pattern;
mod compound;
mod expressions;
mod fstring;
mod imports;
mod input;
mod mapping_pattern;
mod match_stmt;
mod patterns;
mod simple;
mod strings;
mod targets;
mod terminals;

use super::ast::Module;
use super::error::{SyntaxError, SyntaxErrorKind, TOO_DEEP_MESSAGE};
use super::span::Span;
use super::token::{Token, TokenKind};
use input::{ParseState, Tokens};
use nom::error::{ContextError, ErrorKind, ParseError};

/// Why a rule failed. `message` is `None` for a plain mismatch, which becomes CPython's
/// "invalid syntax" at the furthest token reached.
#[derive(Debug)]
struct ParseFailure {
    remaining: usize,
    span: Span,
    message: Option<String>,
    kind: SyntaxErrorKind,
    /// For "... on line N": the byte offset whose line the message names.
    names_line_of: Option<u32>,
}

type PResult<'a, T> = nom::IResult<Tokens<'a>, T, ParseFailure>;

impl<'a> ParseError<Tokens<'a>> for ParseFailure {
    fn from_error_kind(input: Tokens<'a>, _kind: ErrorKind) -> Self {
        input.mark_reached();
        ParseFailure {
            remaining: input.tokens.len(),
            span: input.span(),
            message: None,
            kind: SyntaxErrorKind::SyntaxError,
            names_line_of: None,
        }
    }

    fn append(_input: Tokens<'a>, _kind: ErrorKind, other: Self) -> Self {
        other
    }

    /// Of two failed alternatives, the one that got further explains more.
    fn or(self, other: Self) -> Self {
        if other.remaining < self.remaining
            || (other.remaining == self.remaining && self.message.is_none())
        {
            other
        } else {
            self
        }
    }
}

impl<'a> ContextError<Tokens<'a>> for ParseFailure {
    /// `context("expected ':'", cut(...))` names what the failed rule wanted.
    fn add_context(_input: Tokens<'a>, context: &'static str, mut other: Self) -> Self {
        if other.message.is_none() {
            other.message = Some(context.to_string());
        }
        other
    }
}

/// A committed failure with CPython's message, pointing at `span`.
fn fail<'a, T>(input: Tokens<'a>, message: impl Into<String>, span: Span) -> PResult<'a, T> {
    Err(nom::Err::Failure(ParseFailure {
        remaining: input.tokens.len(),
        span,
        message: Some(message.into()),
        kind: SyntaxErrorKind::SyntaxError,
        names_line_of: None,
    }))
}

/// An IndentationError whose message ends with the line of the statement at `header`.
fn fail_indentation<'a, T>(
    input: Tokens<'a>,
    message: impl Into<String>,
    span: Span,
    header: Span,
) -> PResult<'a, T> {
    Err(nom::Err::Failure(ParseFailure {
        remaining: input.tokens.len(),
        span,
        message: Some(message.into()),
        kind: SyntaxErrorKind::IndentationError,
        names_line_of: Some(header.start),
    }))
}

/// Expressions nested deeper than this fail cleanly instead of overflowing the stack,
/// which would abort the process or the page. The WebAssembly build gets a 2 MiB
/// stack (`.cargo/config.toml`), which the deepest program this allows fits about
/// twice over; `tests/robustness_stack.rs` checks every pass on that stack. CPython
/// stops deep nesting too, at about 3000 levels, with the RecursionError we give here.
const MAX_NESTING: u32 = 1000;

/// What one level of brackets costs against [`MAX_NESTING`], on top of the three
/// levels (`expression`, `inversion`, `factor`) the expression inside it re-enters:
/// four in all, which keeps 200 nested brackets, CPython's own limit (its tokenizer
/// refuses a 201st), within reach. A bracket level takes about four times the stack
/// of a `-x` level, which costs one.
const BRACKET_COST: u32 = 1;

/// What a lambda costs against [`MAX_NESTING`]: its body compiles as a function of its
/// own, which takes several times the stack of one expression level.
const LAMBDA_COST: u32 = 4;

/// What a conditional expression's `else` part or an `elif` adds against
/// [`MAX_NESTING`]: each is a statement or test wrapped around the next, about twice
/// the stack of a plain operator.
const CHAIN_COST: u32 = 2;

/// Runs an expression rule one level deeper, failing past [`MAX_NESTING`].
fn nested<'a, T>(
    input: Tokens<'a>,
    rule: impl FnOnce(Tokens<'a>) -> PResult<'a, T>,
) -> PResult<'a, T> {
    nested_by(input, 1, rule)
}

/// Runs `rule` `cost` levels deeper, failing past [`MAX_NESTING`].
fn nested_by<'a, T>(
    input: Tokens<'a>,
    cost: u32,
    rule: impl FnOnce(Tokens<'a>) -> PResult<'a, T>,
) -> PResult<'a, T> {
    check_depth(input, cost)?;
    let depth = input.state.depth.get();
    input.state.depth.set(depth + cost);
    let result = rule(input);
    input.state.depth.set(depth);
    result
}

/// Fails when `extra` more levels would pass [`MAX_NESTING`]. Chains such as `a.b.c`
/// or `1 + 2 + 3` count too: they nest in the tree, which later passes walk recursively.
fn check_depth(input: Tokens<'_>, extra: u32) -> Result<(), nom::Err<ParseFailure>> {
    if input.state.depth.get().saturating_add(extra) < MAX_NESTING {
        return Ok(());
    }
    Err(nom::Err::Failure(ParseFailure {
        remaining: input.tokens.len(),
        span: input.span(),
        message: Some(TOO_DEEP_MESSAGE.to_string()),
        kind: SyntaxErrorKind::RecursionError,
        names_line_of: None,
    }))
}

/// Tries `rule` the way CPython's second, error-finding pass does: what it reads does
/// not move the furthest-token mark where "invalid syntax" is reported, because
/// CPython takes that mark from its first pass.
fn probe<'a, T>(
    input: Tokens<'a>,
    rule: impl FnOnce(Tokens<'a>) -> PResult<'a, T>,
) -> Option<(Tokens<'a>, T)> {
    let furthest = input.state.furthest.get();
    let result = rule(input).ok();
    input.state.furthest.set(furthest);
    result
}

/// A plain mismatch at the next token.
fn mismatch<'a, T>(input: Tokens<'a>) -> PResult<'a, T> {
    Err(nom::Err::Error(ParseFailure::from_error_kind(input, ErrorKind::Tag)))
}

/// A module the grammar rejected: the error, whether the parser had got as far as the
/// last token (ENDMARKER) when it gave up, and the offset of the furthest token it
/// looked at.
pub struct Rejection {
    pub error: SyntaxError,
    pub reached_last_token: bool,
    pub last_fetched: usize,
}

/// Parses a module from its tokens; the tokens end with ENDMARKER.
pub fn parse_tokens(source: &str, tokens: &[Token<'_>]) -> Result<Module, Rejection> {
    let state = ParseState::new(tokens.len());
    let input = Tokens::new(tokens, &state);
    let result = blocks::file_input(input);
    let fetched_index = tokens.len().saturating_sub(state.fetched.get().max(1));
    let last_fetched = tokens.get(fetched_index).map_or(0, |t| t.span.start as usize);
    match result {
        Ok((_, module)) => Ok(module),
        Err(nom::Err::Error(failure) | nom::Err::Failure(failure)) if failure.message.is_some() => {
            let reached_last_token = failure.remaining <= 1;
            let error = into_syntax_error(source, failure);
            Err(Rejection { error, reached_last_token, last_fetched })
        }
        Err(_) => Err(Rejection {
            error: invalid_syntax_at(source, tokens, state.furthest.get()),
            reached_last_token: state.furthest.get() <= 1,
            last_fetched,
        }),
    }
}

fn into_syntax_error(source: &str, failure: ParseFailure) -> SyntaxError {
    let mut message = failure.message.unwrap_or_else(|| "invalid syntax".to_string());
    if let Some(offset) = failure.names_line_of {
        let line =
            source.get(..offset as usize).map_or(1, |before| before.matches('\n').count() + 1);
        message.push_str(&format!(" on line {line}"));
    }
    SyntaxError::new(failure.kind, message, failure.span)
}

/// "invalid syntax" at the furthest token reached, or "unexpected indent" when that
/// token is an indentation no rule expected.
fn invalid_syntax_at(source: &str, tokens: &[Token<'_>], remaining: usize) -> SyntaxError {
    let index = tokens.len().saturating_sub(remaining.max(1));
    let Some(token) = tokens.get(index) else {
        return SyntaxError::syntax("invalid syntax", Span::new(source.len(), source.len()));
    };
    match token.kind {
        TokenKind::Indent => {
            let at = token.span.end.saturating_sub(1) as usize;
            SyntaxError::indentation("unexpected indent", Span::new(at, at))
        }
        _ => SyntaxError::syntax("invalid syntax", token.span),
    }
}
