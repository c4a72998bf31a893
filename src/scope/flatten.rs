//! Turns the resolved tree of scopes into the flat [`SymbolTable`], and fills in what
//! the compiler derives from the resolution: `__qualname__`, `co_cellvars` and
//! `co_freevars`.

use super::flags::SymbolFlags;
use super::mangle::mangle;
use super::node::Node;
use super::table::{Scope, ScopeId, ScopeKind, SymbolScope, SymbolTable};

/// Lists the scopes in pre-order, so that the module is `scopes[0]` and every scope
/// comes before the scopes it contains.
pub(super) fn flatten(module: Node) -> SymbolTable {
    let mut scopes = Vec::new();
    push_scope(&mut scopes, module, None, None);
    SymbolTable { scopes }
}

fn push_scope(
    scopes: &mut Vec<Scope>,
    node: Node,
    parent: Option<(ScopeId, &Scope)>,
    private: Option<&str>,
) -> ScopeId {
    let id = ScopeId(scopes.len() as u32);
    let mut scope = node.scope;
    scope.parent = parent.map(|(parent_id, _)| parent_id);
    scope.qualname = qualname(&scope, parent.map(|(_, parent)| parent), private);
    scope.cellvars = cellvars(&scope);
    scope.freevars = freevars(&scope);
    let inner_private = if scope.kind == ScopeKind::Class {
        Some(scope.name.clone())
    } else {
        private.map(String::from)
    };
    let summary = scope.clone();
    scopes.push(scope);
    let children: Vec<ScopeId> = node
        .children
        .into_iter()
        .map(|child| {
            push_scope(
                scopes,
                child,
                Some((id, &summary)),
                inner_private.as_deref(),
            )
        })
        .collect();
    if let Some(scope) = scopes.get_mut(id.index()) {
        scope.children = children;
    }
    id
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
