//! Mutable default argument: a default value is evaluated once, when `def` runs, and
//! stored on the function (`__defaults__`). A list, dict or set default that the body
//! changes in place therefore carries its changes from one call to the next.

use super::diagnostic::{Code, Diagnostic, Severity};
use super::edits::insert_statement;
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
    let function = program.function_phrase(scope);
    let def_line = program.scope(scope).map_or(0, |s| program.line(s.span));
    let how = match &change.kind {
        EventKind::Mutate(how) if how.ends_with('=') => format!("`{how}`"),
        EventKind::Mutate(how) if how == "item assignment" || how == "del" => how.clone(),
        EventKind::Mutate(how) => format!("`{how}`"),
        _ => "a change".to_string(),
    };
    let written = program.source.get(default.default.range()).unwrap_or("");
    let message = format!(
        "The default `{written}` of `{param}` is created once, when {function} is defined on line {def_line}, and line {} changes it with {how}. Every call that leaves out `{param}` gets that same {kind}, so changes pile up from call to call.",
        program.line(change.span),
    );
    let fix = format!(
        "Use `None` as the default and create the {kind} inside: `if {param} is None: {param} = {written}`."
    );
    let mut edits = vec![super::diagnostic::Edit {
        span: default.default,
        replacement: "None".to_string(),
    }];
    let is_def = program
        .scope(scope)
        .is_some_and(|s| s.kind == ScopeKind::Function);
    let body_start = program.facts_of(scope).and_then(|facts| facts.body_start);
    if let (true, Some(body_start)) = (is_def, body_start) {
        let statement = format!("if {param} is None:\n    {param} = {written}");
        edits.extend(insert_statement(program.source, body_start, &statement));
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
    .with_related(change.span, format!("`{param}` is changed in place here"))
}
