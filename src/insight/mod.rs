//! Closure pitfalls, found before and while a program runs, explained in words and
//! with a fix.
//!
//! [`lint`] reads a program once (`walk` records what every scope does with every
//! name, in order) and runs one check per pitfall, one file each: `late_binding`,
//! `mutable_default`, `missing_binding` (missing `nonlocal` or `global`),
//! `shadowing`, `reassigned_after_capture` and `class_attribute` (a method reading
//! a class attribute by its bare name). The run-time helpers take what a
//! snapshot shows: [`late_binding_at_runtime`], [`explain_exception`] (for
//! UnboundLocalError and empty free variables) and [`reassigned_values`] (or
//! [`reassigned_with_values`] given the two values). [`scope_table`] lists a scope's
//! names for the page.

mod anchors;
mod class_attribute;
mod diagnostic;
mod edits;
mod events;
mod explain;
mod header;
mod late_binding;
mod missing_binding;
mod mutable_default;
mod program;
mod reassigned_after_capture;
mod runtime_cells;
mod scope_at;
mod scope_table;
mod shadowing;
mod walk;
mod walk_expr;
mod walk_match;
mod walk_stmt;
mod wording;

pub use anchors::{exception_anchor, raising_scope, Anchor};
pub use diagnostic::{Code, Diagnostic, Edit, Fix, Related, Severity};
pub use explain::{explain_exception, explain_unbound_free};
pub use missing_binding::explain_unbound_local;
pub use reassigned_after_capture::with_values as reassigned_with_values;
pub use runtime_cells::{
    cells_from_snapshot, late_binding_at_runtime, reassigned_values, CellHolder, CellView,
};
pub use scope_at::{scope_at, ScopeAt, ScopeRowAt, ScopeSubject};
pub use scope_table::{scope_table, ScopeRow};

use crate::scope::{analyze, SymbolTable};
use crate::syntax::ast::Module;
use crate::syntax::{parse, SyntaxError};
use program::Program;

/// Every static diagnostic of `source`, sorted by position; the first syntax or
/// scope error if it does not compile.
pub fn lint(source: &str) -> Result<Vec<Diagnostic>, SyntaxError> {
    let module = parse(source)?;
    let table = analyze(&module)?;
    Ok(lint_parsed(source, &module, &table))
}

/// [`lint`] for a program already parsed and resolved.
pub fn lint_parsed(source: &str, module: &Module, table: &SymbolTable) -> Vec<Diagnostic> {
    let program = Program::new(source, module, table);
    let mut found = Vec::new();
    found.extend(late_binding::check(&program));
    found.extend(mutable_default::check(&program));
    found.extend(missing_binding::check(&program));
    found.extend(shadowing::check(&program));
    found.extend(reassigned_after_capture::check(&program));
    found.extend(class_attribute::check(&program));
    found.sort_by_key(|diagnostic| {
        (
            diagnostic.span.start,
            diagnostic.span.end,
            diagnostic.code.name(),
        )
    });
    found
}

#[cfg(test)]
mod tests;
