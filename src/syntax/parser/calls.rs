//! Call arguments: positional, `*iterable`, `name=value`, `**mapping`, and a generator
//! expression as the sole argument.

use super::super::ast::{Expr, ExprContext, ExprKind, Keyword};
use super::super::span::Span;
use super::atoms::{for_if_clauses, missing_comma};
use super::expressions::{expression, named_expression};
use super::terminals::op;
use super::{fail, mismatch, PResult, Tokens};

/// One argument as written, before the rules about their order are checked.
enum Argument {
    Positional(Expr),
    Starred(Expr),
    Keyword(Keyword),
    DoubleStarred(Keyword),
}

/// '(' [arguments] ')' after a callee: returns the positional and keyword arguments.
#[inline(never)]
pub fn call_arguments(input: Tokens<'_>) -> PResult<'_, (Vec<Expr>, Vec<Keyword>)> {
    let mut rest = input.advance(1);
    let mut written = Vec::new();
    while !rest.is_operator(")") {
        let (next, argument) = argument(rest)?;
        let next = sole_generator(input, next, argument, &mut written)?;
        if next.is_operator(",") {
            rest = next.advance(1);
        } else if next.is_operator(")") {
            rest = next;
        } else {
            let previous = written.last().map(|a| match a {
                Argument::Positional(e) | Argument::Starred(e) => e,
                Argument::Keyword(k) | Argument::DoubleStarred(k) => &k.value,
            });
            return missing_comma(next, previous);
        }
    }
    let (rest, close) = op(")")(rest)?;
    let (_, (args, keywords)) = order_arguments(rest, written, close.span)?;
    Ok((rest, (args, keywords)))
}

/// A generator expression without its own parentheses must be the only argument.
/// Out of line, as the rest of what follows an argument is, so that the frame a
/// nested call passes through stays small.
#[inline(never)]
fn sole_generator<'a>(
    call: Tokens<'a>,
    rest: Tokens<'a>,
    argument: Argument,
    written: &mut Vec<Argument>,
) -> Result<Tokens<'a>, nom::Err<super::ParseFailure>> {
    let Argument::Positional(elt) = argument else {
        written.push(argument);
        return Ok(rest);
    };
    if !rest.starts_for_clause() {
        written.push(Argument::Positional(elt));
        return Ok(rest);
    }
    let start = elt.span;
    let (after, generators) = for_if_clauses(rest)?;
    let span = Span::new(start.start as usize, call.span_to(after).end as usize);
    let ends_argument = after.is_operator(")") || after.is_operator(",");
    let alone = written.is_empty() && after.is_operator(")");
    if ends_argument && !alone {
        return fail(after, "Generator expression must be parenthesized", span).map(|(r, ())| r);
    }
    if !alone {
        return mismatch(after).map(|(r, ())| r);
    }
    // A generator that is the sole argument borrows the call's parentheses.
    let span = Span { start: call.span().start, end: after.span().end };
    let genexp = Expr::new(ExprKind::GeneratorExp { elt: Box::new(elt), generators }, span);
    written.push(Argument::Positional(genexp));
    Ok(after)
}

/// kwarg: NAME '=' expression | '*' expression | '**' expression | named_expression
fn argument(input: Tokens<'_>) -> PResult<'_, Argument> {
    if input.is_operator("*") || input.is_operator("**") {
        return unpacked_argument(input);
    }
    if input.kind() == super::super::token::TokenKind::Name && input.advance(1).is_operator("=") {
        return keyword_argument(input);
    }
    let (rest, value) = named_expression(input)?;
    if rest.is_operator("=") {
        return assignment_in_argument(input, rest);
    }
    Ok((rest, Argument::Positional(value)))
}

/// `*args` or `**kwargs` in a call.
#[inline(never)]
fn unpacked_argument(input: Tokens<'_>) -> PResult<'_, Argument> {
    let double = input.is_operator("**");
    let (rest, value) = expression(input.advance(1))?;
    let span = input.span_to(rest);
    if double {
        return Ok((rest, Argument::DoubleStarred(Keyword { arg: None, value, span })));
    }
    let kind = ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load };
    Ok((rest, Argument::Starred(Expr::new(kind, span))))
}

/// `name=value` in a call.
#[inline(never)]
fn keyword_argument(input: Tokens<'_>) -> PResult<'_, Argument> {
    let (rest, name) = super::terminals::name(input)?;
    let (rest, value) = expression(rest.advance(1))?;
    let span = input.span_to(rest);
    Ok((rest, Argument::Keyword(Keyword { arg: Some(name), value, span })))
}

/// `f(a.b=1)`: an `=` after an expression that is not a name.
#[inline(never)]
fn assignment_in_argument<'a>(input: Tokens<'a>, rest: Tokens<'a>) -> PResult<'a, Argument> {
    let message = "expression cannot contain assignment, perhaps you meant \"==\"?";
    fail(rest, message, input.span_to(rest.advance(1)))
}

/// Positional arguments may not follow keywords, nor `*` follow `**`; a keyword may
/// not repeat.
/// CPython reports a misplaced positional argument at the closing parenthesis, the
/// last token it read, and a misplaced `*` at the star.
#[inline(never)]
fn order_arguments<'a>(
    rest: Tokens<'a>,
    written: Vec<Argument>,
    close: Span,
) -> PResult<'a, (Vec<Expr>, Vec<Keyword>)> {
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for argument in written {
        match argument {
            Argument::Positional(_) if seen_double_star => {
                return fail(rest, "positional argument follows keyword argument unpacking", close);
            }
            Argument::Positional(_) if seen_keyword => {
                return fail(rest, "positional argument follows keyword argument", close);
            }
            Argument::Starred(expr) if seen_double_star => {
                let star = Span { start: expr.span.start, end: expr.span.start + 1 };
                return fail(
                    rest,
                    "iterable argument unpacking follows keyword argument unpacking",
                    star,
                );
            }
            Argument::Positional(expr) | Argument::Starred(expr) => args.push(expr),
            Argument::Keyword(keyword) => {
                seen_keyword = true;
                let name = keyword.arg.as_ref().map(|a| a.name.as_str());
                if keywords.iter().any(|k| k.arg.as_ref().map(|a| a.name.as_str()) == name) {
                    let message = format!("keyword argument repeated: {}", name.unwrap_or(""));
                    return fail(rest, message, keyword.span);
                }
                keywords.push(keyword);
            }
            Argument::DoubleStarred(keyword) => {
                seen_double_star = true;
                keywords.push(keyword);
            }
        }
    }
    Ok((rest, (args, keywords)))
}
