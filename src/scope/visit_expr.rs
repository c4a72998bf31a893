//! Expressions in the first pass, CPython's `symtable_visit_expr`: name uses and
//! bindings, lambdas, comprehensions (each a function scope of its own in 3.11) and
//! the walrus, which binds in the nearest enclosing function or module.

use super::builder::{Builder, Visit};
use super::flags::SymbolFlags;
use super::operands::{operands, DictOrder};
use super::table::ScopeKind;
use crate::syntax::ast::{Arguments, Comprehension, Expr, ExprContext, ExprKind};
use crate::syntax::{Span, SyntaxError};

impl Builder {
    pub fn visit_expr(&mut self, expr: &Expr) -> Visit {
        self.descend(expr.span)?;
        let visited = self.visit_expr_kind(expr);
        self.depth -= 1;
        visited
    }

    fn visit_expr_kind(&mut self, expr: &Expr) -> Visit {
        match &expr.kind {
            ExprKind::NamedExpr { target, value } => {
                self.visit_named_expr(target, value, expr.span)
            }
            ExprKind::Lambda { args, body } => self.visit_lambda(args, body, expr.span),
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(expr, "<listcomp>", generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(expr, "<setcomp>", generators, elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(expr, "<genexpr>", generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(expr, "<dictcomp>", generators, key, Some(value)),
            ExprKind::Name { id, ctx } => self.visit_name(id, *ctx, expr.span),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                self.visit_operands(expr)?;
                self.mark_generator(expr.span)
            }
            ExprKind::Await(_) => {
                self.current.scope.is_coroutine = true;
                self.visit_operands(expr)
            }
            _ => self.visit_operands(expr),
        }
    }

    fn visit_operands(&mut self, expr: &Expr) -> Visit {
        for operand in operands(expr, DictOrder::KeysThenValues) {
            self.visit_expr(operand)?;
        }
        Ok(())
    }

    /// A read of `super` in a function counts as a read of `__class__`, which gives the
    /// enclosing class its implicit `__class__` cell.
    fn visit_name(&mut self, id: &str, ctx: ExprContext, span: Span) -> Visit {
        let flag = if ctx == ExprContext::Load {
            SymbolFlags::REFERENCED
        } else {
            SymbolFlags::ASSIGNED
        };
        self.add_def(id, flag, span)?;
        if ctx == ExprContext::Load && self.current.scope.kind.is_function_like() && id == "super" {
            self.add_def("__class__", SymbolFlags::REFERENCED, span)?;
        }
        Ok(())
    }

    /// Defaults belong to the enclosing scope; parameters and body to the lambda's.
    fn visit_lambda(&mut self, args: &Arguments, body: &Expr, span: Span) -> Visit {
        self.visit_defaults(args)?;
        self.enter_block(ScopeKind::Lambda, "<lambda>", span);
        self.visit_parameters(args)?;
        self.visit_expr(body)?;
        self.exit_block();
        Ok(())
    }

    /// `yield` makes the scope a generator; it is not allowed in a comprehension.
    fn mark_generator(&mut self, span: Span) -> Visit {
        let scope = &mut self.current.scope;
        scope.is_generator = true;
        if scope.kind != ScopeKind::Comprehension {
            return Ok(());
        }
        let place = match scope.name.as_str() {
            "<listcomp>" => "list comprehension",
            "<setcomp>" => "set comprehension",
            "<dictcomp>" => "dict comprehension",
            _ => "generator expression",
        };
        Err(SyntaxError::syntax(format!("'yield' inside {place}"), span))
    }

    /// The first iterable is evaluated in the enclosing scope and handed to the
    /// comprehension's function as its one argument, `.0`; everything else runs inside.
    fn visit_comprehension(
        &mut self,
        expr: &Expr,
        name: &str,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Visit {
        let Some((outermost, rest)) = generators.split_first() else {
            return Ok(());
        };
        self.visit_iterable(&outermost.iter)?;
        self.enter_block(ScopeKind::Comprehension, name, expr.span);
        self.current
            .add_def(".0", SymbolFlags::PARAMETER, expr.span)?;
        self.current.scope.argcount = 1;
        self.visit_iteration_target(&outermost.target)?;
        self.visit_exprs(&outermost.ifs)?;
        for generator in rest {
            self.visit_iteration_target(&generator.target)?;
            self.visit_iterable(&generator.iter)?;
            self.visit_exprs(&generator.ifs)?;
        }
        self.visit_optional(value)?;
        self.visit_expr(elt)?;
        self.current.scope.is_generator = name == "<genexpr>";
        let scope = &mut self.current.scope;
        scope.is_coroutine |= generators.iter().any(|generator| generator.is_async);
        let awaits = scope.is_coroutine && name != "<genexpr>";
        self.exit_block();
        // Running a comprehension that is a coroutine awaits it, which makes an
        // enclosing comprehension a coroutine too.
        if awaits && self.current.scope.kind == ScopeKind::Comprehension {
            self.current.scope.is_coroutine = true;
        }
        Ok(())
    }

    fn visit_iterable(&mut self, iter: &Expr) -> Visit {
        self.current.comp_iter_expr += 1;
        let visited = self.visit_expr(iter);
        self.current.comp_iter_expr -= 1;
        visited
    }

    fn visit_iteration_target(&mut self, target: &Expr) -> Visit {
        self.current.comp_iter_target = true;
        let visited = self.visit_expr(target);
        self.current.comp_iter_target = false;
        visited
    }
}
