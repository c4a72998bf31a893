//! Class patterns: `Point(x, y=0)` matches instances by `__match_args__` and attributes.

use super::super::ast::{Expr, Identifier, Pattern, PatternKind};
use super::super::token::TokenKind;
use super::patterns::{pattern, patterns_span};
use super::terminals::{name, op};
use super::{fail, PResult, Tokens};

/// What one argument of a class pattern is.
enum ClassArgument {
    Positional(Pattern),
    Keyword(Identifier, Pattern),
}

/// class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns ','?] ')'
/// `start` is where `cls` began and `open` the `(` after it.
pub fn class_pattern<'a>(start: Tokens<'a>, open: Tokens<'a>, cls: Expr) -> PResult<'a, Pattern> {
    let mut rest = open.advance(1);
    let mut arguments = Vec::new();
    while !rest.is_operator(")") {
        let (next, argument) = class_argument(rest)?;
        arguments.push(argument);
        rest = next;
        if !rest.is_operator(",") {
            break;
        }
        rest = rest.advance(1);
    }
    let (rest, (patterns, kwd_attrs, kwd_patterns)) = split_arguments(rest, arguments)?;
    let (rest, _) = op(")")(rest)?;
    let kind = PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns };
    Ok((rest, Pattern::new(kind, start.span_to(rest))))
}

/// keyword_pattern: NAME '=' pattern | pattern
fn class_argument(input: Tokens<'_>) -> PResult<'_, ClassArgument> {
    let is_keyword = input.kind() == TokenKind::Name && input.advance(1).is_operator("=");
    if !is_keyword {
        let (rest, positional) = pattern(input)?;
        return Ok((rest, ClassArgument::Positional(positional)));
    }
    let (rest, attr) = name(input)?;
    let (rest, value) = pattern(rest.advance(1))?;
    Ok((rest, ClassArgument::Keyword(attr, value)))
}

type SplitArguments = (Vec<Pattern>, Vec<Identifier>, Vec<Pattern>);

/// invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ','
/// positional_patterns — CPython marks the positional patterns that came too late.
fn split_arguments(rest: Tokens<'_>, arguments: Vec<ClassArgument>) -> PResult<'_, SplitArguments> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    let mut late = Vec::new();
    for argument in arguments {
        match argument {
            ClassArgument::Positional(p) if kwd_attrs.is_empty() => patterns.push(p),
            ClassArgument::Positional(p) => late.push(p),
            ClassArgument::Keyword(_, _) if !late.is_empty() => break,
            ClassArgument::Keyword(attr, p) => {
                kwd_attrs.push(attr);
                kwd_patterns.push(p);
            }
        }
    }
    if let Some(span) = patterns_span(&late) {
        return fail(rest, "positional patterns follow keyword patterns", span);
    }
    Ok((rest, (patterns, kwd_attrs, kwd_patterns)))
}
