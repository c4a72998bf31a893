//! The walrus: `(x := v)` inside a comprehension binds `x` in the nearest enclosing
//! function or module, not in the comprehension (PEP 572).

use super::builder::{Builder, Visit};
use super::flags::SymbolFlags;
use super::mangle::mangle;
use super::table::ScopeKind;
use crate::syntax::ast::{Expr, ExprKind};
use crate::syntax::{Span, SyntaxError};

impl Builder {
    pub(super) fn visit_named_expr(&mut self, target: &Expr, value: &Expr, span: Span) -> Visit {
        if self.current.comp_iter_expr > 0 {
            let message =
                "assignment expression cannot be used in a comprehension iterable expression";
            return Err(SyntaxError::syntax(message, span));
        }
        if self.current.scope.kind == ScopeKind::Comprehension {
            if let ExprKind::Name { id, .. } = &target.kind {
                self.extend_named_expr_scope(id, target.span)?;
            }
        }
        self.visit_expr(value)?;
        self.visit_expr(target)
    }

    /// CPython's `symtable_extend_namedexpr_scope`: walks out through the enclosing
    /// comprehensions (whose iteration variables may not be rebound), then binds the
    /// name in the first function or module, and makes it nonlocal (or global) here.
    /// CPython looks the conflicts up under the name as written, while the tables hold
    /// private names mangled; inside a class `__x` therefore never conflicts, and this
    /// does the same.
    fn extend_named_expr_scope(&mut self, id: &str, span: Span) -> Visit {
        let name = mangle(self.private.as_deref(), id);
        let comprehensions = std::iter::once(&self.current).chain(self.enclosing.iter().rev());
        for node in comprehensions {
            if node.scope.kind != ScopeKind::Comprehension {
                break;
            }
            if node.flags_of(id).intersects(SymbolFlags::COMP_ITER) {
                let message = format!(
                    "assignment expression cannot rebind comprehension iteration variable '{id}'"
                );
                return Err(SyntaxError::syntax(message, span));
            }
        }
        let target = self
            .enclosing
            .iter()
            .rev()
            .find(|node| node.scope.kind != ScopeKind::Comprehension);
        let Some(target) = target else { return Ok(()) };
        let (own_flag, target_flag) = match target.scope.kind {
            ScopeKind::Class => {
                let message =
                    "assignment expression within a comprehension cannot be used in a class body";
                return Err(SyntaxError::syntax(message, span));
            }
            ScopeKind::Module => (SymbolFlags::DECLARED_GLOBAL, SymbolFlags::DECLARED_GLOBAL),
            _ if target.flags_of(id).intersects(SymbolFlags::DECLARED_GLOBAL) => {
                (SymbolFlags::DECLARED_GLOBAL, SymbolFlags::ASSIGNED)
            }
            _ => (SymbolFlags::DECLARED_NONLOCAL, SymbolFlags::ASSIGNED),
        };
        self.add_def(id, own_flag, span)?;
        self.current.directives.entry(name.clone()).or_insert(span);
        let target = self
            .enclosing
            .iter_mut()
            .rev()
            .find(|node| node.scope.kind != ScopeKind::Comprehension);
        target.map_or(Ok(()), |target| target.add_def(&name, target_flag, span))
    }
}
