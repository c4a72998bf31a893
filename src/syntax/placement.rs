//! The checks CPython's compiler makes on a parsed module before any scope analysis:
//! `return` and `yield` belong in a function, `break` and `continue` in a loop, a bare
//! `except:` comes last, `break`, `continue` and `return` do not leave an `except*`
//! block, and `*a` is no value on its own.

use super::ast::{Expr, ExprKind, Module, Stmt, StmtKind};
use super::error::SyntaxError;

/// Where a statement stands: inside a function, and inside a loop of that function;
/// and whether an `except*` block lies between it and the loop (`break`, `continue`)
/// or the function (`return`) it would leave.
#[derive(Clone, Copy, Default)]
struct Place {
    in_function: bool,
    in_loop: bool,
    star_handler_before_loop: bool,
    star_handler_before_function: bool,
}

const LEAVES_STAR_HANDLER: &str =
    "'break', 'continue' and 'return' cannot appear in an except* block";

pub fn check_placement(module: &Module) -> Result<(), SyntaxError> {
    check_body(&module.body, Place::default())
}

fn check_body(body: &[Stmt], place: Place) -> Result<(), SyntaxError> {
    body.iter().try_for_each(|stmt| check_stmt(stmt, place))
}

fn check_stmt(stmt: &Stmt, place: Place) -> Result<(), SyntaxError> {
    // CPython's compiler looks for the enclosing loop through the frame blocks, and an
    // `except*` block stops it before a missing loop is noticed; `return` is checked
    // against the function first.
    let misplaced = match &stmt.kind {
        StmtKind::Return(_) if !place.in_function => Some("'return' outside function"),
        StmtKind::Return(_) if place.star_handler_before_function => Some(LEAVES_STAR_HANDLER),
        StmtKind::Break | StmtKind::Continue if place.star_handler_before_loop => {
            Some(LEAVES_STAR_HANDLER)
        }
        StmtKind::Break if !place.in_loop => Some("'break' outside loop"),
        StmtKind::Continue if !place.in_loop => Some("'continue' not properly in loop"),
        _ => None,
    };
    if let Some(message) = misplaced {
        return Err(SyntaxError::syntax(message, misplaced_span(stmt, message)));
    }
    match &stmt.kind {
        // A function body is a new frame: no loop of the caller's encloses it.
        StmtKind::FunctionDef(def) => {
            def.decorator_list.iter().try_for_each(|d| check_expr(d, place))?;
            check_body(&def.body, Place { in_function: true, ..Place::default() })
        }
        // A class body runs once, at definition: it is neither a function nor a loop.
        StmtKind::ClassDef(class) => check_body(&class.body, Place::default()),
        StmtKind::For { iter: test, body, orelse, .. } | StmtKind::While { test, body, orelse } => {
            check_expr(test, place)?;
            let in_body = Place { in_loop: true, star_handler_before_loop: false, ..place };
            check_body(body, in_body)?;
            check_body(orelse, place)
        }
        _ => check_parts(stmt, place),
    }
}

/// CPython reports a `return` of a constant leaving an `except*` block at the
/// constant (the only value its compiler places before unwinding the blocks).
fn misplaced_span(stmt: &Stmt, message: &str) -> crate::syntax::Span {
    match &stmt.kind {
        StmtKind::Return(Some(value))
            if message == LEAVES_STAR_HANDLER && matches!(value.kind, ExprKind::Constant(_)) =>
        {
            value.span
        }
        _ => stmt.span,
    }
}

/// The expressions and nested bodies of the remaining statements.
fn check_parts(stmt: &Stmt, place: Place) -> Result<(), SyntaxError> {
    match &stmt.kind {
        StmtKind::If { test, body, orelse } => {
            check_expr(test, place)?;
            check_body(body, place)?;
            check_body(orelse, place)
        }
        StmtKind::With { items, body, .. } => {
            items.iter().try_for_each(|item| check_expr(&item.context_expr, place))?;
            check_body(body, place)
        }
        StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
            // A bare `except:` catches everything, so no handler may follow it.
            let early_bare = handlers.iter().rev().skip(1).find(|h| h.type_.is_none());
            if let Some(bare) = early_bare {
                return Err(SyntaxError::syntax("default 'except:' must be last", bare.span));
            }
            check_body(body, place)?;
            let in_handler = if *is_star {
                Place { star_handler_before_loop: true, star_handler_before_function: true, ..place }
            } else {
                place
            };
            handlers.iter().try_for_each(|h| check_body(&h.body, in_handler))?;
            check_body(orelse, place)?;
            check_body(finalbody, place)
        }
        StmtKind::Match { subject, cases } => {
            check_expr(subject, place)?;
            for case in cases {
                crate::syntax::pattern_parts::pattern_parts(&case.pattern).iter().try_for_each(
                    |part| match part {
                        crate::syntax::pattern_parts::PatternPart::Expr(value) => {
                            check_pattern_value(value)
                        }
                        crate::syntax::pattern_parts::PatternPart::Capture(_) => Ok(()),
                    },
                )?;
                case.guard.iter().try_for_each(|guard| check_expr(guard, place))?;
                check_body(&case.body, place)?;
            }
            Ok(())
        }
        StmtKind::Expr(value)
        | StmtKind::Assign { value, .. }
        | StmtKind::AugAssign { value, .. }
        | StmtKind::AnnAssign { value: Some(value), .. }
        | StmtKind::Return(Some(value)) => check_value(value, place),
        _ => Ok(()),
    }
}

/// CPython's compiler accepts only literals and dotted names as a pattern's values:
/// an f-string parses as a string but is not a constant.
fn check_pattern_value(value: &Expr) -> Result<(), SyntaxError> {
    if matches!(value.kind, ExprKind::JoinedStr(_)) {
        let message = "patterns may only match literals and attribute lookups";
        return Err(SyntaxError::syntax(message, value.span));
    }
    Ok(())
}

/// A statement's value: `*a` alone is not a value (it only unpacks into a display, a
/// call or a tuple).
fn check_value(value: &Expr, place: Place) -> Result<(), SyntaxError> {
    if matches!(value.kind, ExprKind::Starred { .. }) {
        return Err(SyntaxError::syntax("can't use starred expression here", value.span));
    }
    check_expr(value, place)
}

/// `yield` outside a function. A lambda is a function, so a yield in one is allowed.
fn check_expr(expr: &Expr, place: Place) -> Result<(), SyntaxError> {
    if place.in_function {
        return Ok(());
    }
    match &expr.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
            Err(SyntaxError::syntax("'yield' outside function", expr.span))
        }
        ExprKind::Lambda { .. } => Ok(()),
        _ => children(expr).into_iter().try_for_each(|child| check_expr(child, place)),
    }
}

/// The direct subexpressions of `expr` (a lambda's body is in a scope of its own).
pub(super) fn children(expr: &Expr) -> Vec<&Expr> {
    match &expr.kind {
        ExprKind::BoolOp { values, .. } => values.iter().collect(),
        ExprKind::NamedExpr { target, value } => vec![target, value],
        ExprKind::BinOp { left, right, .. } => vec![left, right],
        ExprKind::UnaryOp { operand, .. } => vec![operand],
        ExprKind::YieldFrom(value) | ExprKind::Await(value) => vec![value],
        ExprKind::Yield(value) => value.iter().map(|value| value.as_ref()).collect(),
        ExprKind::IfExp { test, body, orelse } => vec![test, body, orelse],
        ExprKind::Dict { keys, values } => keys.iter().flatten().chain(values).collect(),
        ExprKind::Set(elts) | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().collect()
        }
        ExprKind::Compare { left, comparators, .. } => {
            std::iter::once(left.as_ref()).chain(comparators).collect()
        }
        ExprKind::Call { func, args, keywords } => std::iter::once(func.as_ref())
            .chain(args)
            .chain(keywords.iter().map(|k| &k.value))
            .collect(),
        ExprKind::FormattedValue { value, format_spec, .. } => {
            std::iter::once(value.as_ref()).chain(format_spec.as_deref()).collect()
        }
        ExprKind::JoinedStr(values) => values.iter().collect(),
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => vec![value],
        ExprKind::Subscript { value, slice, .. } => vec![value, slice],
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step].into_iter().flatten().map(|b| b.as_ref()).collect()
        }
        // A comprehension's first iterable is evaluated where the comprehension stands.
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. }
        | ExprKind::DictComp { generators, .. } => {
            generators.first().map(|g| &g.iter).into_iter().collect()
        }
        _ => Vec::new(),
    }
}
