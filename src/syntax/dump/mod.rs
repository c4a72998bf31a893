//! `ast.dump(ast.parse(src))` of Python 3.11: node names and fields in CPython's order,
//! `None` fields left out. Statements and expressions are written by the two
//! submodules; this one holds the entry points and the shared formatting.

mod expressions;
mod patterns;
mod statements;

use super::ast::*;
use super::repr::str_repr;
use super::span::{LineIndex, Span};

/// The text `ast.dump` prints for the module.
pub fn dump(module: &Module) -> String {
    Dumper { positions: None }.module(module)
}

/// `ast.dump(tree, include_attributes=True)`: every located node also shows its
/// `lineno`, `col_offset`, `end_lineno` and `end_col_offset`, with columns in UTF-8
/// bytes as CPython counts them.
pub fn dump_with_positions(module: &Module, source: &str) -> String {
    let index = LineIndex::new(source);
    Dumper { positions: Some(Positions { index: &index, source }) }.module(module)
}

/// What turns a span into CPython's line and byte-column attributes.
pub(super) struct Positions<'a> {
    index: &'a LineIndex,
    source: &'a str,
}

pub(super) struct Dumper<'a> {
    positions: Option<Positions<'a>>,
}

impl Dumper<'_> {
    fn module(&self, module: &Module) -> String {
        format!("Module(body={}, type_ignores=[])", self.stmts(&module.body))
    }

    /// Appends the position attributes to a node's text when they are wanted.
    pub(super) fn located(&self, text: String, span: Span) -> String {
        let Some(positions) = &self.positions else { return text };
        let (line, column) = positions.line_and_byte_column(span.start as usize);
        let (end_line, end_column) = positions.line_and_byte_column(span.end as usize);
        let attributes = format!(
            "lineno={line}, col_offset={column}, end_lineno={end_line}, end_col_offset={end_column}"
        );
        match text.strip_suffix(')') {
            Some(open) if open.ends_with('(') => format!("{open}{attributes})"),
            Some(open) => format!("{open}, {attributes})"),
            None => text,
        }
    }
}

impl Positions<'_> {
    fn line_and_byte_column(&self, offset: usize) -> (u32, usize) {
        let line = self.index.line_of(offset);
        let line_start = self.source.get(..offset).and_then(|b| b.rfind('\n')).map_or(0, |i| i + 1);
        (line, offset.saturating_sub(line_start))
    }
}

/// `Name(field=value, ...)`, skipping fields whose value is `None`.
pub(super) fn node(name: &str, fields: &[(&str, Option<String>)]) -> String {
    let shown: Vec<String> =
        fields.iter().filter_map(|(f, v)| v.as_ref().map(|v| format!("{f}={v}"))).collect();
    format!("{name}({})", shown.join(", "))
}

pub(super) fn list<T>(items: &[T], each: impl Fn(&T) -> String) -> String {
    let shown: Vec<String> = items.iter().map(each).collect();
    format!("[{}]", shown.join(", "))
}

pub(super) fn some(s: String) -> Option<String> {
    Some(s)
}

pub(super) fn ident(i: &Identifier) -> String {
    str_repr(&i.name)
}

pub(super) fn operator(op: Operator) -> String {
    format!("{op:?}()")
}

pub(super) fn context(ctx: ExprContext) -> String {
    format!("{ctx:?}()")
}
