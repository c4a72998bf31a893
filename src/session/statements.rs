//! Where each line's statement is in the source, for a snapshot's `span`: a simple
//! statement spans all its lines (a call split over three lines is one statement); a
//! compound statement (`def`, `for`, `if`, …) spans only its header line, since its
//! body runs as statements of their own.

use super::labels::DefinitionSites;
use super::snapshot::ByteSpan;
use crate::syntax::ast::{MatchCase, Module, Stmt, StmtKind};
use crate::syntax::LineIndex;
use std::collections::BTreeMap;

/// The statement that starts on each line; the first one when a line has several.
#[derive(Clone, Debug, Default)]
pub struct StatementSpans {
    by_line: BTreeMap<u32, ByteSpan>,
    /// Which definitions can run more than once, for labelling function objects.
    sites: DefinitionSites,
}

impl StatementSpans {
    pub fn of_module(module: &Module, source: &str) -> StatementSpans {
        let lines = LineIndex::new(source);
        let mut spans = StatementSpans {
            sites: DefinitionSites::of_module(module, &lines),
            ..StatementSpans::default()
        };
        spans.add_block(&module.body, source, &lines);
        spans
    }

    fn add_block(&mut self, block: &[Stmt], source: &str, lines: &LineIndex) {
        for stmt in block {
            self.add_statement(stmt, source, lines);
        }
    }

    fn add_statement(&mut self, stmt: &Stmt, source: &str, lines: &LineIndex) {
        let start = stmt.span.start as usize;
        let line = lines.line_of(start);
        let nested = stmt.kind.nested_blocks();
        let end = if nested.is_empty() {
            stmt.span.end as usize
        } else {
            header_end(source, start)
        };
        self.by_line.entry(line).or_insert(ByteSpan {
            start: start as u32,
            end: end as u32,
        });
        if let StmtKind::Match { cases, .. } = &stmt.kind {
            self.add_case_headers(cases, source, lines);
        }
        for block in nested {
            self.add_block(block, source, lines);
        }
    }

    /// A `case` line is a step of its own (its pattern is tested there): its span is
    /// the pattern and guard, up to the header's end.
    fn add_case_headers(&mut self, cases: &[MatchCase], source: &str, lines: &LineIndex) {
        for case in cases {
            let pattern_start = case.pattern.span.start as usize;
            // The soft keyword `case` is the last word before the pattern.
            let before = source.get(..pattern_start).unwrap_or("");
            let start = before.rfind("case").unwrap_or(pattern_start);
            let end = header_end(source, pattern_start);
            self.by_line
                .entry(lines.line_of(start))
                .or_insert(ByteSpan { start: start as u32, end: end as u32 });
        }
    }

    pub fn get(&self, line: u32) -> Option<ByteSpan> {
        self.by_line.get(&line).copied()
    }

    pub fn definition_sites(&self) -> &DefinitionSites {
        &self.sites
    }
}

/// The end of a compound statement's first line, without trailing blanks.
fn header_end(source: &str, start: usize) -> usize {
    let rest = source.get(start..).unwrap_or("");
    let line = rest.split('\n').next().unwrap_or("");
    start + line.trim_end().len()
}


#[cfg(test)]
mod tests {
    use super::*;

    fn spans(source: &str) -> StatementSpans {
        StatementSpans::of_module(&crate::syntax::parse(source).expect("parses"), source)
    }

    fn text(source: &str, line: u32) -> String {
        let span = spans(source).get(line).expect("a statement starts there");
        source[span.start as usize..span.end as usize].to_string()
    }

    #[test]
    fn a_simple_statement_spans_all_its_lines() {
        let source = "x = f(1,\n      2)\nprint(x)\n";
        assert_eq!(text(source, 1), "x = f(1,\n      2)");
        assert!(spans(source).get(2).is_none());
    }

    #[test]
    fn a_compound_statement_spans_its_header() {
        let source = "def f(n):\n    if n:  \n        return n\n";
        assert_eq!(text(source, 1), "def f(n):");
        assert_eq!(text(source, 2), "if n:");
        assert_eq!(text(source, 3), "return n");
    }
}
