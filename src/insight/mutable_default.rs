//! Mutable default argument: a default value is evaluated once, when `def` runs, and
//! stored on the function (`__defaults__`). A list, dict or set default that the body
//! changes in place therefore carries its changes from one call to the next.

use super::diagnostic::{Code, Diagnostic, Edit, Severity};
use super::events::{Event, EventKind, ParamDefault};
use super::program::{OuterBinding, Program};
use crate::scope::{ScopeId, ScopeKind, SymbolScope};

pub fn check(program: &Program) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for scope in program.scope_ids() {
        let Some(facts) = program.facts_of(scope) else {
            continue;
        };
        for default in &facts.defaults {
            let Some(kind) = default.mutable_kind else {
                continue;
            };
            if let Some(change) = mutation_of_default(program, scope, &default.param) {
                found.push(diagnose(program, scope, default, kind, &change));
            }
        }
    }
    found
}

/// An in-place change of a default's object, and the attribute path it was reached
/// through when the function stored the object first (`self.items = items`).
struct Change<'e> {
    event: &'e Event,
    through: Option<&'e str>,
}

/// The first in-place change of the parameter's object, unless the body binds the
/// parameter to something else before it (`items = list(items)`). An object stored
/// as `self.items` counts as changed when a method of the same class changes
/// `self.items`.
fn mutation_of_default<'e>(
    program: &'e Program,
    scope: ScopeId,
    param: &str,
) -> Option<Change<'e>> {
    for event in program.events_named(scope, param) {
        match &event.kind {
            EventKind::Write(_) => return None,
            EventKind::Mutate(_) => {
                return Some(Change {
                    event,
                    through: None,
                })
            }
            EventKind::StoredAs(path) => {
                if let Some(change) = mutation_in_siblings(program, scope, path) {
                    return Some(Change {
                        event: change,
                        through: Some(path),
                    });
                }
            }
            _ => {}
        }
    }
    mutation_in_closures(program, scope, param).map(|event| Change {
        event,
        through: None,
    })
}

/// The textbook form of the pitfall: an inner function changes the default in place
/// through its cell (`def make(items=[]): def add(x): items.append(x)`). Only free
/// variables that resolve to this function's parameter count; a closure that rebinds
/// it with `nonlocal` first is not changing the default.
fn mutation_in_closures<'e>(program: &'e Program, scope: ScopeId, param: &str) -> Option<&'e Event> {
    program
        .scope_ids()
        .filter(|&inner| inner != scope)
        .filter(|&inner| {
            program
                .symbol(inner, param)
                .is_some_and(|symbol| symbol.scope == SymbolScope::Free)
                && program.outer_binding(inner, param) == Some(OuterBinding::Function(scope))
        })
        .find_map(|inner| {
            program
                .events_named(inner, param)
                .find(|event| matches!(event.kind, EventKind::Write(_) | EventKind::Mutate(_)))
                .filter(|event| matches!(event.kind, EventKind::Mutate(_)))
        })
}

/// A change of `path` (`self.items`) in `scope` or in another function of the same
/// class or module.
fn mutation_in_siblings<'e>(program: &'e Program, scope: ScopeId, path: &str) -> Option<&'e Event> {
    let parent = program.scope(scope)?.parent;
    program
        .scope_ids()
        .filter(|id| program.scope(*id).is_some_and(|s| s.parent == parent))
        .flat_map(|id| program.events(id))
        .find(|event| event.name == path && matches!(event.kind, EventKind::Mutate(_)))
}

fn diagnose(
    program: &Program,
    scope: ScopeId,
    default: &ParamDefault,
    kind: &str,
    change: &Change,
) -> Diagnostic {
    let param = &default.param;
    let written = program.source.get(default.default.range()).unwrap_or("");
    let message = format!(
        "The default `{written}` of `{param}` is created once, when {} is defined on line {}, and line {} changes it with {}. Every call that leaves out `{param}` gets that same {kind}, so changes pile up from call to call.",
        program.function_phrase(scope),
        program.scope(scope).map_or(0, |s| program.line(s.span)),
        program.line(change.event.span),
        how_changed(change),
    );
    let (fix, edits) = default_fix(program, scope, default, kind);
    Diagnostic::at(
        Code::MutableDefault,
        Severity::Warning,
        default.default,
        &program.lines,
    )
    .titled(
        format!("Mutable default: `{param}` shares one {kind} across calls"),
        message,
    )
    .with_fix(fix, edits)
    .about(param)
    .with_related(
        change.event.span,
        format!("`{param}` is changed in place here"),
    )
}

/// `None` as the default and the object made in the body; a lambda has no body for
/// that, so it has to become a `def` first.
fn default_fix(
    program: &Program,
    scope: ScopeId,
    default: &ParamDefault,
    kind: &str,
) -> (String, Vec<Edit>) {
    let param = &default.param;
    let written = program.source.get(default.default.range()).unwrap_or("");
    let is_def = program.scope(scope).map(|s| s.kind) == Some(ScopeKind::Function);
    if is_def {
        let statement = format!("if {param} is None:\n    {param} = {written}");
        let mut edits = vec![Edit {
            span: default.default,
            replacement: "None".to_string(),
        }];
        edits.extend(program.first_statement_edit(scope, &statement));
        (
            format!("Use `None` as the default and create the {kind} inside: `if {param} is None: {param} = {written}`."),
            edits,
        )
    } else {
        (
            format!("Write the lambda as a `def` with `None` as the default, and create the {kind} inside: `if {param} is None: {param} = {written}`."),
            Vec::new(),
        )
    }
}

/// "`append`", "`+=`", "item assignment", "`append` on `self.items`".
fn how_changed(change: &Change) -> String {
    let how = match &change.event.kind {
        EventKind::Mutate(how) if how == "item assignment" || how == "del" => how.clone(),
        EventKind::Mutate(how) => format!("`{how}`"),
        _ => "a change".to_string(),
    };
    match change.through {
        Some(path) => format!("{how} on `{path}`, where it was stored"),
        None => how,
    }
}
