//! One-line explanations of why a name has the scope it has, for the scope table the
//! page shows beside the code.

use super::flags::SymbolFlags;
use super::table::{ScopeId, ScopeKind, Symbol, SymbolScope, SymbolTable};
use crate::syntax::LineIndex;

impl SymbolTable {
    /// Why `name` in `scope` is what it is: "local: assigned on line 4", "cell: captured
    /// by increment", "free: assigned in counter, read here", "global: declared global",
    /// "builtin". `lines` turns spans into line numbers.
    pub fn reason(&self, scope: ScopeId, name: &str, lines: &LineIndex) -> String {
        let Some(symbol) = self.scope(scope).and_then(|s| s.lookup(name)) else {
            return format!("'{name}' is not used in this scope");
        };
        match symbol.scope {
            SymbolScope::Local => self.local_reason(scope, symbol, lines),
            SymbolScope::Cell => format!(
                "cell: captured by {}",
                self.capturers(scope, name).join(", ")
            ),
            SymbolScope::Free => self.free_reason(scope, name, symbol.flags),
            SymbolScope::GlobalExplicit => "global: declared global".to_string(),
            SymbolScope::GlobalImplicit if self.is_builtin(scope, name) => "builtin".to_string(),
            SymbolScope::GlobalImplicit => {
                "global: not assigned in any enclosing function".to_string()
            }
        }
    }

    /// A module's locals are its globals, and a class body's are class attributes.
    fn local_reason(&self, scope: ScopeId, symbol: &Symbol, lines: &LineIndex) -> String {
        let kind = self.scope(scope).map(|s| s.kind);
        let label = match kind {
            Some(ScopeKind::Module) => "global",
            Some(ScopeKind::Class) => "class attribute",
            _ => "local",
        };
        if symbol.flags.intersects(SymbolFlags::PARAMETER) {
            return format!("{label}: parameter");
        }
        let Some(span) = symbol.binding_span else {
            return format!("{label}: annotated, never assigned");
        };
        let verb = if symbol.flags.intersects(SymbolFlags::IMPORTED) {
            "imported"
        } else {
            "assigned"
        };
        let line = lines.line_of(span.start as usize);
        if symbol.flags.intersects(SymbolFlags::FREE_CLASS) {
            let name = &symbol.name;
            return format!(
                "{label}: {verb} on line {line}; methods still see the enclosing function's {name}"
            );
        }
        format!("{label}: {verb} on line {line}")
    }

    fn free_reason(&self, scope: ScopeId, name: &str, flags: SymbolFlags) -> String {
        let owner = self
            .owner_of(scope, name)
            .unwrap_or_else(|| "an enclosing function".to_string());
        let in_class = self
            .scope(scope)
            .is_some_and(|s| s.kind == ScopeKind::Class);
        if flags.intersects(SymbolFlags::DECLARED_NONLOCAL) {
            format!("free: declared nonlocal, assigned in {owner}")
        } else if flags.is_empty() {
            format!("free: assigned in {owner}, passed through to an inner scope")
        } else if in_class {
            format!("free: assigned in {owner}, read here from the class body (LOAD_CLASSDEREF)")
        } else {
            format!("free: assigned in {owner}, read here")
        }
    }

    /// The enclosing function whose cell the free variable `name` of `scope` refers to.
    fn owner_of(&self, scope: ScopeId, name: &str) -> Option<String> {
        let mut current = self.scope(scope)?.parent;
        while let Some(id) = current {
            let outer = self.scope(id)?;
            if outer
                .lookup(name)
                .is_some_and(|symbol| symbol.scope == SymbolScope::Cell)
            {
                return Some(outer.name.clone());
            }
            current = outer.parent;
        }
        None
    }

    /// The inner scopes that read the cell `name` of `scope`, directly or through
    /// scopes it passes through.
    fn capturers(&self, scope: ScopeId, name: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut pending: Vec<ScopeId> = self
            .scope(scope)
            .map(|s| s.children.clone())
            .unwrap_or_default();
        while let Some(id) = pending.pop() {
            let Some(inner) = self.scope(id) else {
                continue;
            };
            let Some(symbol) = inner.lookup(name) else {
                continue;
            };
            if symbol.scope != SymbolScope::Free
                && !symbol.flags.intersects(SymbolFlags::FREE_CLASS)
            {
                continue;
            }
            if symbol.scope == SymbolScope::Free && !symbol.is_pass_through() {
                found.push(inner.name.clone());
            }
            pending.extend(inner.children.iter().copied());
        }
        found.sort();
        found
    }
}
