//! Statements, in the order they run: what each one reads, binds and changes.

use super::events::{Escape, EventKind, Sink, WriteKind, BREAK_NAME};
use super::walk::Walker;
use crate::syntax::ast::{Alias, ExceptHandler, Expr, ExprKind, Operator, Stmt, StmtKind};

impl Walker<'_> {
    pub(super) fn stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => self.function_def(def, stmt.span),
            StmtKind::ClassDef(class) => self.class_def(class, stmt.span),
            StmtKind::Return(value) => {
                if let Some(value) = value {
                    self.expr(value, Sink::Escapes(Escape::Returned));
                }
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.target(target, WriteKind::Delete);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value, assign_sink(targets));
                self.record_stored_names(targets, value);
                for target in targets {
                    self.target(target, WriteKind::Assign);
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                self.expr(value, aug_assign_sink(*op, value));
                self.aug_target(target, *op);
            }
            StmtKind::AnnAssign {
                target,
                value: Some(value),
                ..
            } => {
                self.expr(value, assign_sink(std::slice::from_ref(target)));
                self.target(target, WriteKind::AnnAssign);
            }
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                self.imports(aliases, matches!(stmt.kind, StmtKind::Import(_)));
            }
            _ => self.compound_stmt(stmt),
        }
    }

    /// Statements that hold other statements: loops, branches, `with` and `try`.
    fn compound_stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter, Sink::Used);
                self.in_loop(stmt.span, |walker| {
                    walker.target(target, WriteKind::For);
                    walker.stmts(body);
                });
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.in_loop(stmt.span, |walker| {
                    walker.expr(test, Sink::Used);
                    walker.stmts(body);
                });
                self.stmts(orelse);
            }
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr, Sink::Used);
                    if let Some(vars) = &item.optional_vars {
                        self.target(vars, WriteKind::With);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body);
                for handler in handlers {
                    self.handler(handler);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            _ => self.leaf_stmt(stmt),
        }
    }

    /// Statements with no body of their own.
    fn leaf_stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Raise { exc, cause } => {
                for expr in exc.iter().chain(cause) {
                    self.expr(expr, Sink::Used);
                }
            }
            StmtKind::Assert { test, msg } => {
                for expr in std::iter::once(test).chain(msg) {
                    self.expr(expr, Sink::Used);
                }
            }
            StmtKind::Expr(expr) => self.expr(expr, Sink::Discarded),
            StmtKind::Break => self.emit(BREAK_NAME, stmt.span, EventKind::Break),
            _ => {}
        }
    }

    /// The two arms of an `if` are numbered so that events in one arm are known to
    /// exclude events in the other.
    fn if_stmt(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) {
        self.expr(test, Sink::Used);
        let id = self.if_count;
        self.if_count += 1;
        self.in_branch(id, true, |walker| walker.stmts(body));
        self.in_branch(id, false, |walker| walker.stmts(orelse));
    }

    fn handler(&mut self, handler: &ExceptHandler) {
        if let Some(type_) = &handler.type_ {
            self.expr(type_, Sink::Used);
        }
        if let Some(name) = &handler.name {
            self.emit(&name.name, name.span, EventKind::Write(WriteKind::Except));
        }
        self.stmts(&handler.body);
    }

    /// `import a.b` binds `a`; `from m import x as y` binds `y`; `*` binds nothing we
    /// can name.
    fn imports(&mut self, aliases: &[Alias], dotted_binds_first: bool) {
        for alias in aliases {
            let bound = match &alias.asname {
                Some(asname) => asname.name.as_str(),
                None if dotted_binds_first => alias.name.name.split('.').next().unwrap_or(""),
                None => alias.name.name.as_str(),
            };
            if bound == "*" {
                self.facts.star_import = true;
            } else if !bound.is_empty() {
                self.emit(bound, alias.span, EventKind::Write(WriteKind::Import));
            }
        }
    }

    /// A binding target: names are written; the containers of subscripts are changed
    /// in place.
    pub(super) fn target(&mut self, target: &Expr, how: WriteKind) {
        match &target.kind {
            ExprKind::Name { id, .. } if how == WriteKind::Walrus => {
                self.emit_walrus(id, target.span)
            }
            ExprKind::Name { id, .. } => self.emit(id, target.span, EventKind::Write(how)),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for element in elts {
                    self.target(element, how);
                }
            }
            ExprKind::Starred { value, .. } => self.target(value, how),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value, Sink::Used);
                self.expr(slice, Sink::Used);
                let change = if how == WriteKind::Delete {
                    "del"
                } else {
                    "item assignment"
                };
                self.mutate_name(value, change);
            }
            _ => self.expr(target, Sink::Used),
        }
    }

    /// `x += v` reads `x`, may change its object in place (a list, dict or set does),
    /// then binds `x` again.
    fn aug_target(&mut self, target: &Expr, op: Operator) {
        let change = format!("{}=", op.symbol());
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.emit(id, target.span, EventKind::Read(Sink::Used));
                self.emit(id, target.span, EventKind::Mutate(change));
                self.emit(id, target.span, EventKind::Write(WriteKind::AugAssign));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value, Sink::Used);
                self.expr(slice, Sink::Used);
                self.mutate_name(value, &change);
            }
            ExprKind::Attribute { value, .. } => {
                self.expr(value, Sink::Used);
                self.mutate_name(target, &change);
            }
            _ => self.expr(target, Sink::Used),
        }
    }

    /// Records an in-place change of `object` when it is a name (`items`) or an
    /// attribute of a name (`self.items`, recorded under that dotted path).
    pub(super) fn mutate_name(&mut self, object: &Expr, change: &str) {
        if let Some(path) = object_path(object) {
            self.emit(&path, object.span, EventKind::Mutate(change.to_string()));
        }
    }

    /// `self.items = items` keeps the object of `items` under the path `self.items`,
    /// where another method may change it.
    fn record_stored_names(&mut self, targets: &[Expr], value: &Expr) {
        let ExprKind::Name { id, .. } = &value.kind else {
            return;
        };
        for target in targets {
            if let (ExprKind::Attribute { .. }, Some(path)) = (&target.kind, object_path(target)) {
                self.emit(id, value.span, EventKind::StoredAs(path));
            }
        }
    }
}

/// `name = value` binds the value to a name; `obj.attr = value` and `obj[k] = value`
/// store it where it outlives the statement.
fn assign_sink(targets: &[Expr]) -> Sink {
    let stores = targets.iter().any(|target| {
        matches!(
            target.kind,
            ExprKind::Subscript { .. } | ExprKind::Attribute { .. }
        )
    });
    match targets {
        _ if stores => Sink::Escapes(Escape::Stored),
        [Expr {
            kind: ExprKind::Name { id, .. },
            ..
        }] => Sink::Bound(id.clone()),
        _ => Sink::Used,
    }
}

/// `funcs += [f]` appends `f` to the list `funcs`.
fn aug_assign_sink(op: Operator, value: &Expr) -> Sink {
    let display = matches!(value.kind, ExprKind::List { .. } | ExprKind::Tuple { .. });
    if op == Operator::Add && display {
        Sink::Escapes(Escape::Appended)
    } else {
        Sink::Used
    }
}

/// `items` for a name, `self.items` for an attribute of a name.
fn object_path(object: &Expr) -> Option<String> {
    match &object.kind {
        ExprKind::Name { id, .. } => Some(id.clone()),
        ExprKind::Attribute { value, attr, .. } => match &value.kind {
            ExprKind::Name { id, .. } => Some(format!("{id}.{}", attr.name)),
            _ => None,
        },
        _ => None,
    }
}
