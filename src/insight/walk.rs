//! One pass over the AST that records, for every scope, what its own code does with
//! names and where the functions it creates go ([`Facts`]). Nested scopes are found
//! through the symbol table, so each event lands in the scope CPython runs it in.

use super::events::{Escape, Event, EventKind, Facts, LoopInfo, ScopeFacts, Sink, WriteKind};
use super::header;
use crate::scope::{ScopeId, ScopeKind, SymbolTable};
use crate::syntax::ast::{Arguments, ClassDef, Expr, ExprKind, FunctionDef, Module, Span, Stmt};

pub struct Walker<'a> {
    pub(super) table: &'a SymbolTable,
    pub(super) source: &'a str,
    pub(super) facts: Facts,
    pub(super) scope: ScopeId,
    /// The loops of the current scope that enclose the node being walked.
    pub(super) loops: Vec<usize>,
    /// The `if` arms of the current scope that enclose the node being walked.
    pub(super) branches: Vec<(usize, bool)>,
    /// How many `if` statements have been numbered so far.
    pub(super) if_count: usize,
}

/// The facts of every scope of `module`, whose symbol table is `table`.
pub fn collect(module: &Module, table: &SymbolTable, source: &str) -> Facts {
    let mut walker = Walker {
        table,
        source,
        facts: Facts {
            scopes: vec![ScopeFacts::default(); table.scopes.len()],
            loops: Vec::new(),
            star_import: false,
        },
        scope: ScopeId(0),
        loops: Vec::new(),
        branches: Vec::new(),
        if_count: 0,
    };
    walker.stmts(&module.body);
    walker.facts
}

impl Walker<'_> {
    pub(super) fn emit(&mut self, name: &str, span: Span, kind: EventKind) {
        let event = Event {
            name: name.to_string(),
            span,
            kind,
            loops: self.loops.clone(),
            branches: self.branches.clone(),
        };
        if let Some(facts) = self.facts.scopes.get_mut(self.scope.index()) {
            facts.events.push(event);
        }
    }

    /// A walrus inside a comprehension binds its name in the enclosing function
    /// (PEP 572), so the write is recorded there, outside any of its loops.
    pub(super) fn emit_walrus(&mut self, name: &str, span: Span) {
        let mut scope = self.scope;
        while let Some(block) = self.table.scope(scope) {
            match block.parent {
                Some(parent) if block.kind == ScopeKind::Comprehension => scope = parent,
                _ => break,
            }
        }
        let (loops, branches) = if scope == self.scope {
            (self.loops.clone(), self.branches.clone())
        } else {
            (Vec::new(), Vec::new())
        };
        let kind = EventKind::Write(WriteKind::Walrus);
        let event = Event {
            name: name.to_string(),
            span,
            kind,
            loops,
            branches,
        };
        if let Some(facts) = self.facts.scopes.get_mut(scope.index()) {
            facts.events.push(event);
        }
    }

    /// Runs `walk` with one more loop around it: a `for` or `while` body, or one
    /// generator of a comprehension.
    pub(super) fn in_loop(&mut self, span: Span, walk: impl FnOnce(&mut Self)) {
        self.facts.loops.push(LoopInfo {
            span,
            branch_depth: self.branches.len(),
        });
        self.loops.push(self.facts.loops.len() - 1);
        walk(self);
        self.loops.pop();
    }

    /// Runs `walk` in one arm of the `if` numbered `id`.
    pub(super) fn in_branch(&mut self, id: usize, arm: bool, walk: impl FnOnce(&mut Self)) {
        self.branches.push((id, arm));
        walk(self);
        self.branches.pop();
    }

    /// Runs `walk` inside the scope the node at `span` created, with no loops around
    /// it: a loop of the enclosing function does not repeat the inner function's body.
    fn in_scope(&mut self, span: Span, kind: ScopeKind, walk: impl FnOnce(&mut Self, ScopeId)) {
        let Some(inner) = self.table.scope_of(span, kind) else {
            return;
        };
        let outer = std::mem::replace(&mut self.scope, inner);
        let loops = std::mem::take(&mut self.loops);
        let branches = std::mem::take(&mut self.branches);
        walk(self, inner);
        self.scope = outer;
        self.loops = loops;
        self.branches = branches;
    }

    fn facts_mut(&mut self, scope: ScopeId) -> Option<&mut ScopeFacts> {
        self.facts.scopes.get_mut(scope.index())
    }

    /// Decorators and defaults run in the enclosing scope, then the function object is
    /// made and bound to its name; the body runs later, in the function's own scope.
    pub(super) fn function_def(&mut self, def: &FunctionDef, span: Span) {
        for decorator in &def.decorator_list {
            self.expr(decorator, Sink::Used);
        }
        self.defaults(&def.args);
        if let Some(scope) = self.table.scope_of(span, ScopeKind::Function) {
            let sink = Sink::Bound(def.name.name.clone());
            self.emit(&def.name.name, span, EventKind::Closure { scope, sink });
        }
        self.emit(
            &def.name.name,
            def.name.span,
            EventKind::Write(WriteKind::Def),
        );
        let insert = header::def_param_insert(&def.args, def.name.span, self.source);
        self.in_scope(span, ScopeKind::Function, |walker, scope| {
            if let Some(facts) = walker.facts_mut(scope) {
                facts.defaults = header::param_defaults(&def.args);
                facts.body_start = header::body_start(&def.body);
                facts.param_insert = insert;
            }
            walker.stmts(&def.body);
        });
    }

    pub(super) fn lambda(&mut self, args: &Arguments, body: &Expr, span: Span, sink: Sink) {
        self.defaults(args);
        if let Some(scope) = self.table.scope_of(span, ScopeKind::Lambda) {
            self.emit("<lambda>", span, EventKind::Closure { scope, sink });
        }
        let insert = header::lambda_param_insert(args, span);
        self.in_scope(span, ScopeKind::Lambda, |walker, scope| {
            if let Some(facts) = walker.facts_mut(scope) {
                facts.defaults = header::param_defaults(args);
                facts.param_insert = insert;
            }
            walker.expr(body, Sink::Escapes(Escape::Returned));
        });
    }

    fn defaults(&mut self, args: &Arguments) {
        for default in args
            .defaults
            .iter()
            .chain(args.kw_defaults.iter().flatten())
        {
            self.expr(default, Sink::Used);
        }
    }

    pub(super) fn class_def(&mut self, class: &ClassDef, span: Span) {
        for expr in class.decorator_list.iter().chain(&class.bases) {
            self.expr(expr, Sink::Used);
        }
        for keyword in &class.keywords {
            self.expr(&keyword.value, Sink::Used);
        }
        self.emit(
            &class.name.name,
            class.name.span,
            EventKind::Write(WriteKind::Def),
        );
        self.in_scope(span, ScopeKind::Class, |walker, _| {
            walker.stmts(&class.body)
        });
    }

    /// A comprehension's outermost iterable is evaluated in the enclosing scope; the
    /// rest runs in the comprehension's own function, one loop per `for`. A generator
    /// expression is a closure like a lambda: its body runs later, when it is
    /// consumed, and reads the enclosing variables then. The element
    /// of a list, set or dict comprehension is collected, and so is a generator's when
    /// the generator itself is collected.
    pub(super) fn comprehension(&mut self, expr: &Expr, sink: Sink) {
        let (generators, elements, collects) = match &expr.kind {
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                (generators, vec![elt.as_ref()], true)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (generators, vec![key.as_ref(), value.as_ref()], true),
            ExprKind::GeneratorExp { elt, generators } => (
                generators,
                vec![elt.as_ref()],
                matches!(sink, Sink::Escapes(_)),
            ),
            _ => return,
        };
        let is_generator = matches!(expr.kind, ExprKind::GeneratorExp { .. });
        let scope = self.table.scope_of(expr.span, ScopeKind::Comprehension);
        if let (true, Some(scope)) = (is_generator, scope) {
            let creation = EventKind::Closure {
                scope,
                sink: sink.clone(),
            };
            self.emit("<genexpr>", expr.span, creation);
        }
        if let Some(outermost) = generators.first() {
            self.expr(&outermost.iter, Sink::Used);
        }
        let element_sink = if collects {
            Sink::Escapes(Escape::Collected)
        } else {
            Sink::Used
        };
        self.in_scope(expr.span, ScopeKind::Comprehension, |walker, _| {
            walker.generators(generators, expr.span, &elements, element_sink);
        });
    }

    fn generators(
        &mut self,
        generators: &[crate::syntax::ast::Comprehension],
        span: Span,
        elements: &[&Expr],
        sink: Sink,
    ) {
        let Some((first, rest)) = generators.split_first() else {
            for element in elements {
                self.expr(element, sink.clone());
            }
            return;
        };
        self.in_loop(span, |walker| {
            walker.target(&first.target, WriteKind::For);
            for test in &first.ifs {
                walker.expr(test, Sink::Used);
            }
            if let Some(next) = rest.first() {
                walker.expr(&next.iter, Sink::Used);
            }
            walker.generators(rest, span, elements, sink);
        });
    }

    pub(super) fn stmts(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }
}
