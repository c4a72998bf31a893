//! Scope analysis with CPython 3.11's symtable rules: every name in every scope becomes
//! local, cell, free or global, and misuse of `global`, `nonlocal` and the walrus is a
//! `SyntaxError` with CPython's message and location.
//!
//! Two passes, as in `symtable.c`: [`builder`] walks the AST and records what each scope
//! does with each name; [`resolve`] decides where each name lives. [`varnames`] then
//! orders each function's locals the way CPython's compiler numbers them.

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
