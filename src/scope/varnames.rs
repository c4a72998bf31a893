//! `co_varnames`: a function's parameters, then its other fast locals in the order
//! CPython's compiler first emits an instruction for them. That order follows code
//! generation (an assignment's value before its target, a `for`'s iterable before its
//! target), not the order in which the symtable met the names.

use super::mangle::mangle;
use super::operands::{operands, DictOrder};
use super::table::{ScopeId, ScopeKind, SymbolScope, SymbolTable};
use crate::syntax::ast::{
    Arguments, ClassDef, Comprehension, ExceptHandler, Expr, ExprKind, FunctionDef, MatchCase, Module, Stmt,
    StmtKind,
};
use crate::syntax::pattern_parts::{pattern_parts, PatternPart};
use crate::syntax::Span;

/// Appends each function-like scope's non-parameter locals to its `varnames`.
pub(super) fn number_locals(table: &mut SymbolTable, module: &Module) {
    let mut numbering = Numbering {
        table,
        scope: ScopeId(0),
        private: None,
        lazy_annotations: super::builder::has_lazy_annotations(module),
    };
    numbering.stmts(&module.body);
}

struct Numbering<'a> {
    table: &'a mut SymbolTable,
    scope: ScopeId,
    private: Option<String>,
    /// Under `from __future__ import annotations` no annotation is evaluated.
    lazy_annotations: bool,
}

impl Numbering<'_> {
    /// Records a use of `name` in the current scope if it is one of its fast locals.
    fn name(&mut self, name: &str) {
        let name = mangle(self.private.as_deref(), name);
        let Some(scope) = self.table.scopes.get_mut(self.scope.index()) else {
            return;
        };
        let is_fast_local = scope.kind.is_function_like()
            && scope
                .lookup(&name)
                .is_some_and(|symbol| symbol.scope == SymbolScope::Local);
        if is_fast_local && !scope.varnames.contains(&name) {
            scope.varnames.push(name);
        }
    }

    /// The compiler evaluates a pattern's values, then stores its captures, then
    /// tests the guard and runs the body.
    fn match_case(&mut self, case: &MatchCase) {
        let parts = pattern_parts(&case.pattern);
        for part in &parts {
            if let PatternPart::Expr(expr) = part {
                self.expr(expr);
            }
        }
        for part in &parts {
            if let PatternPart::Capture(name) = part {
                self.name(&name.name);
            }
        }
        self.optional(case.guard.as_ref());
        self.stmts(&case.body);
    }

    /// Runs `visit` inside the scope created by the node at `span`.
    fn inside(&mut self, span: Span, kind: ScopeKind, visit: impl FnOnce(&mut Self)) {
        let Some(inner) = self.table.scope_of(span, kind) else {
            return;
        };
        let outer = std::mem::replace(&mut self.scope, inner);
        visit(self);
        self.scope = outer;
    }

    fn in_function(&self) -> bool {
        self.table
            .scope(self.scope)
            .is_some_and(|scope| scope.kind.is_function_like())
    }

    fn stmts(&mut self, body: &[Stmt]) {
        body.iter().for_each(|stmt| self.stmt(stmt));
    }

    fn exprs(&mut self, exprs: &[Expr]) {
        exprs.iter().for_each(|expr| self.expr(expr));
    }

    fn optional(&mut self, expr: Option<&Expr>) {
        if let Some(expr) = expr {
            self.expr(expr);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => self.function_def(def, stmt.span),
            StmtKind::ClassDef(class) => self.class_def(class, stmt.span),
            StmtKind::Return(value) => self.optional(value.as_ref()),
            StmtKind::Delete(targets) => self.exprs(targets),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                self.exprs(targets);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => self.ann_assign(target, annotation, value.as_ref()),
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    let written = &alias.asname.as_ref().unwrap_or(&alias.name).name;
                    self.name(written.split('.').next().unwrap_or_default());
                }
            }
            StmtKind::Expr(value) => self.expr(value),
            _ => self.compound_stmt(stmt),
        }
    }

    /// The compiler evaluates a `for`'s iterable before binding its target, and compiles
    /// a `try`'s `else` before its handlers.
    fn compound_stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter);
                self.expr(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr);
                    self.optional(item.optional_vars.as_ref());
                }
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.match_case(case);
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.optional(exc.as_ref());
                self.optional(cause.as_ref());
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body);
                self.stmts(orelse);
                self.handlers(handlers);
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.optional(msg.as_ref());
            }
            _ => {}
        }
    }

    /// Decorators, defaults and annotations run first; the name is bound last.
    fn function_def(&mut self, def: &FunctionDef, span: Span) {
        self.exprs(&def.decorator_list);
        self.defaults(&def.args);
        self.annotations(&def.args, def.returns.as_ref());
        self.inside(span, ScopeKind::Function, |inner| inner.stmts(&def.body));
        self.name(&def.name.name);
    }

    /// The body is compiled before the bases and keywords are evaluated.
    fn class_def(&mut self, class: &ClassDef, span: Span) {
        self.exprs(&class.decorator_list);
        let outer_private = self.private.replace(class.name.name.clone());
        self.inside(span, ScopeKind::Class, |inner| inner.stmts(&class.body));
        self.private = outer_private;
        self.exprs(&class.bases);
        class
            .keywords
            .iter()
            .for_each(|keyword| self.expr(&keyword.value));
        self.name(&class.name.name);
    }

    /// A handler binds its name before its body runs.
    fn handlers(&mut self, handlers: &[ExceptHandler]) {
        for handler in handlers {
            self.optional(handler.type_.as_ref());
            if let Some(name) = &handler.name {
                self.name(&name.name);
            }
            self.stmts(&handler.body);
        }
    }

    fn defaults(&mut self, args: &Arguments) {
        self.exprs(&args.defaults);
        args.kw_defaults
            .iter()
            .for_each(|default| self.optional(default.as_ref()));
    }

    /// CPython 3.11 evaluates parameter annotations when the `def` runs.
    fn annotations(&mut self, args: &Arguments, returns: Option<&Expr>) {
        if self.lazy_annotations {
            return;
        }
        let named = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg);
        for arg in named.chain(&args.kwonlyargs).chain(&args.kwarg) {
            self.optional(arg.annotation.as_ref());
        }
        self.optional(returns);
    }

    /// Inside a function an annotation is never evaluated, and `x: int` alone emits no
    /// instruction for `x`.
    fn ann_assign(&mut self, target: &Expr, annotation: &Expr, value: Option<&Expr>) {
        if let Some(value) = value {
            self.expr(value);
            self.expr(target);
        } else if !matches!(target.kind, ExprKind::Name { .. }) {
            self.target_parts(target);
        }
        if !self.in_function() && !self.lazy_annotations {
            self.expr(annotation);
        }
    }

    /// The object and index of an annotated attribute or subscript target.
    fn target_parts(&mut self, target: &Expr) {
        match &target.kind {
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            _ => {}
        }
    }

    fn expr(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Name { id, .. } => self.name(id),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.expr(target);
            }
            ExprKind::Lambda { args, body } => {
                self.defaults(args);
                self.inside(expr.span, ScopeKind::Lambda, |inner| inner.expr(body));
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(expr, generators, &[elt])
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(expr, generators, &[key, value]),
            _ => {
                for operand in operands(expr, DictOrder::Pairs) {
                    self.expr(operand);
                }
            }
        }
    }

    /// The first iterable runs outside; the loops, conditions and element inside.
    fn comprehension(&mut self, expr: &Expr, generators: &[Comprehension], elements: &[&Expr]) {
        let Some((outermost, rest)) = generators.split_first() else {
            return;
        };
        self.expr(&outermost.iter);
        self.inside(expr.span, ScopeKind::Comprehension, |inner| {
            inner.expr(&outermost.target);
            inner.exprs(&outermost.ifs);
            for generator in rest {
                inner.expr(&generator.iter);
                inner.expr(&generator.target);
                inner.exprs(&generator.ifs);
            }
            elements.iter().for_each(|element| inner.expr(element));
        });
    }
}
