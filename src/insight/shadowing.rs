//! Shadowing: an inner function assigns a name that an enclosing function also binds.
//! The assignment makes a new local (CPython: any binding makes a name local to its
//! function), so the enclosing variable is left unchanged. No error is raised, which
//! is why this is easy to miss when `nonlocal` was meant.

use super::diagnostic::{Code, Diagnostic, Severity};
use super::events::{EventKind, WriteKind};
use super::missing_binding::certain_early_read;
use super::program::{OuterBinding, Program};
use crate::scope::{ScopeId, ScopeKind, SymbolFlags, SymbolScope};
use crate::syntax::Span;

pub fn check(program: &Program) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for inner in program.scope_ids() {
        let Some(scope) = program.scope(inner) else {
            continue;
        };
        if !matches!(scope.kind, ScopeKind::Function | ScopeKind::Lambda) {
            continue;
        }
        for symbol in &scope.symbols {
            if let Some((assignment, outer)) = shadowed(program, inner, &symbol.name) {
                found.push(diagnose(program, inner, &symbol.name, assignment, outer));
            }
        }
    }
    found
}

/// The plain assignment that shadows `name` (when reading it first is not already a
/// certain UnboundLocalError, which is the missing-`nonlocal` warning's business),
/// and the enclosing function whose
/// variable it hides, when that function gave the variable a value before defining
/// `inner` and still looks at it afterwards (reads it later, or another closure
/// shares it). A helper that merely reuses a name the outer function binds later is
/// not flagged.
fn shadowed(program: &Program, inner: ScopeId, name: &str) -> Option<(Span, ScopeId)> {
    if !program.is_assigned_local(inner, name) {
        return None;
    }
    if certain_early_read(program, inner, name).is_some()
        || !looks_meant_for_outer(program, inner, name)
    {
        return None;
    }
    let assignment = program.events_named(inner, name).find(|event| {
        matches!(
            event.kind,
            EventKind::Write(WriteKind::Assign | WriteKind::AnnAssign | WriteKind::Walrus)
        )
    })?;
    let Some(OuterBinding::Function(outer)) = program.outer_binding(inner, name) else {
        return None;
    };
    let inner_span = program.scope(inner)?.span;
    let outer_symbol = program.symbol(outer, name)?;
    let bound_before = outer_symbol.flags.intersects(SymbolFlags::PARAMETER)
        || program
            .events_named(outer, name)
            .any(|event| event.is_write() && event.span.end <= inner_span.start);
    if !bound_before {
        return None;
    }
    let inner_end = inner_span.end;
    let read_later = program
        .events_named(outer, name)
        .any(|event| event.is_read() && event.span.start >= inner_end);
    let shared = outer_symbol.scope == SymbolScope::Cell;
    (read_later || shared).then_some((assignment.span, outer))
}

/// An inner function that reads its own local after assigning it is using a
/// variable of its own. One that never reads it (the assignment is a dead store), or
/// reads it first in a loop (expecting a value from before), most likely meant the
/// enclosing function's variable.
fn looks_meant_for_outer(program: &Program, inner: ScopeId, name: &str) -> bool {
    let captured_deeper = program
        .symbol(inner, name)
        .is_some_and(|symbol| symbol.scope == SymbolScope::Cell);
    let first = program.first_access(inner, name);
    let never_read = !program
        .events_named(inner, name)
        .any(|event| event.is_read());
    (never_read && !captured_deeper) || first.is_some_and(|event| event.is_read())
}

fn diagnose(
    program: &Program,
    inner: ScopeId,
    name: &str,
    assignment: Span,
    outer: ScopeId,
) -> Diagnostic {
    let function = program.function_phrase(inner);
    let owner = program.function_phrase(outer);
    let message = format!(
        "Line {} makes `{name}` a new local variable of {function}, separate from the `{name}` of {owner}, because assigning a name makes it local. {} never sees this value.",
        program.line(assignment),
        super::wording::capitalised(&owner),
    );
    let fix = format!(
        "If {function} should change {owner}'s `{name}`, add `nonlocal {name}`; otherwise give the local another name."
    );
    let edits = program.first_statement_edit(inner, &format!("nonlocal {name}"));
    let mut diagnostic =
        Diagnostic::at(Code::Shadowing, Severity::Hint, assignment, &program.lines)
            .titled(
                format!("`{name}` in {function} hides the `{name}` of {owner}"),
                message,
            )
            .with_fix(fix, edits)
            .about(name);
    if let Some(binding) = program
        .scope(outer)
        .and_then(|s| s.lookup(name))
        .and_then(|s| s.binding_span)
    {
        diagnostic = diagnostic.with_related(binding, format!("the `{name}` of {owner}"));
    }
    diagnostic
}
