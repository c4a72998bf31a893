//! The checks CPython's compiler makes on `async` and `await`: `await`, `async for` and
//! `async with` belong in an `async def`; a list, set or dict comprehension that awaits
//! needs one around it too (a generator expression becomes an async generator instead);
//! an `async def` can neither `yield from` nor, once it yields, return a value.

use super::ast::{Comprehension, Expr, ExprKind, Module, Stmt, StmtKind};
use super::error::SyntaxError;
use super::placement::children;

/// The kind of code a statement or expression runs in, as far as `await` cares.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    /// Module or class body: not a function at all.
    Outside,
    /// A `def` or a lambda.
    Function,
    /// An `async def`; `yields` when its body has a `yield` (an async generator).
    Async { yields: bool },
    /// Inside a comprehension, whose own rule already decided about its awaits.
    Comprehension,
}

type Checked = Result<(), SyntaxError>;

pub fn check_async_placement(module: &Module) -> Checked {
    check_body(&module.body, Context::Outside)
}

fn check_body(body: &[Stmt], context: Context) -> Checked {
    body.iter().try_for_each(|stmt| check_stmt(stmt, context))
}

fn check_stmt(stmt: &Stmt, context: Context) -> Checked {
    let misplaced = match &stmt.kind {
        StmtKind::For { is_async: true, .. } if !is_async(context) => {
            Some("'async for' outside async function")
        }
        StmtKind::With { is_async: true, .. } if !is_async(context) => {
            Some("'async with' outside async function")
        }
        StmtKind::Return(Some(_)) if context == (Context::Async { yields: true }) => {
            Some("'return' with value in async generator")
        }
        _ => None,
    };
    if let Some(message) = misplaced {
        return Err(SyntaxError::syntax(message, stmt.span));
    }
    statement_exprs(stmt)
        .into_iter()
        .try_for_each(|expr| check_expr(expr, context))?;
    let inner = match &stmt.kind {
        StmtKind::FunctionDef(def) if def.is_async => Context::Async {
            yields: body_yields(&def.body),
        },
        StmtKind::FunctionDef(_) => Context::Function,
        StmtKind::ClassDef(_) => Context::Outside,
        _ => context,
    };
    stmt.kind
        .nested_blocks()
        .into_iter()
        .try_for_each(|body| check_body(body, inner))
}

fn is_async(context: Context) -> bool {
    matches!(context, Context::Async { .. })
}

fn check_expr(expr: &Expr, context: Context) -> Checked {
    match &expr.kind {
        ExprKind::Await(_) if context == Context::Outside => {
            return Err(SyntaxError::syntax("'await' outside function", expr.span));
        }
        ExprKind::Await(_) if context == Context::Function => {
            return Err(SyntaxError::syntax(
                "'await' outside async function",
                expr.span,
            ));
        }
        ExprKind::YieldFrom(_) if is_async(context) => {
            return Err(SyntaxError::syntax(
                "'yield from' inside async function",
                expr.span,
            ));
        }
        ExprKind::Lambda { args, body } => {
            let defaults = args
                .defaults
                .iter()
                .chain(args.kw_defaults.iter().flatten());
            defaults
                .into_iter()
                .try_for_each(|default| check_expr(default, context))?;
            return check_expr(body, Context::Function);
        }
        _ => {}
    }
    if let Some((generators, parts, is_genexp)) = comprehension_parts(expr) {
        return check_comprehension(expr, generators, &parts, is_genexp, context);
    }
    children(expr)
        .into_iter()
        .try_for_each(|child| check_expr(child, context))
}

/// A comprehension's first iterable belongs to the enclosing code; the rest runs in
/// the comprehension's own function, which awaits only if it is itself a coroutine.
fn check_comprehension(
    expr: &Expr,
    generators: &[Comprehension],
    parts: &[&Expr],
    is_genexp: bool,
    context: Context,
) -> Checked {
    let Some((first, _)) = generators.split_first() else {
        return Ok(());
    };
    check_expr(&first.iter, context)?;
    let awaited_outside = !is_genexp && !is_async(context) && context != Context::Comprehension;
    if awaited_outside && comprehension_awaits(generators, parts) {
        let message = "asynchronous comprehension outside of an asynchronous function";
        return Err(SyntaxError::syntax(message, expr.span));
    }
    own_parts(generators, parts)
        .into_iter()
        .try_for_each(|part| check_expr(part, Context::Comprehension))
}

/// The generators, the element parts, and whether it is a generator expression.
fn comprehension_parts(expr: &Expr) -> Option<(&[Comprehension], Vec<&Expr>, bool)> {
    match &expr.kind {
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
            Some((generators, vec![elt], false))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => Some((generators, vec![key, value], false)),
        ExprKind::GeneratorExp { elt, generators } => Some((generators, vec![elt], true)),
        _ => None,
    }
}

/// What runs inside the comprehension's function: every clause but the first iterable.
fn own_parts<'a>(generators: &'a [Comprehension], parts: &[&'a Expr]) -> Vec<&'a Expr> {
    let mut own: Vec<&Expr> = Vec::new();
    for (index, generator) in generators.iter().enumerate() {
        own.push(&generator.target);
        if index > 0 {
            own.push(&generator.iter);
        }
        own.extend(&generator.ifs);
    }
    own.extend(parts.iter().copied());
    own
}

/// CPython's `ste_coroutine` of a comprehension: an `async for` clause, an `await` in
/// its own code, or a nested list, set or dict comprehension that is a coroutine.
fn comprehension_awaits(generators: &[Comprehension], parts: &[&Expr]) -> bool {
    generators.iter().any(|generator| generator.is_async)
        || own_parts(generators, parts).into_iter().any(awaits_here)
}

fn awaits_here(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Await(_) => true,
        ExprKind::Lambda { .. } => false,
        _ => match comprehension_parts(expr) {
            Some((generators, parts, is_genexp)) => {
                generators
                    .first()
                    .is_some_and(|first| awaits_here(&first.iter))
                    || (!is_genexp && comprehension_awaits(generators, &parts))
            }
            None => children(expr).into_iter().any(awaits_here),
        },
    }
}

/// Whether a function body yields (not counting nested functions and classes).
fn body_yields(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| {
        statement_exprs(stmt).into_iter().any(yields_here)
            || (!matches!(stmt.kind, StmtKind::FunctionDef(_) | StmtKind::ClassDef(_))
                && stmt.kind.nested_blocks().into_iter().any(body_yields))
    })
}

fn yields_here(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => true,
        ExprKind::Lambda { .. } => false,
        _ => match comprehension_parts(expr) {
            Some((generators, _, _)) => generators.first().is_some_and(|g| yields_here(&g.iter)),
            None => children(expr).into_iter().any(yields_here),
        },
    }
}

/// The expressions a statement evaluates where it stands (a definition's decorators,
/// defaults and annotations; not its body).
fn statement_exprs(stmt: &Stmt) -> Vec<&Expr> {
    match &stmt.kind {
        StmtKind::FunctionDef(def) => {
            let args = &def.args;
            let parameters = args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .chain(&args.vararg);
            let parameters = parameters.chain(&args.kwonlyargs).chain(&args.kwarg);
            def.decorator_list
                .iter()
                .chain(&args.defaults)
                .chain(args.kw_defaults.iter().flatten())
                .chain(parameters.filter_map(|arg| arg.annotation.as_ref()))
                .chain(&def.returns)
                .collect()
        }
        StmtKind::ClassDef(class) => class
            .decorator_list
            .iter()
            .chain(&class.bases)
            .chain(class.keywords.iter().map(|keyword| &keyword.value))
            .collect(),
        _ => simple_exprs(stmt),
    }
}

/// The expressions of the other statements, a compound statement's header among them.
fn simple_exprs(stmt: &Stmt) -> Vec<&Expr> {
    match &stmt.kind {
        StmtKind::Return(value) => value.iter().collect(),
        StmtKind::Delete(targets) => targets.iter().collect(),
        StmtKind::Assign { targets, value } => targets.iter().chain([value]).collect(),
        StmtKind::AugAssign { target, value, .. } => vec![target, value],
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => [target, annotation].into_iter().chain(value).collect(),
        StmtKind::For { target, iter, .. } => vec![target, iter],
        StmtKind::While { test, .. } | StmtKind::If { test, .. } => vec![test],
        StmtKind::With { items, .. } => items
            .iter()
            .flat_map(|item| std::iter::once(&item.context_expr).chain(&item.optional_vars))
            .collect(),
        StmtKind::Raise { exc, cause } => exc.iter().chain(cause).collect(),
        StmtKind::Try { handlers, .. } => handlers
            .iter()
            .filter_map(|handler| handler.type_.as_ref())
            .collect(),
        StmtKind::Match { subject, cases } => std::iter::once(subject)
            .chain(cases.iter().filter_map(|c| c.guard.as_ref()))
            .collect(),
        StmtKind::Assert { test, msg } => std::iter::once(test).chain(msg).collect(),
        StmtKind::Expr(value) => vec![value],
        _ => Vec::new(),
    }
}
