//! Statements and their parts (arguments, aliases, handlers) as `ast.dump` writes them.

use super::{ident, list, node, operator, some, Dumper};
use crate::syntax::ast::*;

impl Dumper<'_> {
    pub(super) fn stmts(&self, body: &[Stmt]) -> String {
        list(body, |x| self.stmt(x))
    }

    pub(super) fn stmt(&self, s: &Stmt) -> String {
        let text = match &s.kind {
            StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => self.definition(s),
            StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With { .. }
            | StmtKind::Try { .. } => self.control_flow(s),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            _ => self.simple_stmt(s),
        };
        self.located(text, s.span)
    }

    pub(super) fn definition(&self, s: &Stmt) -> String {
        match &s.kind {
            StmtKind::FunctionDef(f) => node(
                if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" },
                &[
                    ("name", some(ident(&f.name))),
                    ("args", some(self.arguments(&f.args))),
                    ("body", some(self.stmts(&f.body))),
                    ("decorator_list", some(self.exprs(&f.decorator_list))),
                    ("returns", self.opt(&f.returns)),
                ],
            ),
            StmtKind::ClassDef(c) => node(
                "ClassDef",
                &[
                    ("name", some(ident(&c.name))),
                    ("bases", some(self.exprs(&c.bases))),
                    ("keywords", some(list(&c.keywords, |x| self.keyword(x)))),
                    ("body", some(self.stmts(&c.body))),
                    ("decorator_list", some(self.exprs(&c.decorator_list))),
                ],
            ),
            _ => self.simple_stmt(s),
        }
    }

    pub(super) fn control_flow(&self, s: &Stmt) -> String {
        match &s.kind {
            StmtKind::For { target, iter, body, orelse, is_async } => node(
                if *is_async { "AsyncFor" } else { "For" },
                &[
                    ("target", some(self.expr(target))),
                    ("iter", some(self.expr(iter))),
                    ("body", some(self.stmts(body))),
                    ("orelse", some(self.stmts(orelse))),
                ],
            ),
            StmtKind::While { test, body, orelse } => node(
                "While",
                &[
                    ("test", some(self.expr(test))),
                    ("body", some(self.stmts(body))),
                    ("orelse", some(self.stmts(orelse))),
                ],
            ),
            StmtKind::If { test, body, orelse } => node(
                "If",
                &[
                    ("test", some(self.expr(test))),
                    ("body", some(self.stmts(body))),
                    ("orelse", some(self.stmts(orelse))),
                ],
            ),
            StmtKind::With { items, body, is_async } => node(
                if *is_async { "AsyncWith" } else { "With" },
                &[
                    ("items", some(list(items, |x| self.with_item(x)))),
                    ("body", some(self.stmts(body))),
                ],
            ),
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => node(
                if *is_star { "TryStar" } else { "Try" },
                &[
                    ("body", some(self.stmts(body))),
                    ("handlers", some(list(handlers, |x| self.handler(x)))),
                    ("orelse", some(self.stmts(orelse))),
                    ("finalbody", some(self.stmts(finalbody))),
                ],
            ),
            _ => self.simple_stmt(s),
        }
    }

    pub(super) fn simple_stmt(&self, s: &Stmt) -> String {
        match &s.kind {
            StmtKind::Return(value) => node("Return", &[("value", self.opt(value))]),
            StmtKind::Delete(targets) => node("Delete", &[("targets", some(self.exprs(targets)))]),
            StmtKind::Assign { targets, value } => node(
                "Assign",
                &[("targets", some(self.exprs(targets))), ("value", some(self.expr(value)))],
            ),
            StmtKind::AugAssign { target, op, value } => node(
                "AugAssign",
                &[
                    ("target", some(self.expr(target))),
                    ("op", some(operator(*op))),
                    ("value", some(self.expr(value))),
                ],
            ),
            StmtKind::AnnAssign { target, annotation, value, simple } => node(
                "AnnAssign",
                &[
                    ("target", some(self.expr(target))),
                    ("annotation", some(self.expr(annotation))),
                    ("value", self.opt(value)),
                    ("simple", some(u8::from(*simple).to_string())),
                ],
            ),
            StmtKind::Raise { exc, cause } => {
                node("Raise", &[("exc", self.opt(exc)), ("cause", self.opt(cause))])
            }
            StmtKind::Assert { test, msg } => {
                node("Assert", &[("test", some(self.expr(test))), ("msg", self.opt(msg))])
            }
            StmtKind::Import(names) => {
                node("Import", &[("names", some(list(names, |x| self.alias(x))))])
            }
            StmtKind::ImportFrom { module, names, level } => node(
                "ImportFrom",
                &[
                    ("module", module.as_ref().map(ident)),
                    ("names", some(list(names, |x| self.alias(x)))),
                    ("level", some(level.to_string())),
                ],
            ),
            StmtKind::Global(names) => node("Global", &[("names", some(list(names, ident)))]),
            StmtKind::Nonlocal(names) => node("Nonlocal", &[("names", some(list(names, ident)))]),
            StmtKind::Expr(value) => node("Expr", &[("value", some(self.expr(value)))]),
            StmtKind::Pass => "Pass()".to_string(),
            StmtKind::Break => "Break()".to_string(),
            StmtKind::Continue => "Continue()".to_string(),
            _ => String::new(),
        }
    }

    pub(super) fn arguments(&self, a: &Arguments) -> String {
        node(
            "arguments",
            &[
                ("posonlyargs", some(list(&a.posonlyargs, |x| self.arg(x)))),
                ("args", some(list(&a.args, |x| self.arg(x)))),
                ("vararg", a.vararg.as_ref().map(|x| self.arg(x))),
                ("kwonlyargs", some(list(&a.kwonlyargs, |x| self.arg(x)))),
                (
                    "kw_defaults",
                    some(list(&a.kw_defaults, |d| self.opt(d).unwrap_or_else(|| "None".into()))),
                ),
                ("kwarg", a.kwarg.as_ref().map(|x| self.arg(x))),
                ("defaults", some(self.exprs(&a.defaults))),
            ],
        )
    }

    pub(super) fn arg(&self, a: &Arg) -> String {
        let text =
            node("arg", &[("arg", some(ident(&a.arg))), ("annotation", self.opt(&a.annotation))]);
        self.located(text, a.span)
    }

    pub(super) fn keyword(&self, k: &Keyword) -> String {
        let fields = [("arg", k.arg.as_ref().map(ident)), ("value", some(self.expr(&k.value)))];
        self.located(node("keyword", &fields), k.span)
    }

    pub(super) fn alias(&self, a: &Alias) -> String {
        let fields = [("name", some(ident(&a.name))), ("asname", a.asname.as_ref().map(ident))];
        self.located(node("alias", &fields), a.span)
    }

    pub(super) fn with_item(&self, w: &WithItem) -> String {
        node(
            "withitem",
            &[
                ("context_expr", some(self.expr(&w.context_expr))),
                ("optional_vars", self.opt(&w.optional_vars)),
            ],
        )
    }

    pub(super) fn handler(&self, h: &ExceptHandler) -> String {
        let fields = [
            ("type", self.opt(&h.type_)),
            ("name", h.name.as_ref().map(ident)),
            ("body", some(self.stmts(&h.body))),
        ];
        self.located(node("ExceptHandler", &fields), h.span)
    }
}
