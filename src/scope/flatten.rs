//! Turns the resolved tree of scopes into the flat [`SymbolTable`], and fills in what
//! the compiler derives from the resolution: `__qualname__`, `co_cellvars` and
//! `co_freevars`.

use super::flags::SymbolFlags;
use super::mangle::mangle;
use super::node::Node;
use super::table::{Scope, ScopeId, ScopeKind, SymbolScope, SymbolTable};

/// A scope waiting to be listed, with where it sits.
struct Pending {
    node: Node,
    parent: Option<ScopeId>,
    /// The class name private names are mangled with at this point.
    private: Option<String>,
}

/// Lists the scopes in pre-order, so that the module is `scopes[0]` and every scope
/// comes before the scopes it contains. It works from a stack of its own rather than by
/// recursion, so that deep nesting costs heap, not call stack.
pub(super) fn flatten(module: Node) -> SymbolTable {
    let mut scopes: Vec<Scope> = Vec::new();
    let mut pending = vec![Pending {
        node: module,
        parent: None,
        private: None,
    }];
    while let Some(Pending {
        node,
        parent,
        private,
    }) = pending.pop()
    {
        let id = ScopeId(scopes.len() as u32);
        let mut scope = node.scope;
        scope.parent = parent;
        let parent_scope = parent.and_then(|parent| scopes.get(parent.index()));
        scope.qualname = qualname(&scope, parent_scope, private.as_deref());
        scope.cellvars = cellvars(&scope);
        scope.freevars = freevars(&scope);
        if let Some(parent_scope) = parent.and_then(|parent| scopes.get_mut(parent.index())) {
            parent_scope.children.push(id);
        }
        scope.private = match scope.kind {
            ScopeKind::Class => Some(scope.name.clone()),
            _ => private,
        };
        let inner_private = scope.private.clone();
        scopes.push(scope);
        for child in node.children.into_iter().rev() {
            pending.push(Pending {
                node: child,
                parent: Some(id),
                private: inner_private.clone(),
            });
        }
    }
    SymbolTable::new(scopes)
}
/// CPython's `compiler_set_qualname`: a function's locals are `<locals>`; a class or
/// comprehension just adds a dot; a top-level or declared-global def is its plain name.
fn qualname(scope: &Scope, parent: Option<&Scope>, private: Option<&str>) -> String {
    let Some(parent) = parent else {
        return scope.name.clone();
    };
    let names_itself = matches!(scope.kind, ScopeKind::Function | ScopeKind::Class);
    let declared_global = names_itself
        && parent
            .lookup(&mangle(private, &scope.name))
            .is_some_and(|symbol| symbol.scope == SymbolScope::GlobalExplicit);
    match parent.kind {
        ScopeKind::Module => scope.name.clone(),
        _ if declared_global => scope.name.clone(),
        ScopeKind::Function | ScopeKind::Lambda => {
            format!("{}.<locals>.{}", parent.qualname, scope.name)
        }
        ScopeKind::Class | ScopeKind::Comprehension => {
            format!("{}.{}", parent.qualname, scope.name)
        }
    }
}

/// Cells that are parameters keep their parameter order; the others follow, sorted,
/// as CPython 3.11 lays out a frame's cells. A class has only its `__class__` cell.
fn cellvars(scope: &Scope) -> Vec<String> {
    if scope.kind == ScopeKind::Class {
        return if scope.needs_class_cell {
            vec!["__class__".to_string()]
        } else {
            Vec::new()
        };
    }
    let is_cell = |name: &String| {
        scope
            .lookup(name)
            .is_some_and(|symbol| symbol.scope == SymbolScope::Cell)
    };
    let mut cells: Vec<String> = scope
        .varnames
        .iter()
        .filter(|name| is_cell(name))
        .cloned()
        .collect();
    let mut others: Vec<String> = scope
        .symbols
        .iter()
        .filter(|symbol| {
            symbol.scope == SymbolScope::Cell && !symbol.flags.intersects(SymbolFlags::PARAMETER)
        })
        .map(|symbol| symbol.name.clone())
        .collect();
    others.sort();
    cells.append(&mut others);
    cells
}

/// Free variables, sorted; a class also lists the names it binds that its methods
/// capture (`free_class`).
fn freevars(scope: &Scope) -> Vec<String> {
    let mut free: Vec<String> = scope
        .symbols
        .iter()
        .filter(|symbol| {
            symbol.scope == SymbolScope::Free || symbol.flags.intersects(SymbolFlags::FREE_CLASS)
        })
        .map(|symbol| symbol.name.clone())
        .collect();
    free.sort();
    free
}
