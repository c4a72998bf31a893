//! Scope analysis with CPython 3.11's symtable rules: every name in every scope becomes
//! local, cell, free or global, and misuse of `global`, `nonlocal` and the walrus is a
//! `SyntaxError` with CPython's message and location.
//!
//! Two passes, as in `symtable.c`: `builder` (with `declarations`, `visit_expr` and
//! `walrus`) walks the AST and records what each scope does with each name; `resolve`
//! decides where each name lives. `flatten` lists the scopes with their qualnames,
//! `co_cellvars` and `co_freevars`, and `varnames` orders each function's locals the way
//! CPython's compiler numbers them.
//!
//! For the rest of the program: [`SymbolTable::scope_of`] finds the scope a node made,
//! [`Scope::load_access`] says which instruction family reaches a name,
//! [`SymbolTable::reason`] explains a name for the page, and [`dump`] prints the table in
//! the form `scripts/record_symtables.py` records from CPython.

mod access;
mod builder;
mod builtins;
mod declarations;
pub mod dump;
mod flags;
mod flatten;
mod lazy_annotations;
mod mangle;
mod node;
mod operands;
mod reason;
mod resolve;
mod table;
mod varnames;
mod visit_expr;
mod walrus;

pub use access::NameAccess;
pub use builtins::is_builtin_name;
pub use flags::SymbolFlags;
pub use mangle::mangle;
pub use table::{Scope, ScopeId, ScopeKind, Symbol, SymbolScope, SymbolTable};

use crate::syntax::ast::Module;
use crate::syntax::SyntaxError;

/// Builds the symbol table of `module`, or the first error CPython's symtable pass
/// would raise.
pub fn analyze(module: &Module) -> Result<SymbolTable, SyntaxError> {
    let mut tree = builder::build(module)?;
    resolve::resolve(&mut tree)?;
    let mut table = flatten::flatten(tree);
    varnames::number_locals(&mut table, module);
    Ok(table)
}

/// The scope errors of a parsed program, for `cellscope check` to report after the
/// parser's own.
pub fn check(module: &Module) -> Result<(), SyntaxError> {
    analyze(module).map(|_| ())
}

/// Parses and analyzes `source`: the first syntax or scope error CPython's compiler
/// would report before running anything else.
pub fn check_source(source: &str) -> Result<SymbolTable, SyntaxError> {
    analyze(&crate::syntax::parse(source)?)
}

#[cfg(test)]
mod tests;
