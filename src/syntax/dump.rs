//! `ast.dump(ast.parse(src))` of Python 3.11: node names and fields in CPython's order,
//! `None` fields left out, no positions. It is the differential test against python3.

use super::ast::*;
use super::repr::{constant_repr, str_repr};

/// The text `ast.dump` prints for the module.
pub fn dump(module: &Module) -> String {
    format!("Module(body={}, type_ignores=[])", stmts(&module.body))
}

/// `Name(field=value, ...)`, skipping fields whose value is `None`.
fn node(name: &str, fields: &[(&str, Option<String>)]) -> String {
    let shown: Vec<String> =
        fields.iter().filter_map(|(f, v)| v.as_ref().map(|v| format!("{f}={v}"))).collect();
    format!("{name}({})", shown.join(", "))
}

fn list<T>(items: &[T], each: impl Fn(&T) -> String) -> String {
    let shown: Vec<String> = items.iter().map(each).collect();
    format!("[{}]", shown.join(", "))
}

fn stmts(body: &[Stmt]) -> String {
    list(body, stmt)
}

fn exprs(items: &[Expr]) -> String {
    list(items, expr)
}

fn some(s: String) -> Option<String> {
    Some(s)
}

fn opt(e: &Option<Expr>) -> Option<String> {
    e.as_ref().map(expr)
}

fn ident(i: &Identifier) -> String {
    str_repr(&i.name)
}

fn stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => definition(s),
        StmtKind::For { .. }
        | StmtKind::While { .. }
        | StmtKind::If { .. }
        | StmtKind::With { .. }
        | StmtKind::Try { .. } => control_flow(s),
        _ => simple_stmt(s),
    }
}

fn definition(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::FunctionDef(f) => node(
            "FunctionDef",
            &[
                ("name", some(ident(&f.name))),
                ("args", some(arguments(&f.args))),
                ("body", some(stmts(&f.body))),
                ("decorator_list", some(exprs(&f.decorator_list))),
                ("returns", opt(&f.returns)),
            ],
        ),
        StmtKind::ClassDef(c) => node(
            "ClassDef",
            &[
                ("name", some(ident(&c.name))),
                ("bases", some(exprs(&c.bases))),
                ("keywords", some(list(&c.keywords, keyword))),
                ("body", some(stmts(&c.body))),
                ("decorator_list", some(exprs(&c.decorator_list))),
            ],
        ),
        _ => simple_stmt(s),
    }
}

fn control_flow(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::For { target, iter, body, orelse } => node(
            "For",
            &[
                ("target", some(expr(target))),
                ("iter", some(expr(iter))),
                ("body", some(stmts(body))),
                ("orelse", some(stmts(orelse))),
            ],
        ),
        StmtKind::While { test, body, orelse } => node(
            "While",
            &[
                ("test", some(expr(test))),
                ("body", some(stmts(body))),
                ("orelse", some(stmts(orelse))),
            ],
        ),
        StmtKind::If { test, body, orelse } => node(
            "If",
            &[
                ("test", some(expr(test))),
                ("body", some(stmts(body))),
                ("orelse", some(stmts(orelse))),
            ],
        ),
        StmtKind::With { items, body } => {
            node("With", &[("items", some(list(items, with_item))), ("body", some(stmts(body)))])
        }
        StmtKind::Try { body, handlers, orelse, finalbody } => node(
            "Try",
            &[
                ("body", some(stmts(body))),
                ("handlers", some(list(handlers, handler))),
                ("orelse", some(stmts(orelse))),
                ("finalbody", some(stmts(finalbody))),
            ],
        ),
        _ => simple_stmt(s),
    }
}

fn simple_stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Return(value) => node("Return", &[("value", opt(value))]),
        StmtKind::Delete(targets) => node("Delete", &[("targets", some(exprs(targets)))]),
        StmtKind::Assign { targets, value } => {
            node("Assign", &[("targets", some(exprs(targets))), ("value", some(expr(value)))])
        }
        StmtKind::AugAssign { target, op, value } => node(
            "AugAssign",
            &[
                ("target", some(expr(target))),
                ("op", some(operator(*op))),
                ("value", some(expr(value))),
            ],
        ),
        StmtKind::AnnAssign { target, annotation, value, simple } => node(
            "AnnAssign",
            &[
                ("target", some(expr(target))),
                ("annotation", some(expr(annotation))),
                ("value", opt(value)),
                ("simple", some(u8::from(*simple).to_string())),
            ],
        ),
        StmtKind::Raise { exc, cause } => {
            node("Raise", &[("exc", opt(exc)), ("cause", opt(cause))])
        }
        StmtKind::Assert { test, msg } => {
            node("Assert", &[("test", some(expr(test))), ("msg", opt(msg))])
        }
        StmtKind::Import(names) => node("Import", &[("names", some(list(names, alias)))]),
        StmtKind::ImportFrom { module, names, level } => node(
            "ImportFrom",
            &[
                ("module", module.as_ref().map(ident)),
                ("names", some(list(names, alias))),
                ("level", some(level.to_string())),
            ],
        ),
        StmtKind::Global(names) => node("Global", &[("names", some(list(names, ident)))]),
        StmtKind::Nonlocal(names) => node("Nonlocal", &[("names", some(list(names, ident)))]),
        StmtKind::Expr(value) => node("Expr", &[("value", some(expr(value)))]),
        StmtKind::Pass => "Pass()".to_string(),
        StmtKind::Break => "Break()".to_string(),
        StmtKind::Continue => "Continue()".to_string(),
        _ => String::new(),
    }
}

fn arguments(a: &Arguments) -> String {
    node(
        "arguments",
        &[
            ("posonlyargs", some(list(&a.posonlyargs, arg))),
            ("args", some(list(&a.args, arg))),
            ("vararg", a.vararg.as_ref().map(arg)),
            ("kwonlyargs", some(list(&a.kwonlyargs, arg))),
            (
                "kw_defaults",
                some(list(&a.kw_defaults, |d| opt(d).unwrap_or_else(|| "None".into()))),
            ),
            ("kwarg", a.kwarg.as_ref().map(arg)),
            ("defaults", some(exprs(&a.defaults))),
        ],
    )
}

fn arg(a: &Arg) -> String {
    node("arg", &[("arg", some(ident(&a.arg))), ("annotation", opt(&a.annotation))])
}

fn keyword(k: &Keyword) -> String {
    node("keyword", &[("arg", k.arg.as_ref().map(ident)), ("value", some(expr(&k.value)))])
}

fn alias(a: &Alias) -> String {
    node("alias", &[("name", some(ident(&a.name))), ("asname", a.asname.as_ref().map(ident))])
}

fn with_item(w: &WithItem) -> String {
    node(
        "withitem",
        &[("context_expr", some(expr(&w.context_expr))), ("optional_vars", opt(&w.optional_vars))],
    )
}

fn handler(h: &ExceptHandler) -> String {
    node(
        "ExceptHandler",
        &[
            ("type", opt(&h.type_)),
            ("name", h.name.as_ref().map(ident)),
            ("body", some(stmts(&h.body))),
        ],
    )
}

fn comprehension(c: &Comprehension) -> String {
    node(
        "comprehension",
        &[
            ("target", some(expr(&c.target))),
            ("iter", some(expr(&c.iter))),
            ("ifs", some(exprs(&c.ifs))),
            ("is_async", some("0".into())),
        ],
    )
}

fn boxed(e: &Option<Box<Expr>>) -> Option<String> {
    e.as_deref().map(expr)
}

fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::BoolOp { .. }
        | ExprKind::NamedExpr { .. }
        | ExprKind::BinOp { .. }
        | ExprKind::UnaryOp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Compare { .. }
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_) => operation(e),
        ExprKind::Dict { .. }
        | ExprKind::Set(_)
        | ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::List { .. }
        | ExprKind::Tuple { .. } => display(e),
        _ => primary(e),
    }
}

/// Operators, conditionals, lambdas and yields.
fn operation(e: &Expr) -> String {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            node("BoolOp", &[("op", some(format!("{op:?}()"))), ("values", some(exprs(values)))])
        }
        ExprKind::NamedExpr { target, value } => {
            node("NamedExpr", &[("target", some(expr(target))), ("value", some(expr(value)))])
        }
        ExprKind::BinOp { left, op, right } => node(
            "BinOp",
            &[
                ("left", some(expr(left))),
                ("op", some(operator(*op))),
                ("right", some(expr(right))),
            ],
        ),
        ExprKind::UnaryOp { op, operand } => {
            node("UnaryOp", &[("op", some(format!("{op:?}()"))), ("operand", some(expr(operand)))])
        }
        ExprKind::Lambda { args, body } => {
            node("Lambda", &[("args", some(arguments(args))), ("body", some(expr(body)))])
        }
        ExprKind::IfExp { test, body, orelse } => node(
            "IfExp",
            &[
                ("test", some(expr(test))),
                ("body", some(expr(body))),
                ("orelse", some(expr(orelse))),
            ],
        ),
        ExprKind::Yield(value) => node("Yield", &[("value", boxed(value))]),
        ExprKind::YieldFrom(value) => node("YieldFrom", &[("value", some(expr(value)))]),
        ExprKind::Compare { left, ops, comparators } => node(
            "Compare",
            &[
                ("left", some(expr(left))),
                ("ops", some(list(ops, |o| format!("{o:?}()")))),
                ("comparators", some(exprs(comparators))),
            ],
        ),
        _ => primary(e),
    }
}

/// Lists, tuples, dicts, sets and comprehensions.
fn display(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Dict { keys, values } => node(
            "Dict",
            &[
                ("keys", some(list(keys, |k| opt(k).unwrap_or_else(|| "None".into())))),
                ("values", some(exprs(values))),
            ],
        ),
        ExprKind::Set(elts) => node("Set", &[("elts", some(exprs(elts)))]),
        ExprKind::ListComp { elt, generators } => comprehension_node("ListComp", elt, generators),
        ExprKind::SetComp { elt, generators } => comprehension_node("SetComp", elt, generators),
        ExprKind::GeneratorExp { elt, generators } => {
            comprehension_node("GeneratorExp", elt, generators)
        }
        ExprKind::DictComp { key, value, generators } => node(
            "DictComp",
            &[
                ("key", some(expr(key))),
                ("value", some(expr(value))),
                ("generators", some(list(generators, comprehension))),
            ],
        ),
        ExprKind::List { elts, ctx } => {
            node("List", &[("elts", some(exprs(elts))), ("ctx", some(context(*ctx)))])
        }
        ExprKind::Tuple { elts, ctx } => {
            node("Tuple", &[("elts", some(exprs(elts))), ("ctx", some(context(*ctx)))])
        }
        _ => primary(e),
    }
}

/// Names, constants, attributes, subscripts, calls, slices and f-string parts.
fn primary(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Call { func, args, keywords } => node(
            "Call",
            &[
                ("func", some(expr(func))),
                ("args", some(exprs(args))),
                ("keywords", some(list(keywords, keyword))),
            ],
        ),
        ExprKind::FormattedValue { value, conversion, format_spec } => node(
            "FormattedValue",
            &[
                ("value", some(expr(value))),
                ("conversion", some(conversion.map_or(-1, |c| c as i32).to_string())),
                ("format_spec", boxed(format_spec)),
            ],
        ),
        ExprKind::JoinedStr(values) => node("JoinedStr", &[("values", some(exprs(values)))]),
        ExprKind::Constant(value) => node("Constant", &[("value", some(constant_repr(value)))]),
        ExprKind::Attribute { value, attr, ctx } => node(
            "Attribute",
            &[
                ("value", some(expr(value))),
                ("attr", some(ident(attr))),
                ("ctx", some(context(*ctx))),
            ],
        ),
        ExprKind::Subscript { value, slice, ctx } => node(
            "Subscript",
            &[
                ("value", some(expr(value))),
                ("slice", some(expr(slice))),
                ("ctx", some(context(*ctx))),
            ],
        ),
        ExprKind::Starred { value, ctx } => {
            node("Starred", &[("value", some(expr(value))), ("ctx", some(context(*ctx)))])
        }
        ExprKind::Name { id, ctx } => {
            node("Name", &[("id", some(str_repr(id))), ("ctx", some(context(*ctx)))])
        }
        ExprKind::Slice { lower, upper, step } => node(
            "Slice",
            &[("lower", boxed(lower)), ("upper", boxed(upper)), ("step", boxed(step))],
        ),
        _ => String::new(),
    }
}

fn comprehension_node(name: &str, elt: &Expr, generators: &[Comprehension]) -> String {
    node(name, &[("elt", some(expr(elt))), ("generators", some(list(generators, comprehension)))])
}

fn operator(op: Operator) -> String {
    format!("{op:?}()")
}

fn context(ctx: ExprContext) -> String {
    format!("{ctx:?}()")
}
