//! Mapping patterns: `{"key": pattern, **rest}`.

use super::super::ast::{Expr, Identifier, Pattern, PatternKind};
use super::super::token::TokenKind;
use super::patterns::{literal_expr, name_or_attr, pattern};
use super::terminals::{name, op};
use super::{mismatch, PResult, Tokens};

/// mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}' |
///                  '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
pub fn mapping_pattern(input: Tokens<'_>) -> PResult<'_, Pattern> {
    let mut rest = input.advance(1);
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut double_star = None;
    while !rest.is_operator("}") {
        if rest.is_operator("**") {
            let (next, target) = double_star_pattern(rest)?;
            double_star = Some(target);
            rest = if next.is_operator(",") { next.advance(1) } else { next };
            break;
        }
        let (next, (key, value)) = key_value_pattern(rest)?;
        keys.push(key);
        patterns.push(value);
        rest = next;
        if !rest.is_operator(",") {
            break;
        }
        rest = rest.advance(1);
    }
    let (rest, _) = op("}")(rest)?;
    let kind = PatternKind::MatchMapping { keys, patterns, rest: double_star };
    Ok((rest, Pattern::new(kind, input.span_to(rest))))
}

/// key_value_pattern: (literal_expr | attr) ':' pattern
fn key_value_pattern(input: Tokens<'_>) -> PResult<'_, (Expr, Pattern)> {
    let (rest, key) = if input.kind() == TokenKind::Name {
        let (after, first) = name(input)?;
        if !after.is_operator(".") {
            return mismatch(after);
        }
        name_or_attr(input, after, first)?
    } else {
        literal_expr(input)?
    };
    let (rest, _) = op(":")(rest)?;
    let (rest, value) = pattern(rest)?;
    Ok((rest, (key, value)))
}

/// double_star_pattern: '**' pattern_capture_target
fn double_star_pattern(input: Tokens<'_>) -> PResult<'_, Identifier> {
    let after = input.advance(1);
    let (rest, target) = name(after)?;
    let follows_capture =
        !(rest.is_operator(".") || rest.is_operator("(") || rest.is_operator("="));
    if target.name == "_" || !follows_capture {
        return mismatch(after);
    }
    Ok((rest, target))
}
