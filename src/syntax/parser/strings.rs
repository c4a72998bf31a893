//! Literals: numbers, and adjacent string literals concatenated into one Constant or,
//! when any of them is an f-string, one JoinedStr.

use super::super::ast::{Constant, Expr, ExprKind};
use super::super::error::{SyntaxError, SyntaxErrorKind};
use super::super::escapes::{decode_bytes, decode_str, StringPrefix};
use super::super::span::Span;
use super::super::token::{Token, TokenKind};
use super::fstring::{parse_fstring, Part};
use super::{fail, PResult, ParseFailure, Tokens};
use num_bigint::BigInt;

/// NUMBER: an int of any size, a float, or an imaginary number.
pub fn number(text: &str, span: Span) -> Result<Constant, SyntaxError> {
    let digits: String = text.chars().filter(|c| *c != '_').collect();
    let lower = digits.to_ascii_lowercase();
    let invalid = || SyntaxError::syntax("invalid decimal literal", span);
    if let Some(imaginary) = lower.strip_suffix('j') {
        return imaginary.parse::<f64>().map(Constant::Imaginary).map_err(|_| invalid());
    }
    let radix = [("0x", 16), ("0o", 8), ("0b", 2)].into_iter().find(|(p, _)| lower.starts_with(p));
    if let Some((prefix, radix)) = radix {
        let body = lower.get(prefix.len()..).unwrap_or("");
        return BigInt::parse_bytes(body.as_bytes(), radix).map(Constant::Int).ok_or_else(invalid);
    }
    if lower.contains(['.', 'e']) {
        return lower.parse::<f64>().map(Constant::Float).map_err(|_| invalid());
    }
    if lower.len() > MAX_DECIMAL_DIGITS {
        return Err(SyntaxError::syntax(too_many_digits(lower.len()), span));
    }
    BigInt::parse_bytes(lower.as_bytes(), 10).map(Constant::Int).ok_or_else(invalid)
}

/// CPython 3.11 converts decimal text to an int only up to `sys.get_int_max_str_digits()`
/// digits, literals included; hexadecimal, octal and binary are exempt.
const MAX_DECIMAL_DIGITS: usize = 4300;

fn too_many_digits(count: usize) -> String {
    format!(
        "Exceeds the limit ({MAX_DECIMAL_DIGITS} digits) for integer string conversion: \
         value has {count} digits; use sys.set_int_max_str_digits() to increase the limit \
         - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
    )
}

/// strings: STRING+ — adjacent literals are one expression.
pub fn strings(input: Tokens<'_>) -> PResult<'_, Expr> {
    let count = input.tokens.iter().take_while(|t| t.kind == TokenKind::String).count();
    let rest = input.advance(count);
    let span = input.span_to(rest);
    let literals = input.tokens.get(..count).unwrap_or(&[]);
    match concatenate(literals, span, input.state.depth.get()) {
        Ok(expr) => Ok((rest, expr)),
        Err(error) if error.kind == SyntaxErrorKind::RecursionError => {
            Err(nom::Err::Failure(ParseFailure {
                remaining: input.tokens.len(),
                span: error.span,
                message: Some(error.message),
                kind: error.kind,
                names_line_of: None,
            }))
        }
        Err(error) => fail(input, error.message, at_lookahead(error.span, span, rest)),
    }
}

/// CPython raises an error about the literals themselves ("f-string: ...", "cannot mix
/// bytes and nonbytes literals") at the token its parser has looked ahead to, the one
/// after the literals, with that token's width; a NEWLINE has none.
fn at_lookahead(error: Span, literals: Span, rest: Tokens<'_>) -> Span {
    let past_literals = error.start == literals.end && error.end == literals.end;
    match rest.tokens.first() {
        Some(next)
            if past_literals && !matches!(next.kind, TokenKind::Newline | TokenKind::EndMarker) =>
        {
            next.span
        }
        _ => error,
    }
}

/// `depth` is the expression nesting around the literals, which an f-string's fields
/// continue.
fn concatenate(literals: &[Token<'_>], span: Span, depth: u32) -> Result<Expr, SyntaxError> {
    let is_bytes = |literal: &Token<'_>| StringPrefix::of(literal.text).bytes;
    let first_is_bytes = literals.first().is_some_and(is_bytes);
    if literals.iter().any(|literal| is_bytes(literal) != first_is_bytes) {
        // CPython points just past the whole run of literals.
        let end = Span { start: span.end, end: span.end };
        return Err(SyntaxError::syntax("cannot mix bytes and nonbytes literals", end));
    }
    if first_is_bytes {
        let mut bytes = Vec::new();
        for literal in literals {
            bytes.extend(decode_bytes(
                literal.text,
                &StringPrefix::of(literal.text),
                literal.span,
            )?);
        }
        return Ok(Expr::new(ExprKind::Constant(Constant::Bytes(bytes)), span));
    }
    concatenate_text(literals, span, depth)
}

/// Str literals, and f-strings if any: a JoinedStr as soon as one is an f-string.
fn concatenate_text(literals: &[Token<'_>], span: Span, depth: u32) -> Result<Expr, SyntaxError> {
    let mut parts: Vec<Part> = Vec::new();
    let mut any_fstring = false;
    for literal in literals {
        let prefix = StringPrefix::of(literal.text);
        if prefix.formatted {
            any_fstring = true;
            parts.extend(parse_fstring(literal.text, &prefix, literal.span, depth)?);
        } else {
            parts.push(Part::Literal(decode_str(literal.text, &prefix, literal.span)?));
        }
    }
    if any_fstring {
        let mut values = join_parts(parts, span);
        spread_span(&mut values, span);
        return Ok(Expr::new(ExprKind::JoinedStr(values), span));
    }
    let text: String = parts
        .into_iter()
        .filter_map(|part| match part {
            Part::Literal(text) => Some(text),
            Part::Value(_) => None,
        })
        .collect();
    Ok(Expr::new(ExprKind::Constant(Constant::Str(text)), span))
}

/// CPython 3.11 gives every literal and field of a concatenated f-string the span of
/// the whole concatenation. A format spec keeps the span of the literal it is written
/// in; its parts share that span when it is plain text, and the whole span when it
/// holds a field of its own.
fn spread_span(values: &mut [Expr], whole: Span) {
    for value in values {
        value.span = whole;
        if let ExprKind::FormattedValue { format_spec: Some(spec), .. } = &mut value.kind {
            let spec_span = spec.span;
            if let ExprKind::JoinedStr(parts) = &mut spec.kind {
                let nested =
                    parts.iter().any(|p| matches!(p.kind, ExprKind::FormattedValue { .. }));
                spread_span(parts, if nested { whole } else { spec_span });
            }
        }
    }
}

/// Merges neighbouring literal parts and drops empty ones, as CPython's JoinedStr does.
pub fn join_parts(parts: Vec<Part>, span: Span) -> Vec<Expr> {
    let mut values = Vec::new();
    let mut pending = String::new();
    for part in parts {
        match part {
            Part::Literal(text) => pending.push_str(&text),
            Part::Value(expr) => {
                if !pending.is_empty() {
                    values.push(Expr::new(
                        ExprKind::Constant(Constant::Str(std::mem::take(&mut pending))),
                        span,
                    ));
                }
                values.push(expr);
            }
        }
    }
    if !pending.is_empty() {
        values.push(Expr::new(ExprKind::Constant(Constant::Str(pending)), span));
    }
    values
}
