//! `match` statements (PEP 634), compiled in the shape of CPython 3.11's
//! `compiler_match`: every case but the last works on a copy of the subject, a
//! trailing `case _:` costs only a `NOP` for its line, and the names a pattern
//! captures are stored only once the whole pattern has matched.

use super::patterns::PatternContext;
use super::{Compiled, Compiler};
use crate::runtime::code::Instr;
use crate::syntax::ast::{Expr, MatchCase};

impl<'a> Compiler<'a> {
    pub(super) fn compile_match(&mut self, subject: &Expr, cases: &[MatchCase]) -> Compiled {
        self.compile_expr(subject)?;
        let end = self.unit.new_label();
        let has_default = cases.len() > 1 && cases.last().is_some_and(|c| c.pattern.is_wildcard());
        let tested = cases.len() - usize::from(has_default);
        for (i, case) in cases.iter().take(tested).enumerate() {
            let saved = self.enter(case.pattern.span);
            let is_last_tested = i + 1 == tested;
            if !is_last_tested {
                self.emit(Instr::Copy(1));
            }
            // Irrefutable cases must be either guarded, last, or both.
            let allow_irrefutable = case.guard.is_some() || i + 1 == cases.len();
            let mut pc = PatternContext::new(allow_irrefutable, case.pattern.span);
            self.compile_pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.store_name(&name);
            }
            if let Some(guard) = &case.guard {
                let fail = pc.fail_label(self, 0);
                self.compile_jump_if(guard, false, fail)?;
            }
            if !is_last_tested {
                self.emit(Instr::PopTop);
            }
            self.compile_body(&case.body)?;
            self.jump_lineless(end);
            // A failed pattern's clean-up belongs to the pattern's line, not to the
            // last line of the body.
            self.enter(case.pattern.span);
            self.emit_fail_pops(&mut pc);
            self.leave(saved);
        }
        if has_default {
            if let Some(default) = cases.last() {
                self.compile_default_case(default, end)?;
            }
        }
        self.unit.place(end);
        Ok(())
    }

    /// A trailing `case _:` after other cases matches whatever they left; the last
    /// of them already consumed the subject.
    fn compile_default_case(&mut self, case: &MatchCase, end: super::builder::Label) -> Compiled {
        let saved = self.enter(case.pattern.span);
        // Shows line coverage for the default case, which makes no bytecode.
        self.emit(Instr::Nop);
        if let Some(guard) = &case.guard {
            self.compile_jump_if(guard, false, end)?;
        }
        self.leave(saved);
        self.compile_body(&case.body)
    }
}
