//! Expressions and comprehensions as `ast.dump` writes them.

use super::{context, ident, list, node, operator, some, Dumper};
use crate::syntax::ast::*;
use crate::syntax::repr::{constant_repr, str_repr};

impl Dumper<'_> {
    pub(super) fn exprs(&self, items: &[Expr]) -> String {
        list(items, |x| self.expr(x))
    }

    pub(super) fn opt(&self, e: &Option<Expr>) -> Option<String> {
        e.as_ref().map(|x| self.expr(x))
    }

    pub(super) fn comprehension(&self, c: &Comprehension) -> String {
        node(
            "comprehension",
            &[
                ("target", some(self.expr(&c.target))),
                ("iter", some(self.expr(&c.iter))),
                ("ifs", some(self.exprs(&c.ifs))),
                ("is_async", some(u8::from(c.is_async).to_string())),
            ],
        )
    }

    pub(super) fn boxed(&self, e: &Option<Box<Expr>>) -> Option<String> {
        e.as_deref().map(|x| self.expr(x))
    }

    pub(super) fn expr(&self, e: &Expr) -> String {
        let text = match &e.kind {
            ExprKind::BoolOp { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::BinOp { .. }
            | ExprKind::UnaryOp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::Await(_) => self.operation(e),
            ExprKind::Dict { .. }
            | ExprKind::Set(_)
            | ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::List { .. }
            | ExprKind::Tuple { .. } => self.display(e),
            _ => self.primary(e),
        };
        self.located(text, e.span)
    }

    /// Operators, conditionals, lambdas and yields.
    pub(super) fn operation(&self, e: &Expr) -> String {
        match &e.kind {
            ExprKind::BoolOp { op, values } => node(
                "BoolOp",
                &[("op", some(format!("{op:?}()"))), ("values", some(self.exprs(values)))],
            ),
            ExprKind::NamedExpr { target, value } => node(
                "NamedExpr",
                &[("target", some(self.expr(target))), ("value", some(self.expr(value)))],
            ),
            ExprKind::BinOp { left, op, right } => node(
                "BinOp",
                &[
                    ("left", some(self.expr(left))),
                    ("op", some(operator(*op))),
                    ("right", some(self.expr(right))),
                ],
            ),
            ExprKind::UnaryOp { op, operand } => node(
                "UnaryOp",
                &[("op", some(format!("{op:?}()"))), ("operand", some(self.expr(operand)))],
            ),
            ExprKind::Lambda { args, body } => node(
                "Lambda",
                &[("args", some(self.arguments(args))), ("body", some(self.expr(body)))],
            ),
            ExprKind::IfExp { test, body, orelse } => node(
                "IfExp",
                &[
                    ("test", some(self.expr(test))),
                    ("body", some(self.expr(body))),
                    ("orelse", some(self.expr(orelse))),
                ],
            ),
            ExprKind::Yield(value) => node("Yield", &[("value", self.boxed(value))]),
            ExprKind::YieldFrom(value) => node("YieldFrom", &[("value", some(self.expr(value)))]),
            ExprKind::Await(value) => node("Await", &[("value", some(self.expr(value)))]),
            ExprKind::Compare { left, ops, comparators } => node(
                "Compare",
                &[
                    ("left", some(self.expr(left))),
                    ("ops", some(list(ops, |o| format!("{o:?}()")))),
                    ("comparators", some(self.exprs(comparators))),
                ],
            ),
            _ => self.primary(e),
        }
    }

    /// Lists, tuples, dicts, sets and comprehensions.
    pub(super) fn display(&self, e: &Expr) -> String {
        match &e.kind {
            ExprKind::Dict { keys, values } => node(
                "Dict",
                &[
                    ("keys", some(list(keys, |k| self.opt(k).unwrap_or_else(|| "None".into())))),
                    ("values", some(self.exprs(values))),
                ],
            ),
            ExprKind::Set(elts) => node("Set", &[("elts", some(self.exprs(elts)))]),
            ExprKind::ListComp { elt, generators } => {
                self.comprehension_node("ListComp", elt, generators)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension_node("SetComp", elt, generators)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension_node("GeneratorExp", elt, generators)
            }
            ExprKind::DictComp { key, value, generators } => node(
                "DictComp",
                &[
                    ("key", some(self.expr(key))),
                    ("value", some(self.expr(value))),
                    ("generators", some(list(generators, |x| self.comprehension(x)))),
                ],
            ),
            ExprKind::List { elts, ctx } => {
                node("List", &[("elts", some(self.exprs(elts))), ("ctx", some(context(*ctx)))])
            }
            ExprKind::Tuple { elts, ctx } => {
                node("Tuple", &[("elts", some(self.exprs(elts))), ("ctx", some(context(*ctx)))])
            }
            _ => self.primary(e),
        }
    }

    /// Names, constants, attributes, subscripts, calls, slices and f-string parts.
    pub(super) fn primary(&self, e: &Expr) -> String {
        match &e.kind {
            ExprKind::Call { func, args, keywords } => node(
                "Call",
                &[
                    ("func", some(self.expr(func))),
                    ("args", some(self.exprs(args))),
                    ("keywords", some(list(keywords, |x| self.keyword(x)))),
                ],
            ),
            ExprKind::FormattedValue { value, conversion, format_spec } => node(
                "FormattedValue",
                &[
                    ("value", some(self.expr(value))),
                    ("conversion", some(conversion.map_or(-1, |c| c as i32).to_string())),
                    ("format_spec", self.boxed(format_spec)),
                ],
            ),
            ExprKind::JoinedStr(values) => {
                node("JoinedStr", &[("values", some(self.exprs(values)))])
            }
            ExprKind::Constant(value) => node("Constant", &[("value", some(constant_repr(value)))]),
            ExprKind::Attribute { value, attr, ctx } => node(
                "Attribute",
                &[
                    ("value", some(self.expr(value))),
                    ("attr", some(ident(attr))),
                    ("ctx", some(context(*ctx))),
                ],
            ),
            ExprKind::Subscript { value, slice, ctx } => node(
                "Subscript",
                &[
                    ("value", some(self.expr(value))),
                    ("slice", some(self.expr(slice))),
                    ("ctx", some(context(*ctx))),
                ],
            ),
            ExprKind::Starred { value, ctx } => {
                node("Starred", &[("value", some(self.expr(value))), ("ctx", some(context(*ctx)))])
            }
            ExprKind::Name { id, ctx } => {
                node("Name", &[("id", some(str_repr(id))), ("ctx", some(context(*ctx)))])
            }
            ExprKind::Slice { lower, upper, step } => node(
                "Slice",
                &[
                    ("lower", self.boxed(lower)),
                    ("upper", self.boxed(upper)),
                    ("step", self.boxed(step)),
                ],
            ),
            _ => String::new(),
        }
    }

    pub(super) fn comprehension_node(
        &self,
        name: &str,
        elt: &Expr,
        generators: &[Comprehension],
    ) -> String {
        node(
            name,
            &[
                ("elt", some(self.expr(elt))),
                ("generators", some(list(generators, |x| self.comprehension(x)))),
            ],
        )
    }
}
