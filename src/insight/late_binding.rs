//! Late binding in a loop: a function made inside a loop reads the loop's variable
//! when it is *called*, through one cell (or the module's globals) that every
//! iteration rebinds. Functions that outlive their iteration all see the last value.
//! CPython rule: a closure captures variables, not values; a loop does not create a
//! new scope, so all iterations share one cell.

use super::diagnostic::{Code, Diagnostic, Severity};
use super::events::{Escape, Event, EventKind, Sink, BREAK_NAME};
use super::program::Program;
use super::wording::{backticked_list, capitalised};
use crate::scope::{ScopeId, ScopeKind, SymbolFlags, SymbolScope};
use crate::syntax::Span;

/// How a function bound to a name escapes when the name is used after the loop.
const USED_AFTER_LOOP: &str = "used after the loop";

/// One function created in a loop whose rebound variables it captures.
struct LateClosure<'e> {
    owner: ScopeId,
    creation: &'e Event,
    closure: ScopeId,
    escape: (Span, String),
    /// The captured names the loop rebinds, each with the write that rebinds it.
    rebound: Vec<(String, Span)>,
}

pub fn check(program: &Program) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for owner in program.scope_ids() {
        for creation in program.events(owner) {
            let EventKind::Closure { scope, sink } = &creation.kind else {
                continue;
            };
            if creation.loops.is_empty() {
                continue;
            }
            if program.consumed_at_once(*scope, sink) {
                continue;
            }
            let Some(escape) = escape_from_iteration(program, owner, creation, sink) else {
                continue;
            };
            let rebound = rebound_captures(program, owner, creation, *scope);
            if !rebound.is_empty() {
                let late = LateClosure {
                    owner,
                    creation,
                    closure: *scope,
                    escape,
                    rebound,
                };
                found.push(diagnose(program, &late));
            }
        }
    }
    found
}

/// Where the function outlives the iteration that made it, and how: appended,
/// stored, collected, yielded, or bound to a name that is used after the loop. A
/// `return` or a `break` ends the loop, so the variable is not rebound after it.
fn escape_from_iteration(
    program: &Program,
    owner: ScopeId,
    creation: &Event,
    sink: &Sink,
) -> Option<(Span, String)> {
    if breaks_after(program, owner, creation) {
        return None;
    }
    match sink {
        Sink::Escapes(Escape::Returned) => None,
        Sink::Escapes(escape) => Some((creation.span, escape.phrase().to_string())),
        Sink::Bound(name) => program.events_named(owner, name).find_map(|event| {
            let is_later_read = event.is_read() && event.span.start > creation.span.start;
            if !is_later_read {
                return None;
            }
            if used_after_conditional_creation(program, creation, event) {
                return Some((event.span, USED_AFTER_LOOP.to_string()));
            }
            match &event.kind {
                EventKind::Read(Sink::Escapes(Escape::Returned)) => None,
                EventKind::Read(Sink::Escapes(escape)) if in_creating_loop(creation, event) => {
                    Some((event.span, escape.phrase().to_string()))
                }
                _ => None,
            }
        }),
        _ => None,
    }
}

/// A function made in every iteration and used after the loop is the last one,
/// which sees the last value anyway; one made only in some iterations (inside an
/// `if`) sees a value from a later iteration.
fn used_after_conditional_creation(program: &Program, creation: &Event, read: &Event) -> bool {
    let Some(&innermost) = creation.loops.last() else {
        return false;
    };
    let conditional = program
        .facts
        .loops
        .get(innermost)
        .is_some_and(|info| creation.branches.len() > info.branch_depth);
    conditional && !read.in_loop(innermost)
}

fn in_creating_loop(creation: &Event, read: &Event) -> bool {
    creation.loops.last().is_some_and(|id| read.in_loop(*id))
}

/// A `break` that always follows the creation in the same iteration.
fn breaks_after(program: &Program, owner: ScopeId, creation: &Event) -> bool {
    program.events_named(owner, BREAK_NAME).any(|event| {
        event.kind == EventKind::Break
            && event.span.start > creation.span.start
            && event.loops == creation.loops
            && event.branches == creation.branches
    })
}

/// The variables the closure reads from `owner` that a loop around the closure's
/// creation binds again: cells of a function, or globals of the module.
fn rebound_captures(
    program: &Program,
    owner: ScopeId,
    creation: &Event,
    closure: ScopeId,
) -> Vec<(String, Span)> {
    let Some(closure_scope) = program.scope(closure) else {
        return Vec::new();
    };
    let at_module = program
        .scope(owner)
        .is_some_and(|s| s.kind == ScopeKind::Module);
    closure_scope
        .symbols
        .iter()
        .filter(|symbol| match symbol.scope {
            SymbolScope::Free => true,
            SymbolScope::GlobalImplicit | SymbolScope::GlobalExplicit => {
                at_module && !symbol.flags.intersects(SymbolFlags::BOUND)
            }
            _ => false,
        })
        .filter_map(|symbol| {
            program
                .events_named(owner, &symbol.name)
                .find(|event| {
                    event.is_write() && creation.loops.iter().any(|id| event.in_loop(*id))
                })
                .map(|write| (symbol.name.clone(), write.span))
        })
        .collect()
}

fn diagnose(program: &Program, late: &LateClosure) -> Diagnostic {
    let names: Vec<&str> = late.rebound.iter().map(|(name, _)| name.as_str()).collect();
    let listed = backticked_list(&names);
    let what = program.function_phrase(late.closure);
    let defaults: Vec<String> = names.iter().map(|name| format!("{name}={name}")).collect();
    let defaults = defaults.join(", ");
    let declared_nonlocal = names.iter().any(|name| {
        program
            .symbol(late.closure, name)
            .is_some_and(|symbol| symbol.flags.intersects(SymbolFlags::DECLARED_NONLOCAL))
    });
    let (fix, edits) = if program.is_generator(late.closure) {
        (generator_fix(&listed), Vec::new())
    } else if declared_nonlocal {
        (factory_fix(&names, &listed), Vec::new())
    } else {
        (
            late_fix(&names, &listed, &defaults),
            program.add_parameter_edit(late.closure, &defaults),
        )
    };
    let span = first_read(program, late.closure, &names).unwrap_or(late.creation.span);
    let mut diagnostic = Diagnostic::at(Code::LateBinding, Severity::Warning, span, &program.lines)
        .titled(
            format!("Late binding: {listed} is looked up when the function is called"),
            late_message(program, late, &listed),
        )
        .with_fix(fix, edits)
        .with_related(
            late.creation.span,
            format!("{what} is created here, once per iteration"),
        );
    for (name, write) in &late.rebound {
        diagnostic = diagnostic
            .about(name)
            .with_related(*write, format!("the loop rebinds `{name}` here"));
    }
    let (escape_span, how) = &late.escape;
    diagnostic.with_related(*escape_span, format!("the function is {how} here"))
}

/// A closure of a function shares the function's cell; a function made at module
/// level reads the module's global when it runs.
fn late_message(program: &Program, late: &LateClosure, listed: &str) -> String {
    let what = capitalised(&program.function_phrase(late.closure));
    let line = program.line(late.creation.span);
    let global = program
        .scope(late.owner)
        .is_some_and(|s| s.kind == ScopeKind::Module);
    let plural = late.rebound.len() > 1;
    let (made, used) = if program.is_generator(late.closure) {
        ("generators", "consumed")
    } else {
        ("functions", "called")
    };
    let (s, them, their, each) = if plural {
        ("s", "them", "their", "each")
    } else {
        ("", "it", "its", "it")
    };
    let opening = if global {
        format!("{what} created on line {line} reads the global{s} {listed} when it is called, not when it is created")
    } else {
        format!(
            "{what} created on line {line} captures the variable{s} {listed}, not {their} value{s}"
        )
    };
    let consequence = if late.escape.1 == USED_AFTER_LOOP {
        format!("The loop goes on after the function is made, so when it is {used} after the loop it sees the last value{s}, not the one{s} it was made with.")
    } else if global {
        format!("The {made} made in this loop all see the last value{s}.")
    } else {
        format!("The {made} made in this loop share one cell for {each}, so when they are {used} later they all see the last value{s}.")
    };
    format!("{opening}, and the loop rebinds {them} on every iteration. {consequence}")
}

/// A generator expression takes no parameters: its values can be computed now, or
/// the generator made by a function that receives the variable.
fn generator_fix(listed: &str) -> String {
    format!(
        "Compute the values now with a list comprehension, or make the generator in a function that takes {listed} as a parameter."
    )
}

/// A variable the closure declares `nonlocal` cannot also be its parameter, so only
/// a factory gives each function a cell of its own.
fn factory_fix(names: &[&str], listed: &str) -> String {
    let parameters = if names.len() > 1 {
        "parameters"
    } else {
        "a parameter"
    };
    format!(
        "Create the function in a factory that takes {listed} as {parameters}: each call of the factory makes a new cell. A default argument cannot replace a variable the function declares `nonlocal`."
    )
}

fn late_fix(names: &[&str], listed: &str, defaults: &str) -> String {
    let (s, parameters) = if names.len() > 1 {
        ("s", "parameters")
    } else {
        ("", "a parameter")
    };
    format!(
        "Bind the current value{s} as a default argument, `{defaults}`, which is evaluated once per iteration, or create the function in a factory that takes {listed} as {parameters}."
    )
}

/// The closure's first direct read of any of `names`.
fn first_read(program: &Program, closure: ScopeId, names: &[&str]) -> Option<Span> {
    program
        .events(closure)
        .iter()
        .find(|event| event.is_read() && names.contains(&event.name.as_str()))
        .map(|event| event.span)
}
