//! The text form of a symbol table that `cellscope scopes` prints and that
//! `scripts/record_symtables.py` produces from Python's `symtable` module and compiled
//! code objects, so the two can be compared with plain string equality.
//!
//! One block per scope, in pre-order:
//!
//! ```text
//! function counter qualname=counter line=1 nested=no
//!   argcount=0 posonly=0 kwonly=0 varargs=no varkeywords=no generator=no class_cell=no
//!   varnames: (increment,)
//!   cellvars: (count,)
//!   freevars: ()
//!   count: cell [assigned]
//! ```
//!
//! Symbols are listed in the order the scope first mentions them; names that only pass
//! through a scope on their way to an inner one follow, sorted (Python keeps those in
//! set order, which changes from run to run).

use super::table::{Scope, SymbolTable};
use crate::syntax::LineIndex;
use crate::syntax::SyntaxError;
use std::fmt::Write;

pub fn render(table: &SymbolTable, lines: &LineIndex) -> String {
    let mut out = String::new();
    for scope in &table.scopes {
        render_scope(&mut out, scope, lines);
    }
    out
}

fn render_scope(out: &mut String, scope: &Scope, lines: &LineIndex) {
    if !scope.has_code {
        let line = lines.line_of(scope.span.start as usize);
        let _ = writeln!(
            out,
            "{} {} no_code line={line}",
            scope.kind.symtable_type(),
            scope.name
        );
        render_symbols(out, scope);
        return;
    }
    let line = if scope.parent.is_none() {
        0
    } else {
        lines.line_of(scope.span.start as usize)
    };
    let _ = writeln!(
        out,
        "{} {} qualname={} line={line} nested={}",
        scope.kind.symtable_type(),
        scope.name,
        scope.qualname,
        yes_no(scope.is_nested)
    );
    let _ = writeln!(
        out,
        "  argcount={} posonly={} kwonly={} varargs={} varkeywords={} generator={} class_cell={}",
        scope.argcount,
        scope.posonlyargcount,
        scope.kwonlyargcount,
        yes_no(scope.has_varargs),
        yes_no(scope.has_varkeywords),
        yes_no(scope.is_generator),
        yes_no(scope.needs_class_cell)
    );
    let _ = writeln!(out, "  varnames: {}", tuple(&scope.varnames));
    let _ = writeln!(out, "  cellvars: {}", tuple(&scope.cellvars));
    let _ = writeln!(out, "  freevars: {}", tuple(&scope.freevars));
    render_symbols(out, scope);
}

fn render_symbols(out: &mut String, scope: &Scope) {
    let (own, passing): (Vec<_>, Vec<_>) = scope
        .symbols
        .iter()
        .partition(|symbol| !symbol.is_pass_through());
    let mut passing = passing;
    passing.sort_by(|a, b| a.name.cmp(&b.name));
    for symbol in own.into_iter().chain(passing) {
        let flags = symbol.flags.names().join(",");
        let _ = writeln!(out, "  {}: {} [{flags}]", symbol.name, symbol.scope.label());
    }
}

fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

/// A tuple as Python prints a tuple of strings, without the quotes.
fn tuple(names: &[String]) -> String {
    match names {
        [only] => format!("({only},)"),
        _ => format!("({})", names.join(", ")),
    }
}

/// An error as the recording script writes CPython's: the message, then where it is.
/// Columns count bytes from 1, as CPython's symtable reports them (`SyntaxError.offset`).
pub fn render_error(error: &SyntaxError, source: &str) -> String {
    let (line, col) = byte_position(source, error.span.start as usize);
    let (end_line, end_col) = byte_position(source, error.span.end as usize);
    format!(
        "{}: {}\nline={line} col={col} end_line={end_line} end_col={end_col}\n",
        error.kind.name(),
        error.message
    )
}

/// The 1-based line and 1-based byte column of `offset`.
fn byte_position(source: &str, offset: usize) -> (usize, usize) {
    let before = source.get(..offset.min(source.len())).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (line, before.len() - line_start + 1)
}
