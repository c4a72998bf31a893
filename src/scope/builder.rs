//! The first pass of scope analysis, CPython's `symtable_visit_stmt`: walks the AST,
//! opens a scope for every `def`, `lambda`, comprehension and `class`, and records what
//! each scope does with each name. It visits nodes in the order `symtable.c` does, so
//! that symbols appear in the same order as in Python's `symtable` module.

use super::flags::SymbolFlags;
use super::lazy_annotations::check_lazy_annotation;
use super::mangle::mangle;
use super::node::Node;
use super::table::{Scope, ScopeKind};
use crate::syntax::ast::{
    Alias, Arguments, ClassDef, Constant, ExceptHandler, Expr, ExprKind, FunctionDef, MatchCase, Module, Stmt,
    StmtKind,
};
use crate::syntax::pattern_parts::{pattern_parts, PatternPart};
use crate::syntax::{Span, SyntaxError};

pub(super) type Visit = Result<(), SyntaxError>;

pub(super) struct Builder {
    /// The scope being visited.
    pub current: Node,
    /// The scopes that enclose it, outermost (the module) first.
    pub enclosing: Vec<Node>,
    /// The innermost class name, for private name mangling (CPython's `st_private`).
    pub private: Option<String>,
    /// `from __future__ import annotations`: annotations become strings and mention
    /// no names.
    pub lazy_annotations: bool,
    /// Visiting the annotation of a function's local variable, which is never evaluated.
    pub in_unevaluated_annotation: bool,
    /// Visiting statements that follow a `return`, `raise`, `break` or `continue` in
    /// the same block: the compiler drops the code objects made there as unreachable.
    pub in_dead_code: bool,
    /// How many statements and expressions enclose the node being visited.
    pub depth: u32,
}

/// CPython's symtable gives up past three times the default recursion limit of 1000,
/// less the frames already in use when `compile()` runs (it raises RecursionError
/// about 2990 levels down). Stopping at 3000 refuses nothing CPython accepts.
const MAX_DEPTH: u32 = 3000;

/// Builds the tree of scopes for `module`, with every symbol's flags but no resolution.
pub(super) fn build(module: &Module) -> Result<Node, SyntaxError> {
    let span = module_span(module);
    let mut builder = Builder {
        current: Node::new(Scope::new(ScopeKind::Module, "<module>", span, None)),
        enclosing: Vec::new(),
        private: None,
        lazy_annotations: has_lazy_annotations(module),
        in_unevaluated_annotation: false,
        in_dead_code: false,
        depth: 0,
    };
    builder.visit_body(&module.body)?;
    Ok(builder.current)
}

/// True when the module starts with `from __future__ import annotations` (future
/// statements may only follow the docstring and each other).
pub(super) fn has_lazy_annotations(module: &Module) -> bool {
    let is_docstring = |stmt: &Stmt| {
        matches!(
            &stmt.kind,
            StmtKind::Expr(Expr {
                kind: ExprKind::Constant(Constant::Str(_)),
                ..
            })
        )
    };
    let skip = module.body.first().is_some_and(is_docstring) as usize;
    module
        .body
        .iter()
        .skip(skip)
        .map_while(|stmt| match &stmt.kind {
            StmtKind::ImportFrom {
                module: Some(name),
                names,
                ..
            } if name.name == "__future__" => Some(names),
            _ => None,
        })
        .flatten()
        .any(|alias| alias.name.name == "annotations")
}

fn module_span(module: &Module) -> Span {
    let first = module
        .body
        .first()
        .map(|stmt| stmt.span)
        .unwrap_or_default();
    module
        .body
        .iter()
        .fold(first, |span, stmt| span.cover(stmt.span))
}

impl Builder {
    pub fn add_def(&mut self, name: &str, flag: SymbolFlags, span: Span) -> Visit {
        let name = mangle(self.private.as_deref(), name);
        self.current.add_def(&name, flag, span)?;
        if flag.intersects(SymbolFlags::DECLARED_GLOBAL) {
            self.record_module_global(&name, span)?;
        }
        Ok(())
    }

    /// A `global` declaration anywhere also marks the name in the module's own table
    /// (CPython's `st_global` is the module's symbol dict).
    fn record_module_global(&mut self, name: &str, span: Span) -> Visit {
        match self.enclosing.first_mut() {
            Some(module) => module.add_def(name, SymbolFlags::DECLARED_GLOBAL, span),
            None => Ok(()),
        }
    }

    pub fn enter_block(&mut self, kind: ScopeKind, name: &str, span: Span) {
        let nested = self.current.scope.is_nested || self.current.scope.kind.is_function_like();
        let mut scope = Scope::new(kind, name, span, None);
        scope.is_nested = nested;
        let compiled = !self.in_unevaluated_annotation && !self.in_dead_code;
        scope.has_code = self.current.scope.has_code && compiled;
        let mut node = Node::new(scope);
        // A walrus is refused anywhere inside a comprehension's iterable, even in a
        // lambda or comprehension nested there (bpo-37757).
        node.comp_iter_expr = self.current.comp_iter_expr;
        let parent = std::mem::replace(&mut self.current, node);
        self.enclosing.push(parent);
    }

    pub fn exit_block(&mut self) {
        if let Some(parent) = self.enclosing.pop() {
            let finished = std::mem::replace(&mut self.current, parent);
            self.current.children.push(finished);
        }
    }

    /// Statements after one that always leaves the block are still analyzed, but CPython
    /// compiles no code object for them.
    pub fn visit_body(&mut self, body: &[Stmt]) -> Visit {
        let outer = self.in_dead_code;
        for stmt in body {
            self.visit_stmt(stmt)?;
            let leaves = matches!(
                stmt.kind,
                StmtKind::Return(_) | StmtKind::Raise { .. } | StmtKind::Break | StmtKind::Continue
            );
            self.in_dead_code |= leaves;
        }
        self.in_dead_code = outer;
        Ok(())
    }

    /// Counts one more level of nesting, refusing to go deeper than CPython does; the
    /// other passes recurse no deeper than this one, so none can overflow the stack.
    pub fn descend(&mut self, span: Span) -> Visit {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError::too_deep(span));
        }
        Ok(())
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> Visit {
        self.descend(stmt.span)?;
        let visited = self.visit_stmt_kind(stmt);
        self.depth -= 1;
        visited
    }

    fn visit_stmt_kind(&mut self, stmt: &Stmt) -> Visit {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => self.visit_function_def(def, stmt.span),
            StmtKind::ClassDef(class) => self.visit_class_def(class, stmt.span),
            StmtKind::Return(value) => self.visit_optional(value.as_ref()),
            StmtKind::Delete(targets) => self.visit_exprs(targets),
            StmtKind::Assign { targets, value } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.visit_ann_assign(target, annotation, value.as_ref(), *simple, stmt.span),
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)
            }
            StmtKind::Raise { exc, cause } => {
                self.visit_optional(exc.as_ref())?;
                self.visit_optional(cause.as_ref())
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                self.visit_optional(msg.as_ref())
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                names.iter().try_for_each(|alias| self.visit_alias(alias))
            }
            StmtKind::Global(names) => self.visit_global(names, stmt.span),
            StmtKind::Nonlocal(names) => self.visit_nonlocal(names, stmt.span),
            StmtKind::Expr(value) => self.visit_expr(value),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            _ => self.visit_compound_stmt(stmt),
        }
    }

    /// Statements with bodies: CPython visits a `for` target before its iterable, and a
    /// `try`'s `else` before its handlers.
    fn visit_compound_stmt(&mut self, stmt: &Stmt) -> Visit {
        match &stmt.kind {
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    self.visit_optional(item.optional_vars.as_ref())?;
                }
                self.visit_body(body)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.visit_body(body)?;
                self.visit_body(orelse)?;
                handlers
                    .iter()
                    .try_for_each(|handler| self.visit_handler(handler))?;
                self.visit_body(finalbody)
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                cases.iter().try_for_each(|case| self.visit_match_case(case))
            }
            _ => Ok(()),
        }
    }

    /// A case's pattern binds its captures in the enclosing scope, like assignments.
    fn visit_match_case(&mut self, case: &MatchCase) -> Visit {
        for part in pattern_parts(&case.pattern) {
            match part {
                PatternPart::Expr(expr) => self.visit_expr(expr)?,
                PatternPart::Capture(name) => {
                    self.add_def(&name.name, SymbolFlags::ASSIGNED, name.span)?
                }
            }
        }
        self.visit_optional(case.guard.as_ref())?;
        self.visit_body(&case.body)
    }

    pub fn visit_optional(&mut self, expr: Option<&Expr>) -> Visit {
        expr.map_or(Ok(()), |expr| self.visit_expr(expr))
    }

    pub fn visit_exprs(&mut self, exprs: &[Expr]) -> Visit {
        exprs.iter().try_for_each(|expr| self.visit_expr(expr))
    }

    /// The name is bound in the enclosing scope first; defaults, annotations and
    /// decorators are evaluated there too, before the body gets a scope of its own.
    fn visit_function_def(&mut self, def: &FunctionDef, span: Span) -> Visit {
        self.add_def(&def.name.name, SymbolFlags::ASSIGNED, span)?;
        self.visit_defaults(&def.args)?;
        self.visit_parameter_annotations(&def.args)?;
        self.visit_annotation(def.returns.as_ref())?;
        self.visit_exprs(&def.decorator_list)?;
        self.enter_block(ScopeKind::Function, &def.name.name, span);
        self.current.scope.is_coroutine = def.is_async;
        self.visit_parameters(&def.args)?;
        self.visit_body(&def.body)?;
        self.exit_block();
        Ok(())
    }

    pub fn visit_annotation(&mut self, annotation: Option<&Expr>) -> Visit {
        match (self.lazy_annotations, annotation) {
            (true, Some(annotation)) => check_lazy_annotation(annotation),
            (true, None) => Ok(()),
            (false, _) => self.visit_optional(annotation),
        }
    }

    pub fn visit_defaults(&mut self, args: &Arguments) -> Visit {
        self.visit_exprs(&args.defaults)?;
        args.kw_defaults
            .iter()
            .try_for_each(|default| self.visit_optional(default.as_ref()))
    }

    /// CPython's `symtable_visit_annotations` order: positional, `*args`, `**kwargs`,
    /// then keyword-only.
    fn visit_parameter_annotations(&mut self, args: &Arguments) -> Visit {
        let positional = args.posonlyargs.iter().chain(&args.args);
        let rest = args
            .vararg
            .iter()
            .chain(&args.kwarg)
            .chain(&args.kwonlyargs);
        for arg in positional.chain(rest) {
            self.visit_annotation(arg.annotation.as_ref())?;
        }
        Ok(())
    }

    /// Parameters in `co_varnames` order: positional-only, regular, keyword-only, then
    /// `*args` and `**kwargs`.
    pub fn visit_parameters(&mut self, args: &Arguments) -> Visit {
        let named = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs);
        for arg in named.chain(&args.vararg).chain(&args.kwarg) {
            self.add_def(&arg.arg.name, SymbolFlags::PARAMETER, arg.span)?;
        }
        let scope = &mut self.current.scope;
        scope.posonlyargcount = args.posonlyargs.len() as u32;
        scope.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        scope.kwonlyargcount = args.kwonlyargs.len() as u32;
        scope.has_varargs = args.vararg.is_some();
        scope.has_varkeywords = args.kwarg.is_some();
        Ok(())
    }

    /// Bases, keywords and decorators are evaluated in the enclosing scope; names in the
    /// body are mangled with the class name.
    fn visit_class_def(&mut self, class: &ClassDef, span: Span) -> Visit {
        self.add_def(&class.name.name, SymbolFlags::ASSIGNED, span)?;
        self.visit_exprs(&class.bases)?;
        class
            .keywords
            .iter()
            .try_for_each(|keyword| self.visit_expr(&keyword.value))?;
        self.visit_exprs(&class.decorator_list)?;
        self.enter_block(ScopeKind::Class, &class.name.name, span);
        let outer_private = self.private.replace(class.name.name.clone());
        let visited = self.visit_body(&class.body);
        self.private = outer_private;
        visited?;
        self.exit_block();
        Ok(())
    }

    fn visit_handler(&mut self, handler: &ExceptHandler) -> Visit {
        self.visit_optional(handler.type_.as_ref())?;
        if let Some(name) = &handler.name {
            self.add_def(&name.name, SymbolFlags::ASSIGNED, handler.span)?;
        }
        self.visit_body(&handler.body)
    }

    /// `import a.b.c` binds `a`; `from m import *` is only allowed at module level.
    fn visit_alias(&mut self, alias: &Alias) -> Visit {
        let written = alias.asname.as_ref().unwrap_or(&alias.name);
        if written.name == "*" {
            if self.current.scope.kind != ScopeKind::Module {
                return Err(SyntaxError::syntax(
                    "import * only allowed at module level",
                    alias.span,
                ));
            }
            return Ok(());
        }
        let bound = written.name.split('.').next().unwrap_or_default();
        self.add_def(bound, SymbolFlags::IMPORTED, alias.span)
    }
}
