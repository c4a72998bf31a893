//! Primaries and atoms: names, literals, displays, comprehensions, and the trailers
//! (`.name`, `(args)`, `[slices]`) that follow them.

use super::super::ast::{Comprehension, Constant, Expr, ExprContext, ExprKind};
use super::super::token::TokenKind;
use super::expressions::{expression, named_expression, star_named_expression, yield_expr};
use super::terminals::{kw, name, op};
use super::{check_depth, fail, mismatch, nested_by, probe, PResult, Tokens, BRACKET_COST};
use nom::combinator::cut;
use nom::Parser;

/// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' |
///          primary '[' slices ']' | atom
#[inline(never)]
pub fn primary(input: Tokens<'_>) -> PResult<'_, Expr> {
    let (rest, value) = atom(input)?;
    trailers(input, rest, value)
}

/// The `.name`, `(args)` and `[slices]` after an atom. Out of line, so that the
/// frame a nested bracket passes through on its way to [`atom`] stays small.
#[inline(never)]
fn trailers<'a>(input: Tokens<'a>, mut rest: Tokens<'a>, mut value: Expr) -> PResult<'a, Expr> {
    let mut chain = 0;
    loop {
        chain += 1;
        check_depth(rest, chain)?;
        let Some(token) = rest.first() else {
            return Ok((rest, value));
        };
        if token.kind != TokenKind::Operator {
            return Ok((rest, value));
        }
        let (next, kind) = match token.text {
            "." => {
                let (next, attr) = cut(name).parse(rest.advance(1))?;
                (next, ExprKind::Attribute { value: Box::new(value), attr, ctx: ExprContext::Load })
            }
            "(" => {
                let (next, (args, keywords)) =
                    nested_by(rest, BRACKET_COST, super::calls::call_arguments)?;
                (next, ExprKind::Call { func: Box::new(value), args, keywords })
            }
            "[" => {
                let (next, slice) = nested_by(rest.advance(1), BRACKET_COST, slices)?;
                if !next.is_operator("]") {
                    return missing_comma(next, Some(&slice));
                }
                let (next, _) = op("]")(next)?;
                (
                    next,
                    ExprKind::Subscript {
                        value: Box::new(value),
                        slice: Box::new(slice),
                        ctx: ExprContext::Load,
                    },
                )
            }
            _ => return Ok((rest, value)),
        };
        value = Expr::new(kind, input.span_to(next));
        rest = next;
    }
}

/// slices: slice !',' | ','.(slice | starred_expression)+ [',']
#[inline(never)]
fn slices(input: Tokens<'_>) -> PResult<'_, Expr> {
    let (mut rest, first) = slice(input)?;
    if !rest.is_operator(",") {
        // `a[*b]` (Python 3.11): a starred item alone still makes a tuple.
        if matches!(first.kind, ExprKind::Starred { .. }) {
            let span = first.span;
            return Ok((
                rest,
                Expr::new(ExprKind::Tuple { elts: vec![first], ctx: ExprContext::Load }, span),
            ));
        }
        return Ok((rest, first));
    }
    let mut elts = vec![first];
    while rest.is_operator(",") && !rest.advance(1).is_operator("]") {
        let (next, elt) = slice(rest.advance(1))?;
        elts.push(elt);
        rest = next;
    }
    if rest.is_operator(",") {
        rest = rest.advance(1);
    }
    Ok((rest, Expr::new(ExprKind::Tuple { elts, ctx: ExprContext::Load }, input.span_to(rest))))
}

/// slice: [expression] ':' [expression] [':' [expression]] | named_expression
fn slice(input: Tokens<'_>) -> PResult<'_, Expr> {
    if input.is_operator("*") {
        return super::expressions::star_expression(input);
    }
    let (rest, lower) = if input.is_operator(":") {
        (input, None)
    } else {
        let (rest, lower) = named_expression(input)?;
        if !rest.is_operator(":") {
            return Ok((rest, lower));
        }
        (rest, Some(Box::new(lower)))
    };
    let (rest, upper) = optional_expression(rest.advance(1))?;
    let (rest, step) =
        if rest.is_operator(":") { optional_expression(rest.advance(1))? } else { (rest, None) };
    Ok((rest, Expr::new(ExprKind::Slice { lower, upper, step }, input.span_to(rest))))
}

fn optional_expression(input: Tokens<'_>) -> PResult<'_, Option<Box<Expr>>> {
    match expression(input) {
        Ok((rest, value)) => Ok((rest, Some(Box::new(value)))),
        Err(nom::Err::Error(_)) => Ok((input, None)),
        Err(failure) => Err(failure),
    }
}

/// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp |
///       list | listcomp | dict | set | dictcomp | setcomp | '...'
pub fn atom(input: Tokens<'_>) -> PResult<'_, Expr> {
    let Some(token) = input.first() else {
        return mismatch(input);
    };
    let constant = |value| Ok((input.advance(1), Expr::new(ExprKind::Constant(value), token.span)));
    match (token.kind, token.text) {
        (TokenKind::Name, id) => {
            let kind = ExprKind::Name { id: crate::syntax::identifiers::identifier_text(id), ctx: ExprContext::Load };
            Ok((input.advance(1), Expr::new(kind, token.span)))
        }
        (TokenKind::Keyword, "True") => constant(Constant::Bool(true)),
        (TokenKind::Keyword, "False") => constant(Constant::Bool(false)),
        (TokenKind::Keyword, "None") => constant(Constant::None),
        (TokenKind::Operator, "...") => constant(Constant::Ellipsis),
        (TokenKind::Number, text) => match super::strings::number(text, token.span) {
            Ok(value) => constant(value),
            Err(error) => fail(input, error.message, error.span),
        },
        (TokenKind::String, _) => super::strings::strings(input),
        (TokenKind::Operator, "(") => nested_by(input, BRACKET_COST, parenthesized),
        (TokenKind::Operator, "[") => nested_by(input, BRACKET_COST, list_display),
        (TokenKind::Operator, "{") => nested_by(input, BRACKET_COST, super::braces::braces),
        _ => mismatch(input),
    }
}

/// group: '(' (yield_expr | named_expression) ')'; tuple: '(' [star_named_expressions] ')';
/// genexp: '(' named_expression for_if_clauses ')'
#[inline(never)]
fn parenthesized(input: Tokens<'_>) -> PResult<'_, Expr> {
    let inner = input.advance(1);
    if inner.is_operator(")") {
        let rest = inner.advance(1);
        return Ok((
            rest,
            Expr::new(
                ExprKind::Tuple { elts: vec![], ctx: ExprContext::Load },
                input.span_to(rest),
            ),
        ));
    }
    if inner.is_keyword("yield") {
        let (rest, value) = yield_expr(inner)?;
        let (rest, _) = op(")")(rest)?;
        return Ok((rest, value));
    }
    let (rest, first) = star_named_expression(inner)?;
    if rest.is_operator(")") {
        return Ok((rest.advance(1), first));
    }
    tuple_or_generator(input, rest, first)
}

/// What follows the first item in parentheses: `for` makes a generator expression,
/// `,` a tuple. Out of line, so that the frame each nested bracket passes through
/// stays small.
#[inline(never)]
fn tuple_or_generator<'a>(input: Tokens<'a>, rest: Tokens<'a>, first: Expr) -> PResult<'a, Expr> {
    if rest.starts_for_clause() {
        unpacking_in_comprehension(rest, &first)?;
        let (rest, generators) = for_if_clauses(rest)?;
        let (rest, _) = op(")")(rest)?;
        let kind = ExprKind::GeneratorExp { elt: Box::new(first), generators };
        return Ok((rest, Expr::new(kind, input.span_to(rest))));
    }
    let (rest, elts) = display_items(rest, vec![first], ")")?;
    Ok((rest, Expr::new(ExprKind::Tuple { elts, ctx: ExprContext::Load }, input.span_to(rest))))
}

/// list: '[' [star_named_expressions] ']'; listcomp: '[' named_expression for_if_clauses ']'
#[inline(never)]
fn list_display(input: Tokens<'_>) -> PResult<'_, Expr> {
    let inner = input.advance(1);
    if inner.is_operator("]") {
        let rest = inner.advance(1);
        return Ok((
            rest,
            Expr::new(ExprKind::List { elts: vec![], ctx: ExprContext::Load }, input.span_to(rest)),
        ));
    }
    let (rest, first) = star_named_expression(inner)?;
    list_or_comprehension(input, rest, first)
}

/// What follows a list's first item: `for` makes a comprehension. Out of line, as
/// [`tuple_or_generator`] is.
#[inline(never)]
fn list_or_comprehension<'a>(
    input: Tokens<'a>,
    rest: Tokens<'a>,
    first: Expr,
) -> PResult<'a, Expr> {
    if rest.starts_for_clause() {
        unpacking_in_comprehension(rest, &first)?;
        let (rest, generators) = for_if_clauses(rest)?;
        let (rest, _) = op("]")(rest)?;
        let kind = ExprKind::ListComp { elt: Box::new(first), generators };
        return Ok((rest, Expr::new(kind, input.span_to(rest))));
    }
    let (rest, elts) = display_items(rest, vec![first], "]")?;
    Ok((rest, Expr::new(ExprKind::List { elts, ctx: ExprContext::Load }, input.span_to(rest))))
}

/// The rest of `star_named_expressions` after the first item, through the closer.
/// Two expressions with nothing between them inside brackets are most likely a
/// missing comma, which CPython says.
pub fn display_items<'a>(
    mut rest: Tokens<'a>,
    mut elts: Vec<Expr>,
    closer: &'static str,
) -> PResult<'a, Vec<Expr>> {
    loop {
        if rest.is_operator(closer) {
            return Ok((rest.advance(1), elts));
        }
        if !rest.is_operator(",") {
            return missing_comma(rest, elts.last());
        }
        rest = rest.advance(1);
        if rest.is_operator(closer) {
            continue;
        }
        let (next, elt) = star_named_expression(rest)?;
        elts.push(elt);
        rest = next;
    }
}

/// invalid_expression: disjunction expression_without_invalid inside brackets.
#[inline(never)]
pub fn missing_comma<'a, T>(rest: Tokens<'a>, previous: Option<&Expr>) -> PResult<'a, T> {
    let starts_word =
        matches!(rest.kind(), TokenKind::Name | TokenKind::Number | TokenKind::String)
            || rest.is_operator("(")
            || rest.is_operator("[")
            || rest.is_operator("{");
    let Some(previous) = previous else {
        return mismatch(rest);
    };
    // CPython leaves out `NAME STRING` (a misspelt prefix) and soft keywords.
    if let ExprKind::Name { id, .. } = &previous.kind {
        if rest.kind() == TokenKind::String || matches!(id.as_str(), "match" | "case" | "_") {
            return mismatch(rest);
        }
    }
    let previous_is_plain =
        !matches!(previous.kind, ExprKind::Starred { .. } | ExprKind::NamedExpr { .. });
    if starts_word && previous_is_plain {
        // CPython tries a whole expression, then a disjunction without the
        // conditional part (`a b if c` still lacks a comma before `b`).
        let next = probe(rest, expression).or_else(|| probe(rest, super::expressions::disjunction));
        if let Some((after, next)) = next {
            after.mark_fetched();
            let span = previous.span.cover(next.span);
            return fail(rest, "invalid syntax. Perhaps you forgot a comma?", span);
        }
    }
    mismatch(rest)
}

/// invalid_comprehension: ('[' | '(' | '{') starred_expression for_if_clauses
pub fn unpacking_in_comprehension(
    rest: Tokens<'_>,
    element: &Expr,
) -> Result<(), nom::Err<super::ParseFailure>> {
    if !matches!(element.kind, ExprKind::Starred { .. }) {
        return Ok(());
    }
    let message = "iterable unpacking cannot be used in comprehension";
    fail(rest, message, element.span).map(|_: (Tokens<'_>, ())| ())
}

/// for_if_clauses: (ASYNC? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
pub fn for_if_clauses(input: Tokens<'_>) -> PResult<'_, Vec<Comprehension>> {
    let mut rest = input;
    let mut generators = Vec::new();
    while rest.starts_for_clause() {
        let is_async = rest.is_keyword("async");
        let keyword_at = rest.advance(usize::from(is_async));
        let (next, target) = super::targets::star_targets(keyword_at.advance(1))?;
        if !next.is_keyword("in") {
            let last = match &target.kind {
                ExprKind::Tuple { elts, .. } => elts.last(),
                _ => Some(&target),
            };
            return missing_comma(next, last);
        }
        let (next, _) = kw("in")(next)?;
        let (mut next, iter) = cut(super::expressions::disjunction).parse(next)?;
        let mut ifs = Vec::new();
        while next.is_keyword("if") {
            let (after, condition) = super::expressions::disjunction(next.advance(1))?;
            ifs.push(condition);
            next = after;
        }
        generators.push(Comprehension { target, iter, ifs, is_async });
        rest = next;
    }
    Ok((rest, generators))
}
