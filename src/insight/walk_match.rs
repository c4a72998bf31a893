//! `match` statements for the lints: the subject and each pattern's values are read,
//! captures are bindings, and the cases exclude one another like an `if`/`elif` chain.

use super::events::{EventKind, Sink, WriteKind};
use super::walk::Walker;
use crate::syntax::ast::{Expr, MatchCase};
use crate::syntax::pattern_parts::{pattern_parts, PatternPart};

impl Walker<'_> {
    pub(super) fn match_stmt(&mut self, subject: &Expr, cases: &[MatchCase]) {
        self.expr(subject, Sink::Used);
        let outer = self.branches.len();
        for case in cases {
            let id = self.if_count;
            self.if_count += 1;
            self.in_branch(id, true, |walker| walker.match_case(case));
            // The next case runs only where this one did not match, as an `elif` runs
            // in the `else` of the `if` before it.
            self.branches.push((id, false));
        }
        self.branches.truncate(outer);
    }

    fn match_case(&mut self, case: &MatchCase) {
        for part in pattern_parts(&case.pattern) {
            match part {
                PatternPart::Expr(value) => self.expr(value, Sink::Used),
                PatternPart::Capture(name) => {
                    self.emit(&name.name, name.span, EventKind::Write(WriteKind::Match))
                }
            }
        }
        if let Some(guard) = &case.guard {
            self.expr(guard, Sink::Used);
        }
        self.stmts(&case.body);
    }
}
