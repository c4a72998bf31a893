//! Mutable default argument: a default value is evaluated once, when `def` runs, and
//! stored on the function (`__defaults__`). A list, dict or set default that the body
//! changes in place therefore carries its changes from one call to the next.

use super::diagnostic::{Code, Diagnostic, Edit, Severity};
use super::events::{Event, EventKind, ParamDefault};
use super::program::Program;
use crate::scope::{ScopeId, ScopeKind};

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
            if let Some(change) = mutation_of_default(program.events(scope), &default.param) {
                found.push(diagnose(program, scope, default, kind, change));
            }
        }
    }
    found
}

/// The first in-place change of the parameter's object, unless the body binds the
/// parameter to something else before it (`items = list(items)`).
fn mutation_of_default<'e>(events: &'e [Event], param: &str) -> Option<&'e Event> {
    events
        .iter()
        .filter(|event| event.name == param)
        .find(|event| event.is_write() || matches!(event.kind, EventKind::Mutate(_)))
        .filter(|event| matches!(event.kind, EventKind::Mutate(_)))
}

fn diagnose(
    program: &Program,
    scope: ScopeId,
    default: &ParamDefault,
    kind: &str,
    change: &Event,
) -> Diagnostic {
    let param = &default.param;
    let written = program.source.get(default.default.range()).unwrap_or("");
    let message = format!(
        "The default `{written}` of `{param}` is created once, when {} is defined on line {}, and line {} changes it with {}. Every call that leaves out `{param}` gets that same {kind}, so changes pile up from call to call.",
        program.function_phrase(scope),
        program.scope(scope).map_or(0, |s| program.line(s.span)),
        program.line(change.span),
        how_changed(change),
    );
    let fix = format!(
        "Use `None` as the default and create the {kind} inside: `if {param} is None: {param} = {written}`."
    );
    let mut edits = vec![Edit {
        span: default.default,
        replacement: "None".to_string(),
    }];
    if program.scope(scope).map(|s| s.kind) == Some(ScopeKind::Function) {
        let statement = format!("if {param} is None:\n    {param} = {written}");
        edits.extend(program.first_statement_edit(scope, &statement));
    }
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
    .with_related(change.span, format!("`{param}` is changed in place here"))
}

/// "`append`", "`+=`", "item assignment".
fn how_changed(change: &Event) -> String {
    match &change.kind {
        EventKind::Mutate(how) if how == "item assignment" || how == "del" => how.clone(),
        EventKind::Mutate(how) => format!("`{how}`"),
        _ => "a change".to_string(),
    }
}
