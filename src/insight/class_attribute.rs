//! A method reading a class attribute by its bare name. A class body is not an
//! enclosing scope for the functions defined in it (CPython's symtable skips class
//! blocks when it resolves free variables), so `count` inside a method is a global,
//! or a local if the method assigns it, never the class's `count`.

use super::diagnostic::{Code, Diagnostic, Severity};
use super::missing_binding::certain_early_read;
use super::program::Program;
use crate::scope::{ScopeId, ScopeKind, SymbolFlags, SymbolScope};
use crate::syntax::Span;

pub fn check(program: &Program) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    if program.facts.star_import {
        return found;
    }
    for method in program.scope_ids() {
        let Some(class) = enclosing_class(program, method) else {
            continue;
        };
        let Some(scope) = program.scope(method) else {
            continue;
        };
        for symbol in &scope.symbols {
            if !binds(program, class, &symbol.name)
                || program.outer_binding(method, &symbol.name).is_some()
            {
                continue;
            }
            if let Some(read) = failing_read(program, method, &symbol.name) {
                found.push(diagnose(program, method, class, &symbol.name, read));
            }
        }
    }
    found
}

/// Explains an error raised in `method` for `name` when its class defines `name`.
pub fn explain(program: &Program, method: ScopeId, name: &str) -> Option<Diagnostic> {
    let class = enclosing_class(program, method)?;
    if !binds(program, class, name) || program.outer_binding(method, name).is_some() {
        return None;
    }
    let read = failing_read(program, method, name).or_else(|| {
        program
            .events_named(method, name)
            .find(|e| e.is_read())
            .map(|e| e.span)
    })?;
    Some(diagnose(program, method, class, name, read))
}

/// The class whose body defines `method` directly.
fn enclosing_class(program: &Program, method: ScopeId) -> Option<ScopeId> {
    let scope = program.scope(method)?;
    if scope.kind != ScopeKind::Function {
        return None;
    }
    let parent = scope.parent?;
    (program.scope(parent)?.kind == ScopeKind::Class).then_some(parent)
}

fn binds(program: &Program, scope: ScopeId, name: &str) -> bool {
    program
        .symbol(scope, name)
        .is_some_and(|symbol| symbol.flags.intersects(SymbolFlags::BOUND))
}

/// The read that fails: a global that nothing binds and no builtin provides
/// (NameError), or a local read before the method assigns it (UnboundLocalError).
fn failing_read(program: &Program, method: ScopeId, name: &str) -> Option<Span> {
    let symbol = program.symbol(method, name)?;
    match symbol.scope {
        SymbolScope::GlobalImplicit if !program.table.is_builtin(method, name) => program
            .events_named(method, name)
            .find(|event| event.is_read())
            .map(|event| event.span),
        SymbolScope::Local | SymbolScope::Cell if program.is_assigned_local(method, name) => {
            certain_early_read(program, method, name).map(|event| event.span)
        }
        _ => None,
    }
}

fn diagnose(
    program: &Program,
    method: ScopeId,
    class: ScopeId,
    name: &str,
    read: Span,
) -> Diagnostic {
    let class_name = program
        .scope(class)
        .map_or("the class", |s| s.name.as_str());
    let method_phrase = program.function_phrase(method);
    let message = class_message(program, method, class_name, name, read);
    let receiver = first_parameter(program, method).unwrap_or("self");
    let fix = format!(
        "Write `{receiver}.{name}` to reach it through the instance, or `{class_name}.{name}` to read or change the value the class shares."
    );
    let mut diagnostic = Diagnostic::at(
        Code::ClassAttribute,
        Severity::Warning,
        read,
        &program.lines,
    )
    .titled(
        format!("`{name}` is a class attribute, not a variable of {method_phrase}"),
        message,
    )
    .with_fix(fix, Vec::new())
    .about(name);
    if let Some(binding) = program.symbol(class, name).and_then(|s| s.binding_span) {
        diagnostic =
            diagnostic.with_related(binding, format!("`{class_name}.{name}` is defined here"));
    }
    diagnostic
}

/// Why the method does not see the class attribute, and which error that raises.
fn class_message(
    program: &Program,
    method: ScopeId,
    class_name: &str,
    name: &str,
    read: Span,
) -> String {
    let method_phrase = program.function_phrase(method);
    let (seen_as, error) = if program.is_assigned_local(method, name) {
        (
            "a local variable of the method, because the method assigns it",
            "UnboundLocalError",
        )
    } else {
        ("a global", "NameError")
    };
    format!(
        "`{name}` is a class attribute of `{class_name}`, but {method_phrase} cannot see the names of its class body: a class body is not an enclosing scope. Line {} reads `{name}` as {seen_as}, which raises {error}.",
        program.line(read),
    )
}

/// The method's first parameter, `self` by convention.
fn first_parameter<'p>(program: &'p Program, method: ScopeId) -> Option<&'p str> {
    let scope = program.scope(method)?;
    (scope.argcount > 0)
        .then(|| scope.varnames.first().map(String::as_str))
        .flatten()
}
