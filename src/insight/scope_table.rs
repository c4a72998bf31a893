//! The scope table the page shows beside the code: every name of one scope, where it
//! lives, and why, in the scope analysis's own words.

use crate::scope::{ScopeId, ScopeKind, SymbolScope, SymbolTable};
use crate::syntax::LineIndex;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScopeRow {
    pub name: String,
    /// `local`, `cell`, `free`, `global` or `builtin`.
    pub scope: &'static str,
    pub reason: String,
}

/// One row per name `scope` mentions, in the order it first mentions them.
pub fn scope_table(source: &str, table: &SymbolTable, scope: ScopeId) -> Vec<ScopeRow> {
    let Some(block) = table.scope(scope) else {
        return Vec::new();
    };
    let lines = LineIndex::new(source);
    block
        .symbols
        .iter()
        .map(|symbol| ScopeRow {
            name: symbol.name.clone(),
            scope: where_it_lives(table, scope, block.kind, &symbol.name, symbol.scope),
            reason: table.reason(scope, &symbol.name, &lines),
        })
        .collect()
}

/// A module's locals are its globals; a global that nothing assigns is a builtin.
fn where_it_lives(
    table: &SymbolTable,
    scope: ScopeId,
    kind: ScopeKind,
    name: &str,
    symbol_scope: SymbolScope,
) -> &'static str {
    match symbol_scope {
        SymbolScope::Local if kind == ScopeKind::Module => "global",
        SymbolScope::Local => "local",
        SymbolScope::Cell => "cell",
        SymbolScope::Free => "free",
        _ if table.is_builtin(scope, name) => "builtin",
        SymbolScope::GlobalExplicit | SymbolScope::GlobalImplicit => "global",
    }
}
