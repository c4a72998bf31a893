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

use super::table::{Scope, ScopeId, SymbolTable};
use crate::syntax::LineIndex;
use crate::syntax::SyntaxError;
use std::fmt::Write;

pub fn render(table: &SymbolTable, lines: &LineIndex) -> String {
    Dump {
        table,
        lines,
        explain: false,
    }
    .render()
}

/// The same dump with each symbol followed by `  # ` and the reason the scope table
/// gives for it. Not comparable with CPython: for reading.
pub fn render_explained(table: &SymbolTable, lines: &LineIndex) -> String {
    Dump {
        table,
        lines,
        explain: true,
    }
    .render()
}

struct Dump<'a> {
    table: &'a SymbolTable,
    lines: &'a LineIndex,
    explain: bool,
}

impl Dump<'_> {
    fn render(&self) -> String {
        let mut out = String::new();
        for (index, scope) in self.table.scopes.iter().enumerate() {
            self.render_scope(&mut out, ScopeId(index as u32), scope);
        }
        out
    }

    fn render_scope(&self, out: &mut String, id: ScopeId, scope: &Scope) {
        let kind = scope.kind.symtable_type();
        let line = match scope.parent {
            None => 0,
            Some(_) => self.lines.line_of(scope.span.start as usize),
        };
        if !scope.has_code {
            let _ = writeln!(out, "{kind} {} no_code line={line}", scope.name);
            self.render_symbols(out, id, scope);
            return;
        }
        let nested = yes_no(scope.is_nested);
        let _ = writeln!(
            out,
            "{kind} {} qualname={} line={line} nested={nested}",
            scope.name, scope.qualname
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
        self.render_symbols(out, id, scope);
    }

    fn render_symbols(&self, out: &mut String, id: ScopeId, scope: &Scope) {
        let (own, mut passing): (Vec<_>, Vec<_>) = scope
            .symbols
            .iter()
            .partition(|symbol| !symbol.is_pass_through());
        passing.sort_by(|a, b| a.name.cmp(&b.name));
        for symbol in own.into_iter().chain(passing) {
            let flags = symbol.flags.names().join(",");
            let _ = write!(out, "  {}: {} [{flags}]", symbol.name, symbol.scope.label());
            if self.explain {
                let _ = write!(
                    out,
                    "  # {}",
                    self.table.reason(id, &symbol.name, self.lines)
                );
            }
            out.push('\n');
        }
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
