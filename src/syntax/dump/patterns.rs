//! `match` statements and their patterns as `ast.dump` writes them.

use super::{ident, list, node, some, Dumper};
use crate::syntax::ast::*;
use crate::syntax::repr::constant_repr;

impl Dumper<'_> {
    pub(super) fn match_stmt(&self, subject: &Expr, cases: &[MatchCase]) -> String {
        node(
            "Match",
            &[
                ("subject", some(self.expr(subject))),
                ("cases", some(list(cases, |c| self.match_case(c)))),
            ],
        )
    }

    /// A `match_case` has no position of its own in CPython's tree.
    fn match_case(&self, case: &MatchCase) -> String {
        node(
            "match_case",
            &[
                ("pattern", some(self.pattern(&case.pattern))),
                ("guard", self.opt(&case.guard)),
                ("body", some(self.stmts(&case.body))),
            ],
        )
    }

    fn patterns(&self, items: &[Pattern]) -> String {
        list(items, |p| self.pattern(p))
    }

    fn pattern(&self, p: &Pattern) -> String {
        let text = match &p.kind {
            PatternKind::MatchValue(value) => node("MatchValue", &[("value", some(self.expr(value)))]),
            PatternKind::MatchSingleton(value) => {
                node("MatchSingleton", &[("value", some(constant_repr(value)))])
            }
            PatternKind::MatchSequence(items) => {
                node("MatchSequence", &[("patterns", some(self.patterns(items)))])
            }
            PatternKind::MatchMapping { keys, patterns, rest } => node(
                "MatchMapping",
                &[
                    ("keys", some(self.exprs(keys))),
                    ("patterns", some(self.patterns(patterns))),
                    ("rest", rest.as_ref().map(ident)),
                ],
            ),
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => node(
                "MatchClass",
                &[
                    ("cls", some(self.expr(cls))),
                    ("patterns", some(self.patterns(patterns))),
                    ("kwd_attrs", some(list(kwd_attrs, ident))),
                    ("kwd_patterns", some(self.patterns(kwd_patterns))),
                ],
            ),
            PatternKind::MatchStar(name) => node("MatchStar", &[("name", name.as_ref().map(ident))]),
            PatternKind::MatchAs { pattern, name } => node(
                "MatchAs",
                &[
                    ("pattern", pattern.as_ref().map(|p| self.pattern(p))),
                    ("name", name.as_ref().map(ident)),
                ],
            ),
            PatternKind::MatchOr(items) => node("MatchOr", &[("patterns", some(self.patterns(items)))]),
        };
        self.located(text, p.span)
    }
}
