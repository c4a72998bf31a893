//! Missing `nonlocal` or `global`: assigning a name anywhere in a function makes it
//! local to the whole function (CPython decides this before the function runs), so
//! reading it before the assignment raises UnboundLocalError even when an enclosing
//! function or the module has a variable of that name.

use super::diagnostic::{Code, Diagnostic, Severity};
use super::events::{Event, EventKind, WriteKind};
use super::program::{OuterBinding, Program};
use crate::scope::{ScopeId, ScopeKind, SymbolFlags, SymbolTable};
use crate::syntax::{parse, Span};

/// A local of `function` read before any assignment to it could have run.
struct EarlyRead {
    function: ScopeId,
    name: String,
    read: Span,
    assignment: Span,
}

pub fn check(program: &Program) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for function in program.scope_ids() {
        for early in early_reads(program, function) {
            let outer = program.outer_binding(function, &early.name);
            if outer.is_some() || !binds_in_enclosing_class(program, function, &early.name) {
                found.push(diagnose(program, &early, outer));
            }
        }
    }
    found
}

/// A method's early read of a class attribute's name is the class-attribute
/// check's business: it explains the class, not the assignment.
fn binds_in_enclosing_class(program: &Program, function: ScopeId, name: &str) -> bool {
    let parent = program.scope(function).and_then(|s| s.parent);
    parent.is_some_and(|parent| {
        program
            .scope(parent)
            .is_some_and(|s| s.kind == ScopeKind::Class)
            && program
                .symbol(parent, name)
                .is_some_and(|symbol| symbol.flags.intersects(SymbolFlags::BOUND))
    })
}

/// The locals of a function or lambda whose first access, in the order the code
/// runs, is a read that no earlier iteration of a loop can have prepared: the first
/// time through, nothing can have bound them yet.
fn early_reads(program: &Program, function: ScopeId) -> Vec<EarlyRead> {
    let Some(scope) = program.scope(function) else {
        return Vec::new();
    };
    if !matches!(scope.kind, ScopeKind::Function | ScopeKind::Lambda) {
        return Vec::new();
    }
    scope
        .symbols
        .iter()
        .filter(|symbol| program.is_assigned_local(function, &symbol.name))
        .filter_map(|symbol| {
            let read = certain_early_read(program, function, &symbol.name)?;
            Some(EarlyRead {
                function,
                name: symbol.name.clone(),
                read: read.span,
                assignment: symbol.binding_span?,
            })
        })
        .collect()
}

/// The first access of `name` in `function` when it is a read that must fail: no
/// assignment can have run before it. A read inside a loop that also assigns the
/// name may see the previous iteration's value (`if i: print(prev)` then
/// `prev = i`), so it is not certain; `x += 1` cannot be the first binding, so it
/// does not count as one.
pub(super) fn certain_early_read<'p>(
    program: &'p Program,
    function: ScopeId,
    name: &str,
) -> Option<&'p Event> {
    let first = program.first_access(function, name)?;
    let prepared_by_loop = program.events_named(function, name).any(|event| {
        matches!(event.kind, EventKind::Write(kind) if kind != WriteKind::AugAssign)
            && first.loops.iter().any(|id| event.in_loop(*id))
    });
    (first.is_read() && !prepared_by_loop).then_some(first)
}

fn diagnose(program: &Program, early: &EarlyRead, outer: Option<OuterBinding>) -> Diagnostic {
    let name = &early.name;
    let function = program.function_phrase(early.function);
    let (code, words) = match outer {
        Some(OuterBinding::Module) if nested_nonlocal(program, early.function, &early.name) => {
            (Code::MissingGlobal, global_blocked_words(program, early))
        }
        Some(outer) => declaration_words(program, early, outer),
        None => (Code::UnboundLocal, unbound_words(program, early)),
    };
    let edits = match &words.declaration {
        Some(statement) => program.first_statement_edit(early.function, statement),
        None => Vec::new(),
    };
    let mut diagnostic = Diagnostic::at(code, Severity::Warning, early.read, &program.lines)
        .titled(words.title, words.message)
        .with_fix(words.fix, edits)
        .about(name)
        .with_related(
            early.assignment,
            format!("this assignment makes `{name}` local to {function}"),
        );
    if let Some(OuterBinding::Function(id)) = outer {
        if let Some(span) = binding_span_in(program, id, name) {
            let owner = program.function_phrase(id);
            diagnostic = diagnostic.with_related(span, format!("the `{name}` of {owner}"));
        }
    }
    diagnostic
}

/// The sentences of a diagnostic, and the declaration its fix inserts.
struct Words {
    title: String,
    message: String,
    fix: String,
    declaration: Option<String>,
}

fn because(program: &Program, early: &EarlyRead) -> String {
    format!(
        "`{}` is local to {} because line {} assigns it",
        early.name,
        program.function_phrase(early.function),
        program.line(early.assignment)
    )
}

/// "add `nonlocal count` to use the `count` in `counter`", or `global` for the
/// module's variable.
fn declaration_words(program: &Program, early: &EarlyRead, outer: OuterBinding) -> (Code, Words) {
    let name = &early.name;
    let (code, keyword, owner) = match outer {
        OuterBinding::Function(id) => (
            Code::MissingNonlocal,
            "nonlocal",
            format!("the `{name}` in {}", program.function_phrase(id)),
        ),
        OuterBinding::Module => (
            Code::MissingGlobal,
            "global",
            format!("the module's `{name}`"),
        ),
    };
    let declaration = format!("{keyword} {name}");
    let words = Words {
        title: format!("Missing `{declaration}`"),
        message: format!(
            "{}; add `{declaration}` to use {owner}. Line {} reads it first, so the call raises UnboundLocalError.",
            because(program, early),
            program.line(early.read)
        ),
        fix: format!(
            "Add `{declaration}` as the first statement of {}.",
            program.function_phrase(early.function)
        ),
        declaration: Some(declaration),
    };
    (code, words)
}

/// Whether a function nested in `scope` declares `nonlocal name`. `global name` in
/// `scope` would take away the binding that declaration finds, and a `nonlocal` with no
/// enclosing function binding is a SyntaxError, so no `global` can be offered then.
fn nested_nonlocal(program: &Program, scope: ScopeId, name: &str) -> bool {
    program.scope(scope).is_some_and(|scope| {
        scope.children.iter().any(|&child| {
            program
                .symbol(child, name)
                .is_some_and(|symbol| symbol.flags.intersects(SymbolFlags::DECLARED_NONLOCAL))
                || nested_nonlocal(program, child, name)
        })
    })
}

/// The module has the name, but an inner function's `nonlocal` needs this function's own.
fn global_blocked_words(program: &Program, early: &EarlyRead) -> Words {
    let name = &early.name;
    Words {
        title: format!("`{name}` is read before it is assigned"),
        message: format!(
            "{}, and line {} reads it first, so the call raises UnboundLocalError. `global {name}` would use the module's `{name}`, but a function inside declares `nonlocal {name}`, which needs this function's own.",
            because(program, early),
            program.line(early.read)
        ),
        fix: format!("Assign `{name}` before reading it, or give the module's variable another name."),
        declaration: None,
    }
}

fn unbound_words(program: &Program, early: &EarlyRead) -> Words {
    let name = &early.name;
    Words {
        title: format!("`{name}` is read before it is assigned"),
        message: format!(
            "{}, and line {} reads it before any assignment to it has run, so the call raises UnboundLocalError.",
            because(program, early),
            program.line(early.read)
        ),
        fix: format!("Assign `{name}` before reading it, or pass its value in as a parameter."),
        declaration: None,
    }
}

fn binding_span_in(program: &Program, scope: ScopeId, name: &str) -> Option<Span> {
    let symbol = program.symbol(scope, name)?;
    symbol.binding_span.or(Some(symbol.first_span))
}

/// Explains an UnboundLocalError raised at run time for `name` in the function whose
/// `__qualname__` is `function_qualname`: which assignment made the name local, and
/// the `nonlocal` or `global` that was probably meant. `None` when the name is not an
/// assigned local of that function.
pub fn explain_unbound_local(
    source: &str,
    table: &SymbolTable,
    function_qualname: &str,
    name: &str,
) -> Option<Diagnostic> {
    let module = parse(source).ok()?;
    let program = Program::new(source, &module, table);
    let function = program.scope_by_qualname(function_qualname)?;
    if !program.is_assigned_local(function, name) {
        return None;
    }
    let assignment = program.symbol(function, name)?.binding_span?;
    let read = program
        .events(function)
        .iter()
        .find(|event| event.name == name && event.is_read())
        .map_or(assignment, |event| event.span);
    let early = EarlyRead {
        function,
        name: name.to_string(),
        read,
        assignment,
    };
    Some(diagnose(
        &program,
        &early,
        program.outer_binding(function, name),
    ))
}
