//! Parameter lists of `def` and `lambda`, laid out as CPython's `ast.arguments`.

use super::super::ast::{Arg, Arguments, Expr, ExprKind};
use super::super::span::Span;
use super::expressions::expression;
use super::terminals::{name, op};
use super::{fail, mismatch, PResult, Tokens};

/// Whether parameters may carry annotations (`def`) or not (`lambda`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ParameterStyle {
    Def,
    Lambda,
}

/// Where in the parameter list the parser is: before `*`, after it, after `**`.
#[derive(Default)]
struct Layout {
    arguments: Arguments,
    after_star: bool,
    after_double_star: bool,
    saw_default: bool,
    /// The first rule about order that the list breaks. CPython reports it only when
    /// the list is otherwise well formed, so it waits for the closer.
    order_error: Option<(&'static str, Span)>,
}

impl Layout {
    fn complain(&mut self, message: &'static str, span: Span) {
        self.order_error.get_or_insert((message, span));
    }
}

/// lambdef: 'lambda' [lambda_params] ':' expression
pub fn lambdef(input: Tokens<'_>) -> PResult<'_, Expr> {
    let (rest, args) = parameters(input.advance(1), ":", ParameterStyle::Lambda)?;
    let (rest, _) = op(":")(rest)?;
    let (rest, body) = expression(rest)?;
    let kind = ExprKind::Lambda { args: Box::new(args), body: Box::new(body) };
    Ok((rest, Expr::new(kind, input.span_to(rest))))
}

/// params: the comma-separated parameters up to (not including) `closer`.
pub fn parameters<'a>(
    input: Tokens<'a>,
    closer: &'static str,
    style: ParameterStyle,
) -> PResult<'a, Arguments> {
    let mut layout = Layout::default();
    let mut rest = input;
    while !rest.is_operator(closer) {
        rest = parameter_item(rest, &mut layout, style, closer)?;
        if rest.is_operator(",") {
            rest = rest.advance(1);
        } else if !rest.is_operator(closer) {
            return mismatch(rest);
        }
    }
    if layout.after_star
        && layout.arguments.vararg.is_none()
        && layout.arguments.kwonlyargs.is_empty()
    {
        layout.complain("named arguments must follow bare *", rest.span());
    }
    if let Some((message, span)) = layout.order_error {
        return fail(rest, message, span);
    }
    Ok((rest, layout.arguments))
}

/// One item of a parameter list: `/`, `*`, `*name`, `**name`, or `name[: ann][= default]`.
fn parameter_item<'a>(
    input: Tokens<'a>,
    layout: &mut Layout,
    style: ParameterStyle,
    closer: &'static str,
) -> Result<Tokens<'a>, nom::Err<super::ParseFailure>> {
    if layout.after_double_star {
        layout.complain("arguments cannot follow var-keyword argument", input.span());
    }
    if input.is_operator("(") {
        return parenthesized_parameters(input, style);
    }
    if input.is_operator("/") {
        return positional_only_marker(input, layout);
    }
    if input.is_operator("**") {
        let (rest, arg) = param(input.advance(1), style)?;
        layout.arguments.kwarg = Some(arg);
        layout.after_double_star = true;
        return Ok(rest);
    }
    if input.is_operator("*") {
        return star_marker(input, layout, style, closer);
    }
    let (rest, arg) = param(input, style)?;
    let (rest, default) = default_value(rest, closer)?;
    if layout.after_star {
        layout.arguments.kwonlyargs.push(arg);
        layout.arguments.kw_defaults.push(default);
        return Ok(rest);
    }
    match default {
        Some(value) => {
            layout.saw_default = true;
            layout.arguments.defaults.push(value);
        }
        None if layout.saw_default => {
            layout.complain("non-default argument follows default argument", arg.span);
        }
        None => {}
    }
    layout.arguments.args.push(arg);
    Ok(rest)
}

/// invalid_parameters: '(' param_no_default+ ','? ')' — Python 2's tuple parameters.
fn parenthesized_parameters<'a>(
    input: Tokens<'a>,
    style: ParameterStyle,
) -> Result<Tokens<'a>, nom::Err<super::ParseFailure>> {
    // What this looks at beyond the parenthesis does not move the "invalid syntax" mark.
    let furthest = input.state.furthest.get();
    let mut rest = input.advance(1);
    while let Ok((after, _)) = param(rest, style) {
        rest = if after.is_operator(",") { after.advance(1) } else { after };
        if rest.is_operator(")") {
            let message = match style {
                ParameterStyle::Def => "Function parameters cannot be parenthesized",
                ParameterStyle::Lambda => "Lambda expression parameters cannot be parenthesized",
            };
            let span = input.span_to(rest.advance(1));
            return fail(rest, message, span).map(|(r, ())| r);
        }
    }
    input.state.furthest.set(furthest);
    mismatch(input).map(|(r, ())| r)
}

/// A `/` makes every parameter before it positional-only.
fn positional_only_marker<'a>(
    input: Tokens<'a>,
    layout: &mut Layout,
) -> Result<Tokens<'a>, nom::Err<super::ParseFailure>> {
    if layout.arguments.args.is_empty()
        || layout.after_star
        || !layout.arguments.posonlyargs.is_empty()
    {
        let message = if layout.after_star {
            "/ must be ahead of *"
        } else if layout.arguments.posonlyargs.is_empty() {
            "at least one argument must precede /"
        } else {
            "/ may appear only once"
        };
        layout.complain(message, input.span());
        return Ok(input.advance(1));
    }
    layout.arguments.posonlyargs = std::mem::take(&mut layout.arguments.args);
    Ok(input.advance(1))
}

/// `*name` collects extra positionals; a bare `*` only starts the keyword-only part.
fn star_marker<'a>(
    input: Tokens<'a>,
    layout: &mut Layout,
    style: ParameterStyle,
    closer: &'static str,
) -> Result<Tokens<'a>, nom::Err<super::ParseFailure>> {
    if layout.after_star {
        layout.complain("* argument may appear only once", input.span());
    }
    layout.after_star = true;
    let after = input.advance(1);
    if after.is_operator(",") || after.is_operator(closer) {
        if after.is_operator(closer) || after.advance(1).is_operator("**") {
            layout.complain("named arguments must follow bare *", input.span());
        }
        return Ok(after);
    }
    let (rest, arg) = param(after, style)?;
    layout.arguments.vararg = Some(arg);
    Ok(rest)
}

/// param: NAME [':' expression]
fn param(input: Tokens<'_>, style: ParameterStyle) -> PResult<'_, Arg> {
    let (rest, arg) = name(input)?;
    if style == ParameterStyle::Def && rest.is_operator(":") {
        let (rest, annotation) = expression(rest.advance(1))?;
        let span = input.span_to(rest);
        return Ok((rest, Arg { arg, annotation: Some(annotation), span }));
    }
    let span = arg.span;
    Ok((rest, Arg { arg, annotation: None, span }))
}

/// default: '=' expression
fn default_value<'a>(input: Tokens<'a>, closer: &str) -> PResult<'a, Option<Expr>> {
    if !input.is_operator("=") {
        return Ok((input, None));
    }
    let after = input.advance(1);
    if after.is_operator(",") || after.is_operator(closer) {
        return fail(after, "expected default value expression", input.span());
    }
    let (rest, value) = expression(input.advance(1))?;
    Ok((rest, Some(value)))
}
