//! F-strings: literal text and `{expression!conversion:format_spec}` fields, with the
//! `{x=}` debugging form desugared the way CPython 3.11's parser does.

use super::super::ast::{Expr, ExprKind};
use super::super::error::{SyntaxError, SyntaxErrorKind};
use super::super::escapes::{body, decode_escapes, with_universal_newlines, StringPrefix};
use super::super::lexer::tokenize_fragment;
use super::super::span::Span;
use super::input::{ParseState, Tokens};
use super::strings::join_parts;

/// A piece of an f-string before neighbouring literals are merged.
pub enum Part {
    Literal(String),
    Value(Expr),
}

/// The parts of one f-string literal.
pub fn parse_fstring(
    literal: &str,
    prefix: &StringPrefix,
    span: Span,
    depth: u32,
) -> Result<Vec<Part>, SyntaxError> {
    let (text, offset) = body(literal, prefix);
    let base = span.start as usize + offset;
    let reader = FieldReader { text, base, raw: prefix.raw, span, depth };
    let (parts, end) = reader.parts(0, 0)?;
    if end < text.len() {
        return Err(reader.error("f-string: single '}' is not allowed"));
    }
    Ok(parts)
}

struct FieldReader<'s> {
    text: &'s str,
    base: usize,
    raw: bool,
    span: Span,
    /// The expression nesting around the f-string, which its fields continue.
    depth: u32,
}

impl<'s> FieldReader<'s> {
    /// CPython 3.11 points f-string errors just past the literal.
    fn error(&self, message: &str) -> SyntaxError {
        let after = self.span.end as usize;
        SyntaxError::syntax(message, Span::new(after, after))
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.text.as_bytes().get(at).copied()
    }

    /// Literal text and fields from `at` until the end, or, inside `spec_level`
    /// format specs, until the `}` that closes the innermost. Returns the parts and
    /// where it stopped.
    fn parts(&self, mut at: usize, spec_level: u32) -> Result<(Vec<Part>, usize), SyntaxError> {
        let in_spec = spec_level > 0;
        let mut parts = Vec::new();
        let mut literal = String::new();
        while let Some(b) = self.byte(at) {
            match b {
                b'{' if !in_spec && self.byte(at + 1) == Some(b'{') => {
                    literal.push('{');
                    at += 2;
                }
                b'}' if !in_spec && self.byte(at + 1) == Some(b'}') => {
                    literal.push('}');
                    at += 2;
                }
                b'}' if in_spec => break,
                b'}' => return Err(self.error("f-string: single '}' is not allowed")),
                b'{' => {
                    self.flush(&mut literal, &mut parts)?;
                    let (field, next) = self.field(at + 1, spec_level)?;
                    parts.extend(field);
                    at = next;
                }
                _ => {
                    let next = self.literal_end(at);
                    literal.push_str(self.text.get(at..next).unwrap_or(""));
                    at = next;
                }
            }
        }
        self.flush(&mut literal, &mut parts)?;
        Ok((parts, at))
    }

    /// Where the literal text starting at `at` ends: at the next `{` or `}` that is
    /// not inside a `\N{name}` escape. CPython 3.11's `fstring_find_literal` skips the
    /// character after `\N`, and when that is `{`, everything up to the next `}`;
    /// a raw f-string has no escapes.
    fn literal_end(&self, mut at: usize) -> usize {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(at) {
            match b {
                b'{' | b'}' => return at,
                b'\\' if !self.raw && bytes.get(at + 1) == Some(&b'N') => {
                    let opened = bytes.get(at + 2) == Some(&b'{');
                    at += 3;
                    if opened {
                        let close =
                            bytes.get(at..).and_then(|rest| rest.iter().position(|&c| c == b'}'));
                        at = close.map_or(bytes.len(), |close| at + close + 1);
                    }
                }
                // An escaped backslash cannot start `\N`.
                b'\\' if !self.raw && bytes.get(at + 1) == Some(&b'\\') => at += 2,
                _ => at += 1,
            }
        }
        bytes.len()
    }

    fn flush(&self, literal: &mut String, parts: &mut Vec<Part>) -> Result<(), SyntaxError> {
        if literal.is_empty() {
            return Ok(());
        }
        let raw = std::mem::take(literal);
        let decoded =
            if self.raw { with_universal_newlines(&raw) } else { decode_escapes(&raw, self.span)? };
        parts.push(Part::Literal(decoded));
        Ok(())
    }

    /// One replacement field after its `{`: the expression, an optional `=`, an
    /// optional `!conversion`, an optional `:format_spec`, then `}`.
    /// A field inside a format spec inside a format spec is one too many
    /// (CPython 3.11's `fstring_find_expr` stops at two levels).
    fn field(&self, start: usize, spec_level: u32) -> Result<(Vec<Part>, usize), SyntaxError> {
        if spec_level >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let end = self.expression_end(start)?;
        let source = self.text.get(start..end).unwrap_or("");
        if source.trim().is_empty() {
            return Err(match self.byte(end) {
                Some(c @ (b'=' | b'!' | b':')) => {
                    self.error(&format!("f-string: expression required before '{}'", c as char))
                }
                _ => self.error("f-string: empty expression not allowed"),
            });
        }
        let value = self.expression(source, start)?;
        let mut at = end;
        let mut parts = Vec::new();
        let mut conversion = None;
        let debug = self.byte(at) == Some(b'=');
        if debug {
            at += 1;
            let spaces = self.text.get(at..).map_or(0, |r| r.len() - r.trim_start().len());
            at += spaces;
            parts.push(Part::Literal(self.text.get(start..at).unwrap_or("").to_string()));
        }
        if self.byte(at) == Some(b'!') {
            conversion = Some(self.conversion(at + 1)?);
            at += 2;
        }
        let mut format_spec = None;
        if self.byte(at) == Some(b':') {
            let (spec_parts, next) = self.parts(at + 1, spec_level + 1)?;
            format_spec = Some(Box::new(Expr::new(
                ExprKind::JoinedStr(join_parts(spec_parts, self.span)),
                self.span,
            )));
            at = next;
        }
        if self.byte(at) != Some(b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        if debug && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        let kind = ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec };
        parts.push(Part::Value(Expr::new(kind, self.span)));
        Ok((parts, at + 1))
    }

    fn conversion(&self, at: usize) -> Result<char, SyntaxError> {
        match self.byte(at) {
            Some(c @ (b's' | b'r' | b'a')) => Ok(c as char),
            None => Err(self.error("f-string: expecting '}'")),
            _ => {
                Err(self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'"))
            }
        }
    }

    /// Where the field's expression ends: the first `}`, `!`, `:` or `=` outside any
    /// bracket or string (`!=`, `==`, `<=` and `>=` are operators, not ends). A `:`
    /// always starts the format spec, so `{y:=10}` formats `y` with `=10`, as in
    /// CPython's `fstring_find_expr`; a walrus needs parentheses there.
    fn expression_end(&self, mut at: usize) -> Result<usize, SyntaxError> {
        let mut open: Vec<u8> = Vec::new();
        let mut quote: Option<u8> = None;
        while let Some(b) = self.byte(at) {
            // CPython 3.11's `fstring_find_expr` refuses a backslash anywhere in a
            // field, inside a string of the expression too (PEP 498).
            if b == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if let Some(q) = quote {
                if b == q {
                    quote = None;
                }
                at += 1;
                continue;
            }
            let next = self.byte(at + 1);
            let top_level = open.is_empty();
            match b {
                b'\'' | b'"' => quote = Some(b),
                b'(' | b'[' | b'{' => open.push(b),
                b'}' if top_level => return Ok(at),
                b')' | b']' | b'}' => self.close_bracket(&mut open, b)?,
                b'!' if top_level && next != Some(b'=') => return Ok(at),
                b':' if top_level => return Ok(at),
                b'=' if top_level && next != Some(b'=') && !self.follows_operator(at) => {
                    return Ok(at)
                }
                b'=' | b'!' | b'<' | b'>' if next == Some(b'=') => at += 1,
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                _ => {}
            }
            at += 1;
        }
        // CPython's fstring_find_expr names an open string first, then the innermost
        // open bracket, before the missing '}'.
        if quote.is_some() {
            return Err(self.error("f-string: unterminated string"));
        }
        if let Some(&opening) = open.last() {
            return Err(self.error(&format!("f-string: unmatched '{}'", opening as char)));
        }
        Err(self.error("f-string: expecting '}'"))
    }

    /// A closing bracket inside a field must match the innermost open one.
    fn close_bracket(&self, open: &mut Vec<u8>, close: u8) -> Result<(), SyntaxError> {
        let Some(opening) = open.pop() else {
            return Err(self.error(&format!("f-string: unmatched '{}'", close as char)));
        };
        let expected = match opening {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if close == expected {
            return Ok(());
        }
        let message = format!(
            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
            close as char, opening as char
        );
        Err(self.error(&message))
    }

    fn follows_operator(&self, at: usize) -> bool {
        at > 0 && matches!(self.byte(at - 1), Some(b'=' | b'!' | b'<' | b'>'))
    }

    fn expression(&self, source: &str, start: usize) -> Result<Expr, SyntaxError> {
        // The tokenizer's own errors keep their message, as in CPython.
        let tokens = tokenize_fragment(source, self.base + start)?;
        let state = ParseState::new(tokens.len());
        state.depth.set(self.depth);
        let input = Tokens::new(&tokens, &state);
        let parsed = if input.is_keyword("yield") {
            super::expressions::yield_expr(input)
        } else {
            super::expressions::star_expressions(input)
        };
        match parsed {
            Ok((rest, expr))
                if matches!(
                    rest.kind(),
                    super::super::token::TokenKind::Newline
                        | super::super::token::TokenKind::EndMarker
                ) =>
            {
                Ok(expr)
            }
            Err(nom::Err::Failure(failure)) if failure.kind == SyntaxErrorKind::RecursionError => {
                Err(SyntaxError::too_deep(failure.span))
            }
            Err(nom::Err::Failure(failure)) => Err(self.error(&format!(
                "f-string: {}",
                failure.message.unwrap_or_else(|| "invalid syntax".into())
            ))),
            // CPython parses the field as if in parentheses, where two expressions in a
            // row are a missing comma.
            Ok((rest, expr)) => match super::atoms::missing_comma::<()>(rest, Some(&expr)) {
                Err(nom::Err::Failure(failure)) => Err(self.error(&format!(
                    "f-string: {}",
                    failure.message.unwrap_or_else(|| "invalid syntax".into())
                ))),
                _ => Err(self.error("f-string: invalid syntax")),
            },
            Err(_) => Err(self.error("f-string: invalid syntax")),
        }
    }
}
