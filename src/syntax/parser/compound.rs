//! Compound statements: if, while, for, try, with, def, class, and decorators.

use super::super::ast::{
    ClassDef, ExceptHandler, Expr, ExprContext, FunctionDef, Stmt, StmtKind, WithItem,
};
use super::super::span::Span;
use super::super::token::TokenKind;
use super::arguments::{parameters, ParameterStyle};
use super::blocks::block;
use super::expressions::{expression, named_expression, star_expressions};
use super::targets::{into_target, star_targets};
use super::terminals::{kw, name, newline, op};
use super::{fail, mismatch, nested_by, PResult, Tokens, CHAIN_COST};

type Compound<'a> = Option<PResult<'a, Stmt>>;

/// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt |
///                while_stmt, each of def, with and for also after ASYNC — `None` when the next token starts none of them.
pub fn compound_stmt(input: Tokens<'_>) -> Compound<'_> {
    if input.is_operator("@") {
        return Some(decorated(input));
    }
    if let Some(result) = super::match_stmt::match_stmt(input) {
        return Some(result);
    }
    if input.kind() != TokenKind::Keyword {
        return None;
    }
    let rule: fn(Tokens<'_>) -> PResult<'_, Stmt> = match input.first().map_or("", |t| t.text) {
        "if" => if_stmt,
        "while" => while_stmt,
        "for" => for_stmt,
        "try" => try_stmt,
        "with" => with_stmt,
        "def" => |i| function_def(i, Vec::new(), false),
        "class" => |i| class_def(i, Vec::new()),
        "async" => |i| async_stmt(i, Vec::new()),
        _ => return None,
    };
    Some(rule(input))
}

/// The `:` after a header: CPython says "expected ':'" where the line ends without one.
fn header_colon(input: Tokens<'_>, forced: bool) -> PResult<'_, ()> {
    if input.is_operator(":") {
        return Ok((input.advance(1), ()));
    }
    if forced || input.kind() == TokenKind::Newline {
        return fail(input, "expected ':'", input.span());
    }
    mismatch(input)
}

fn body_end(start: Span, body: &[Stmt]) -> Span {
    body.last().map_or(start, |last| start.cover(last.span))
}

/// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
fn if_stmt(input: Tokens<'_>) -> PResult<'_, Stmt> {
    conditional(input, "'if' statement")
}

/// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
fn conditional<'a>(input: Tokens<'a>, what: &str) -> PResult<'a, Stmt> {
    let keyword = input.span();
    let (rest, test) = named_expression(input.advance(1))?;
    let (rest, ()) = header_colon(rest, false)?;
    let (rest, body) = block(rest, what, keyword)?;
    let (rest, orelse) = if rest.is_keyword("elif") {
        // An elif is an `if` nested in the `else` of the one before: it counts as
        // nesting, so a long chain cannot overflow the stack.
        let (rest, elif) = nested_by(rest, CHAIN_COST, |r| conditional(r, "'elif' statement"))?;
        (rest, vec![elif])
    } else {
        else_block(rest)?
    };
    let span = body_end(keyword, &body).cover(body_end(keyword, &orelse));
    Ok((rest, Stmt::new(StmtKind::If { test, body, orelse }, span)))
}

/// else_block: 'else' &&':' block — empty when there is no `else`.
fn else_block(input: Tokens<'_>) -> PResult<'_, Vec<Stmt>> {
    if !input.is_keyword("else") {
        return Ok((input, Vec::new()));
    }
    let (rest, ()) = header_colon(input.advance(1), true)?;
    block(rest, "'else' statement", input.span())
}

/// while_stmt: 'while' named_expression ':' block [else_block]
fn while_stmt(input: Tokens<'_>) -> PResult<'_, Stmt> {
    let keyword = input.span();
    let (rest, test) = named_expression(input.advance(1))?;
    let (rest, ()) = header_colon(rest, false)?;
    let (rest, body) = block(rest, "'while' statement", keyword)?;
    let (rest, orelse) = else_block(rest)?;
    let span = body_end(keyword, &body).cover(body_end(keyword, &orelse));
    Ok((rest, Stmt::new(StmtKind::While { test, body, orelse }, span)))
}

/// async_stmt: ASYNC (function_def_raw | for_stmt | with_stmt); the statement's span
/// starts at `async`.
fn async_stmt(input: Tokens<'_>, decorator_list: Vec<Expr>) -> PResult<'_, Stmt> {
    let after = input.advance(1);
    let (rest, mut stmt) = match after.first().map_or("", |t| t.text) {
        "def" => function_def(after, decorator_list, true)?,
        "for" => for_loop(after, true)?,
        "with" => with_block(after, true)?,
        _ => return mismatch(after),
    };
    stmt.span = input.span().cover(stmt.span);
    Ok((rest, stmt))
}

/// for_stmt: 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
fn for_stmt(input: Tokens<'_>) -> PResult<'_, Stmt> {
    for_loop(input, false)
}

fn for_loop(input: Tokens<'_>, is_async: bool) -> PResult<'_, Stmt> {
    let keyword = input.span();
    let (rest, target) = star_targets(input.advance(1))?;
    let (rest, _) = kw("in")(rest)?;
    let (rest, iter) = star_expressions(rest)?;
    let (rest, ()) = header_colon(rest, false)?;
    let (rest, body) = block(rest, "'for' statement", keyword)?;
    let (rest, orelse) = else_block(rest)?;
    let span = body_end(keyword, &body).cover(body_end(keyword, &orelse));
    Ok((rest, Stmt::new(StmtKind::For { target, iter, body, orelse, is_async }, span)))
}

/// try_stmt: 'try' &&':' block (except_block+ [else_block] [finally_block] | finally_block)
///         | 'try' &&':' block except_star_block+ [else_block] [finally_block]
fn try_stmt(input: Tokens<'_>) -> PResult<'_, Stmt> {
    let keyword = input.span();
    let (rest, ()) = header_colon(input.advance(1), true)?;
    let (mut rest, body) = block(rest, "'try' statement", keyword)?;
    let mut handlers = Vec::new();
    let mut is_star = None;
    while rest.is_keyword("except") {
        // PEP 654: the handlers of one `try` are all `except` or all `except*`; CPython
        // says so before looking at the handler's body.
        let starred = rest.advance(1).is_operator("*");
        let typeless = {
            let after = rest.advance(2);
            after.is_operator(":") || after.kind() == TokenKind::Newline
        };
        if *is_star.get_or_insert(starred) != starred && !(starred && typeless) {
            return fail(rest, MIXED_HANDLERS, mixed_handler_span(rest, starred));
        }
        let (next, (handler, _)) = except_block(rest)?;
        handlers.push(handler);
        rest = next;
    }
    let (rest, orelse) = if handlers.is_empty() {
        (rest, Vec::new())
    } else {
        else_block(rest)?
    };
    let (rest, finalbody) = if rest.is_keyword("finally") {
        let (after, ()) = header_colon(rest.advance(1), true)?;
        block(after, "'finally' statement", rest.span())?
    } else {
        (rest, Vec::new())
    };
    if handlers.is_empty() && finalbody.is_empty() {
        // CPython points at the token after the block, or at the end of its last line
        // when the file ends there.
        let after = rest.tokens.iter().find(|t| t.kind != TokenKind::Dedent);
        let span = match after {
            Some(token) if token.kind != TokenKind::EndMarker => token.span,
            _ => {
                let end = body.last().map_or(keyword.end, |last| last.span.end) as usize;
                Span::new(end, end)
            }
        };
        return fail(rest, "expected 'except' or 'finally' block", span);
    }
    let mut span = body_end(keyword, &body)
        .cover(body_end(keyword, &orelse))
        .cover(body_end(keyword, &finalbody));
    if let Some(last) = handlers.last() {
        span = span.cover(last.span);
    }
    let is_star = is_star.unwrap_or(false);
    Ok((
        rest,
        Stmt::new(
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            },
            span,
        ),
    ))
}

const MIXED_HANDLERS: &str = "cannot have both 'except' and 'except*' on the same 'try'";

/// CPython underlines `except*` (both tokens) when it follows `except` handlers, and
/// just `except` when it follows `except*` ones.
fn mixed_handler_span(handler: Tokens<'_>, starred: bool) -> Span {
    if starred {
        handler.span().cover(handler.advance(1).span())
    } else {
        handler.span()
    }
}

/// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
/// except_star_block: 'except' '*' expression ['as' NAME] ':' block
/// — with whether the handler is an `except*` one.
fn except_block(input: Tokens<'_>) -> PResult<'_, (ExceptHandler, bool)> {
    let keyword = input.span();
    let mut rest = input.advance(1);
    let starred = rest.is_operator("*");
    if starred {
        rest = rest.advance(1);
        if rest.is_operator(":") || rest.kind() == TokenKind::Newline {
            return fail(rest, "expected one or more exception types", rest.span());
        }
    }
    let mut type_ = None;
    let mut name_bound = None;
    if !rest.is_operator(":") && rest.kind() != TokenKind::Newline {
        let (next, caught) = expression(rest)?;
        if let Some(span) = unparenthesized_types(next, caught.span) {
            return fail(next, "multiple exception types must be parenthesized", span);
        }
        let (next, caught) = super::expressions::sequence_tail(rest, next, caught)?;
        type_ = Some(caught);
        rest = next;
        if rest.is_keyword("as") {
            let (next, bound) = name(rest.advance(1))?;
            name_bound = Some(bound);
            rest = next;
        }
    }
    let (rest, ()) = header_colon(rest, false)?;
    let what = if starred {
        "'except*' statement"
    } else {
        "'except' statement"
    };
    let (rest, body) = block(rest, what, keyword)?;
    let span = body_end(keyword, &body);
    Ok((
        rest,
        (
            ExceptHandler {
                type_,
                name: name_bound,
                body,
                span,
            },
            starred,
        ),
    ))
}

/// invalid_except_stmt: 'except' '*'? expression ',' expressions ['as' NAME] ':' — the
/// span from the first type to the name (or the last type), when the types continue
/// that way.
fn unparenthesized_types(after_first: Tokens<'_>, first: Span) -> Option<Span> {
    let mut rest = after_first;
    let mut span = first;
    while rest.is_operator(",") {
        let (next, more) = expression(rest.advance(1)).ok()?;
        span = span.cover(more.span);
        rest = next;
    }
    if span == first {
        return None;
    }
    if rest.is_keyword("as") {
        // CPython's span runs to the last token before the `:`.
        span = span.cover(rest.advance(1).span());
        rest = name(rest.advance(1)).ok()?.0;
    }
    rest.is_operator(":").then_some(span)
}

/// with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block
fn with_stmt(input: Tokens<'_>) -> PResult<'_, Stmt> {
    with_block(input, false)
}

fn with_block(input: Tokens<'_>, is_async: bool) -> PResult<'_, Stmt> {
    let keyword = input.span();
    let after = input.advance(1);
    let parenthesised =
        if after.is_operator("(") { with_items(after.advance(1), true).ok() } else { None };
    let (rest, items) = match parenthesised {
        Some((rest, items)) if rest.is_operator(")") && rest.advance(1).is_operator(":") => {
            (rest.advance(1), items)
        }
        _ => with_items(after, false)?,
    };
    let (rest, ()) = header_colon(rest, false)?;
    let (rest, body) = block(rest, "'with' statement", keyword)?;
    let span = body_end(keyword, &body);
    Ok((rest, Stmt::new(StmtKind::With { items, body, is_async }, span)))
}

/// ','.with_item+ — with a trailing comma allowed inside parentheses.
fn with_items(input: Tokens<'_>, parenthesised: bool) -> PResult<'_, Vec<WithItem>> {
    let mut items = Vec::new();
    let mut rest = input;
    loop {
        let (next, item) = with_item(rest)?;
        items.push(item);
        rest = next;
        if !rest.is_operator(",") {
            return Ok((rest, items));
        }
        rest = rest.advance(1);
        if parenthesised && rest.is_operator(")") {
            return Ok((rest, items));
        }
    }
}

/// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
fn with_item(input: Tokens<'_>) -> PResult<'_, WithItem> {
    let (rest, context_expr) = expression(input)?;
    if !rest.is_keyword("as") {
        return Ok((rest, WithItem { context_expr, optional_vars: None }));
    }
    let (rest, target) = super::atoms::primary(rest.advance(1))?;
    let (rest, target) = into_target(rest, target, ExprContext::Store)?;
    Ok((rest, WithItem { context_expr, optional_vars: Some(target) }))
}

/// decorators: ('@' named_expression NEWLINE)+, then a function or class definition.
fn decorated(input: Tokens<'_>) -> PResult<'_, Stmt> {
    let mut rest = input;
    let mut decorators: Vec<Expr> = Vec::new();
    while rest.is_operator("@") {
        let (next, decorator) = named_expression(rest.advance(1))?;
        let (next, _) = newline(next)?;
        decorators.push(decorator);
        rest = next;
    }
    if rest.is_keyword("def") {
        return function_def(rest, decorators, false);
    }
    if rest.is_keyword("async") {
        return async_stmt(rest, decorators);
    }
    if rest.is_keyword("class") {
        return class_def(rest, decorators);
    }
    mismatch(rest)
}

/// function_def_raw: 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
fn function_def(
    input: Tokens<'_>,
    decorator_list: Vec<Expr>,
    is_async: bool,
) -> PResult<'_, Stmt> {
    let keyword = input.span();
    let (rest, function_name) = name(input.advance(1))?;
    if !rest.is_operator("(") {
        return fail(rest, "expected '('", rest.span());
    }
    let (rest, args) = parameters(rest.advance(1), ")", ParameterStyle::Def)?;
    let (rest, _) = op(")")(rest)?;
    let (rest, returns) = if rest.is_operator("->") {
        let (rest, returns) = expression(rest.advance(1))?;
        (rest, Some(returns))
    } else {
        (rest, None)
    };
    let (rest, ()) = header_colon(rest, true)?;
    let (rest, body) = block(rest, "function definition", keyword)?;
    let span = body_end(keyword, &body);
    let def = FunctionDef { name: function_name, args, body, decorator_list, returns, is_async };
    Ok((rest, Stmt::new(StmtKind::FunctionDef(Box::new(def)), span)))
}

/// class_def_raw: 'class' NAME ['(' [arguments] ')'] &&':' block
fn class_def(input: Tokens<'_>, decorator_list: Vec<Expr>) -> PResult<'_, Stmt> {
    let keyword = input.span();
    let (rest, class_name) = name(input.advance(1))?;
    let (rest, (bases, keywords)) = if rest.is_operator("(") {
        super::calls::call_arguments(rest)?
    } else {
        (rest, (Vec::new(), Vec::new()))
    };
    let (rest, ()) = header_colon(rest, false)?;
    let (rest, body) = block(rest, "class definition", keyword)?;
    let span = body_end(keyword, &body);
    let class = ClassDef { name: class_name, bases, keywords, body, decorator_list };
    Ok((rest, Stmt::new(StmtKind::ClassDef(Box::new(class)), span)))
}
