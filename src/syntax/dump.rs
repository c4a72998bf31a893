//! `ast.dump(ast.parse(src))` of Python 3.11: node names and fields in CPython's order,
//! `None` fields left out, no positions. It is the differential test against python3.

use super::ast::*;
use super::repr::{constant_repr, str_repr};
use super::span::{LineIndex, Span};

/// The text `ast.dump` prints for the module.
pub fn dump(module: &Module) -> String {
    Dumper { positions: None }.module(module)
}

/// `ast.dump(tree, include_attributes=True)`: every located node also shows its
/// `lineno`, `col_offset`, `end_lineno` and `end_col_offset`, with columns in UTF-8
/// bytes as CPython counts them.
pub fn dump_with_positions(module: &Module, source: &str) -> String {
    let index = LineIndex::new(source);
    Dumper { positions: Some(Positions { index: &index, source }) }.module(module)
}

/// What turns a span into CPython's line and byte-column attributes.
struct Positions<'a> {
    index: &'a LineIndex,
    source: &'a str,
}

struct Dumper<'a> {
    positions: Option<Positions<'a>>,
}

impl Dumper<'_> {
    fn module(&self, module: &Module) -> String {
        format!("Module(body={}, type_ignores=[])", self.stmts(&module.body))
    }

    /// Appends the position attributes to a node's text when they are wanted.
    fn located(&self, text: String, span: Span) -> String {
        let Some(positions) = &self.positions else { return text };
        let (line, column) = positions.line_and_byte_column(span.start as usize);
        let (end_line, end_column) = positions.line_and_byte_column(span.end as usize);
        let attributes = format!(
            "lineno={line}, col_offset={column}, end_lineno={end_line}, end_col_offset={end_column}"
        );
        match text.strip_suffix(')') {
            Some(open) if open.ends_with('(') => format!("{open}{attributes})"),
            Some(open) => format!("{open}, {attributes})"),
            None => text,
        }
    }

    /// `Name(field=value, ...)`, skipping fields whose value is `None`.
    fn stmts(&self, body: &[Stmt]) -> String {
        list(body, |x| self.stmt(x))
    }

    fn exprs(&self, items: &[Expr]) -> String {
        list(items, |x| self.expr(x))
    }

    fn opt(&self, e: &Option<Expr>) -> Option<String> {
        e.as_ref().map(|x| self.expr(x))
    }

    fn stmt(&self, s: &Stmt) -> String {
        let text = match &s.kind {
            StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => self.definition(s),
            StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With { .. }
            | StmtKind::Try { .. } => self.control_flow(s),
            _ => self.simple_stmt(s),
        };
        self.located(text, s.span)
    }

    fn definition(&self, s: &Stmt) -> String {
        match &s.kind {
            StmtKind::FunctionDef(f) => node(
                "FunctionDef",
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

    fn control_flow(&self, s: &Stmt) -> String {
        match &s.kind {
            StmtKind::For { target, iter, body, orelse } => node(
                "For",
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
            StmtKind::With { items, body } => node(
                "With",
                &[
                    ("items", some(list(items, |x| self.with_item(x)))),
                    ("body", some(self.stmts(body))),
                ],
            ),
            StmtKind::Try { body, handlers, orelse, finalbody } => node(
                "Try",
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

    fn simple_stmt(&self, s: &Stmt) -> String {
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

    fn arguments(&self, a: &Arguments) -> String {
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

    fn arg(&self, a: &Arg) -> String {
        let text =
            node("arg", &[("arg", some(ident(&a.arg))), ("annotation", self.opt(&a.annotation))]);
        self.located(text, a.span)
    }

    fn keyword(&self, k: &Keyword) -> String {
        let fields = [("arg", k.arg.as_ref().map(ident)), ("value", some(self.expr(&k.value)))];
        self.located(node("keyword", &fields), k.span)
    }

    fn alias(&self, a: &Alias) -> String {
        let fields = [("name", some(ident(&a.name))), ("asname", a.asname.as_ref().map(ident))];
        self.located(node("alias", &fields), a.span)
    }

    fn with_item(&self, w: &WithItem) -> String {
        node(
            "withitem",
            &[
                ("context_expr", some(self.expr(&w.context_expr))),
                ("optional_vars", self.opt(&w.optional_vars)),
            ],
        )
    }

    fn handler(&self, h: &ExceptHandler) -> String {
        let fields = [
            ("type", self.opt(&h.type_)),
            ("name", h.name.as_ref().map(ident)),
            ("body", some(self.stmts(&h.body))),
        ];
        self.located(node("ExceptHandler", &fields), h.span)
    }

    fn comprehension(&self, c: &Comprehension) -> String {
        node(
            "comprehension",
            &[
                ("target", some(self.expr(&c.target))),
                ("iter", some(self.expr(&c.iter))),
                ("ifs", some(self.exprs(&c.ifs))),
                ("is_async", some("0".into())),
            ],
        )
    }

    fn boxed(&self, e: &Option<Box<Expr>>) -> Option<String> {
        e.as_deref().map(|x| self.expr(x))
    }

    fn expr(&self, e: &Expr) -> String {
        let text = match &e.kind {
            ExprKind::BoolOp { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::BinOp { .. }
            | ExprKind::UnaryOp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_) => self.operation(e),
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
    fn operation(&self, e: &Expr) -> String {
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
    fn display(&self, e: &Expr) -> String {
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
    fn primary(&self, e: &Expr) -> String {
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

    fn comprehension_node(&self, name: &str, elt: &Expr, generators: &[Comprehension]) -> String {
        node(
            name,
            &[
                ("elt", some(self.expr(elt))),
                ("generators", some(list(generators, |x| self.comprehension(x)))),
            ],
        )
    }
}

impl Positions<'_> {
    fn line_and_byte_column(&self, offset: usize) -> (u32, usize) {
        let line = self.index.line_of(offset);
        let line_start = self.source.get(..offset).and_then(|b| b.rfind('\n')).map_or(0, |i| i + 1);
        (line, offset.saturating_sub(line_start))
    }
}

fn node(name: &str, fields: &[(&str, Option<String>)]) -> String {
    let shown: Vec<String> =
        fields.iter().filter_map(|(f, v)| v.as_ref().map(|v| format!("{f}={v}"))).collect();
    format!("{name}({})", shown.join(", "))
}

fn list<T>(items: &[T], each: impl Fn(&T) -> String) -> String {
    let shown: Vec<String> = items.iter().map(each).collect();
    format!("[{}]", shown.join(", "))
}

fn some(s: String) -> Option<String> {
    Some(s)
}

fn ident(i: &Identifier) -> String {
    str_repr(&i.name)
}

fn operator(op: Operator) -> String {
    format!("{op:?}()")
}

fn context(ctx: ExprContext) -> String {
    format!("{ctx:?}()")
}
