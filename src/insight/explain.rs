//! Run-time errors about empty variables, explained from the program's scopes: an
//! UnboundLocalError points to the assignment that made the name local (and the
//! `nonlocal` or `global` probably meant); a NameError about a free variable points
//! to the enclosing function whose cell is still empty; either one in a method, for
//! a name its class defines, points to the class attribute.

use super::class_attribute;
use super::diagnostic::{Code, Diagnostic, Severity};
use super::missing_binding::explain_unbound_local;
use super::program::{OuterBinding, Program};
use crate::scope::{ScopeId, SymbolScope, SymbolTable};
use crate::syntax::parse;

/// Explains the exception `type_name: message` raised in the function whose
/// `__qualname__` is `function_qualname`, when it is one of CPython's messages about
/// an empty local or free variable; `None` for any other exception.
pub fn explain_exception(
    source: &str,
    table: &SymbolTable,
    function_qualname: &str,
    type_name: &str,
    message: &str,
) -> Option<Diagnostic> {
    let name = quoted_name(message)?;
    let empty_name = matches!(type_name, "UnboundLocalError" | "NameError");
    if let Some(found) = empty_name
        .then(|| explain_class_attribute(source, table, function_qualname, name))
        .flatten()
    {
        return Some(found);
    }
    match type_name {
        "UnboundLocalError" => explain_unbound_local(source, table, function_qualname, name),
        "NameError" if message.starts_with("cannot access free variable") => {
            explain_unbound_free(source, table, function_qualname, name)
        }
        _ => None,
    }
}

/// A method that raised for a name its class body defines was looking for the class
/// attribute.
fn explain_class_attribute(
    source: &str,
    table: &SymbolTable,
    function_qualname: &str,
    name: &str,
) -> Option<Diagnostic> {
    let module = parse(source).ok()?;
    let program = Program::new(source, &module, table);
    let method = program.scope_by_qualname(function_qualname)?;
    class_attribute::explain(&program, method, name)
}

/// The name between the first pair of single quotes of a CPython message.
fn quoted_name(message: &str) -> Option<&str> {
    let start = message.find('\'')? + 1;
    let length = message.get(start..)?.find('\'')?;
    message.get(start..start + length)
}

/// A closure read a variable of an enclosing function before that function assigned
/// it, or after it deleted it: the shared cell was empty.
pub fn explain_unbound_free(
    source: &str,
    table: &SymbolTable,
    function_qualname: &str,
    name: &str,
) -> Option<Diagnostic> {
    let module = parse(source).ok()?;
    let program = Program::new(source, &module, table);
    let function = program.scope_by_qualname(function_qualname)?;
    let symbol = program.symbol(function, name)?;
    if symbol.scope != SymbolScope::Free {
        return None;
    }
    let Some(OuterBinding::Function(owner)) = program.outer_binding(function, name) else {
        return None;
    };
    let read = program
        .events_named(function, name)
        .find(|event| event.is_read())
        .map_or(symbol.first_span, |event| event.span);
    Some(describe_empty_cell(&program, function, owner, name, read))
}

fn describe_empty_cell(
    program: &Program,
    function: ScopeId,
    owner: ScopeId,
    name: &str,
    read: crate::syntax::Span,
) -> Diagnostic {
    let reader = program.function_phrase(function);
    let owner_phrase = program.function_phrase(owner);
    let assignment = program
        .symbol(owner, name)
        .and_then(|symbol| symbol.binding_span);
    let when = match assignment {
        Some(span) => format!("line {} assigns it", program.line(span)),
        None => "it is assigned".to_string(),
    };
    let message = format!(
        "{} reads `{name}` from the cell of {owner_phrase}, and that cell is still empty: {reader} ran before {when}, or after `del {name}`. A closure sees the variable as it is when it runs.",
        super::wording::capitalised(&reader),
    );
    let fix = format!(
        "Assign `{name}` in {owner_phrase} before {reader} can be called, or pass the value to {reader} as an argument."
    );
    let mut diagnostic = Diagnostic::at(Code::UnboundFree, Severity::Warning, read, &program.lines)
        .titled(format!("`{name}` was read from an empty cell"), message)
        .with_fix(fix, Vec::new())
        .about(name);
    if let Some(span) = assignment {
        diagnostic = diagnostic.with_related(span, format!("{owner_phrase} assigns `{name}` here"));
    }
    diagnostic
}
