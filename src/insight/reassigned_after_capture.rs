//! Reassigned after capture: a closure holds the *cell* of a variable, not the value
//! the variable had when the closure was made. When the enclosing function assigns
//! the variable again afterwards, the closure sees the new value. Often intended, so
//! this is a hint; at run time it can show both values.

use super::diagnostic::{Code, Diagnostic, Severity};
use super::events::{Escape, Event, EventKind, Sink, WriteKind};
use super::program::Program;
use super::wording::capitalised;
use crate::scope::{ScopeId, ScopeKind, SymbolFlags, SymbolScope};

/// A closure, the captured name, and the later write that changes what it sees.
struct Reassignment<'e> {
    closure: ScopeId,
    creation: &'e Event,
    name: String,
    write: &'e Event,
}

pub fn check(program: &Program) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for owner in program.scope_ids() {
        if program.scope(owner).map(|s| s.kind) != Some(ScopeKind::Function) {
            continue;
        }
        for creation in program.events(owner) {
            let EventKind::Closure {
                scope: closure,
                sink,
            } = &creation.kind
            else {
                continue;
            };
            for name in captured_cells(program, owner, *closure) {
                let Some(write) = write_after(program, owner, creation, &name) else {
                    continue;
                };
                if !program.consumed_at_once(*closure, sink)
                    && runs_after(program, owner, sink, write)
                    && !returned_before(program, owner, creation, sink, write)
                {
                    let found_one = Reassignment {
                        closure: *closure,
                        creation,
                        name,
                        write,
                    };
                    found.push(diagnose(program, &found_one));
                }
            }
        }
    }
    found
}

/// The free variables of `closure` that are cells of `owner`. A closure that declares
/// the variable `nonlocal` shares it with its function on purpose.
fn captured_cells(program: &Program, owner: ScopeId, closure: ScopeId) -> Vec<String> {
    let Some(inner) = program.scope(closure) else {
        return Vec::new();
    };
    inner
        .symbols
        .iter()
        .filter(|symbol| {
            symbol.scope == SymbolScope::Free
                && !symbol.flags.intersects(SymbolFlags::DECLARED_NONLOCAL)
        })
        .filter(|symbol| {
            program
                .symbol(owner, &symbol.name)
                .is_some_and(|outer_symbol| outer_symbol.scope == SymbolScope::Cell)
        })
        .map(|symbol| symbol.name.clone())
        .collect()
}

/// The first write of `name` after the closure is made, when the name already had a
/// value before it. A write in a loop that also makes the closure is late binding's
/// business, not this check's.
fn write_after<'e>(
    program: &'e Program,
    owner: ScopeId,
    creation: &Event,
    name: &str,
) -> Option<&'e Event> {
    let is_parameter = program
        .symbol(owner, name)
        .is_some_and(|symbol| symbol.flags.intersects(SymbolFlags::PARAMETER));
    let bound_before = is_parameter
        || program
            .events_named(owner, name)
            .any(|event| event.is_write() && event.span.end <= creation.span.start);
    if !bound_before {
        return None;
    }
    program.events_named(owner, name).find(|event| {
        event.is_write()
            && event.span.start >= creation.span.end
            && !creation.loops.iter().any(|id| event.in_loop(*id))
            && !event.excludes(creation)
    })
}

/// True when every path that makes the closure returns it before reaching `write`:
/// `return lambda: x`, or a `return f` in the same block as `def f`. The write then
/// belongs to another call, with another cell.
fn returned_before(
    program: &Program,
    owner: ScopeId,
    creation: &Event,
    sink: &Sink,
    write: &Event,
) -> bool {
    if *sink == Sink::Escapes(Escape::Returned) {
        return true;
    }
    let Sink::Bound(name) = sink else {
        return false;
    };
    program.events_named(owner, name).any(|event| {
        event.kind == EventKind::Read(Sink::Escapes(Escape::Returned))
            && event.span.start > creation.span.start
            && event.span.end <= write.span.start
            && event.loops == creation.loops
            && event.branches == creation.branches
    })
}

/// Whether the closure can run after `write` without its caller seeing the
/// reassignment: it leaves the function (returned, stored, appended, directly or by
/// name), or the function calls it again after a plain reassignment. A loop that
/// rebinds the variable and calls the closure each time means it.
fn runs_after(program: &Program, owner: ScopeId, sink: &Sink, write: &Event) -> bool {
    let Sink::Bound(name) = sink else {
        return matches!(sink, Sink::Escapes(_));
    };
    let loop_target = matches!(write.kind, EventKind::Write(WriteKind::For));
    program.events_named(owner, name).any(|event| {
        let EventKind::Read(read_sink) = &event.kind else {
            return false;
        };
        let used_later = !loop_target && event.span.start >= write.span.end;
        matches!(read_sink, Sink::Escapes(_)) || used_later
    })
}

fn diagnose(program: &Program, found: &Reassignment) -> Diagnostic {
    let name = &found.name;
    let closure = program.function_phrase(found.closure);
    let deleted = matches!(found.write.kind, EventKind::Write(WriteKind::Delete));
    let (change, consequence) = if deleted {
        (
            format!("deletes `{name}`"),
            "finds the cell empty and raises NameError",
        )
    } else {
        (format!("assigns `{name}` again"), "sees the new value")
    };
    let message = format!(
        "{} created on line {} captures the variable `{name}`, not its value, and line {} {change} afterwards. When {closure} runs after that, it {consequence}.",
        capitalised(&closure),
        program.line(found.creation.span),
        program.line(found.write.span),
    );
    let fix = format!(
        "If {closure} should keep the value `{name}` had when it was created, bind it as a default argument, `{name}={name}`; if it should see the latest value, nothing needs to change."
    );
    let edits = program.add_parameter_edit(found.closure, &format!("{name}={name}"));
    let title = format!(
        "{} will not see the value it was created with",
        capitalised(&closure)
    );
    Diagnostic::at(
        Code::ReassignedAfterCapture,
        Severity::Hint,
        found.write.span,
        &program.lines,
    )
    .titled(title, message)
    .with_fix(fix, edits)
    .about(name)
    .with_related(
        found.creation.span,
        format!("{closure} captures `{name}` here"),
    )
}

/// The reassignment hint of `lint`, completed at run time with the value the
/// variable held when the closure was created (from the snapshot at the closure's
/// line, `related[0]`) and the value it holds now (from the current snapshot).
pub fn with_values(diagnostic: &Diagnostic, when_created: &str, now: &str) -> Diagnostic {
    let mut completed = diagnostic.clone();
    let name = diagnostic.names.first().map_or("it", String::as_str);
    completed.message.push_str(&format!(
        " When the function was created `{name}` held {when_created}; it now holds {now}."
    ));
    completed
}
