//! The checks CPython's compiler makes on a parsed module before any scope analysis:
//! `return` and `yield` belong in a function, `break` and `continue` in a loop.

use super::ast::{Expr, ExprKind, Module, Stmt, StmtKind};
use super::error::SyntaxError;

/// Where a statement stands: inside a function, and inside a loop of that function.
#[derive(Clone, Copy)]
struct Place {
    in_function: bool,
    in_loop: bool,
}

pub fn check_placement(module: &Module) -> Result<(), SyntaxError> {
    check_body(&module.body, Place { in_function: false, in_loop: false })
}

fn check_body(body: &[Stmt], place: Place) -> Result<(), SyntaxError> {
    body.iter().try_for_each(|stmt| check_stmt(stmt, place))
}

fn check_stmt(stmt: &Stmt, place: Place) -> Result<(), SyntaxError> {
    let loop_body = Place { in_loop: true, ..place };
    match &stmt.kind {
        StmtKind::Return(value) => {
            if !place.in_function {
                return Err(SyntaxError::syntax("'return' outside function", stmt.span));
            }
            value.iter().try_for_each(|v| check_expr(v, place))
        }
        StmtKind::Break if !place.in_loop => Err(SyntaxError::syntax("'break' outside loop", stmt.span)),
        StmtKind::Continue if !place.in_loop => Err(SyntaxError::syntax("'continue' not properly in loop", stmt.span)),
        // A function body is a new frame: no loop of the caller's encloses it.
        StmtKind::FunctionDef(def) => {
            def.decorator_list.iter().try_for_each(|d| check_expr(d, place))?;
            check_body(&def.body, Place { in_function: true, in_loop: false })
        }
        // A class body runs once, at definition: it is not a function.
        StmtKind::ClassDef(class) => check_body(&class.body, Place { in_function: false, in_loop: false }),
        StmtKind::For { iter, body, orelse, .. } => {
            check_expr(iter, place)?;
            check_body(body, loop_body)?;
            check_body(orelse, place)
        }
        StmtKind::While { test, body, orelse } => {
            check_expr(test, place)?;
            check_body(body, loop_body)?;
            check_body(orelse, place)
        }
        StmtKind::If { test, body, orelse } => {
            check_expr(test, place)?;
            check_body(body, place)?;
            check_body(orelse, place)
        }
        StmtKind::With { items, body } => {
            items.iter().try_for_each(|item| check_expr(&item.context_expr, place))?;
            check_body(body, place)
        }
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            check_body(body, place)?;
            handlers.iter().try_for_each(|h| check_body(&h.body, place))?;
            check_body(orelse, place)?;
            check_body(finalbody, place)
        }
        StmtKind::Expr(value) | StmtKind::Assign { value, .. } | StmtKind::AugAssign { value, .. } => check_expr(value, place),
        StmtKind::AnnAssign { value: Some(value), .. } => check_expr(value, place),
        _ => Ok(()),
    }
}

/// `yield` outside a function; lambdas are functions, so a yield in one is allowed.
fn check_expr(expr: &Expr, place: Place) -> Result<(), SyntaxError> {
    if place.in_function {
        return Ok(());
    }
    match &expr.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Err(SyntaxError::syntax("'yield' outside function", expr.span)),
        ExprKind::Lambda { .. } => Ok(()),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => elts.iter().try_for_each(|e| check_expr(e, place)),
        ExprKind::Call { func, args, .. } => {
            check_expr(func, place)?;
            args.iter().try_for_each(|e| check_expr(e, place))
        }
        ExprKind::BinOp { left, right, .. } => {
            check_expr(left, place)?;
            check_expr(right, place)
        }
        _ => Ok(()),
    }
}
