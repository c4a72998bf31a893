//! Patterns, compiled as CPython 3.11's `compiler_pattern` does. A pattern consumes
//! the subject on top of the stack; each value it captures is rotated beneath the
//! items still being matched, and the names are stored by the `case` once all of the
//! pattern matched. A failed test jumps to a "fail pop" label that pops exactly what
//! the pattern had pushed so far.

use super::builder::Label;
use super::{Compiled, Compiler};
use crate::runtime::code::Instr;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::syntax::ast::{CmpOperator, Constant, Identifier, Pattern, PatternKind};
use crate::syntax::Span;

/// CPython's `pattern_context`.
pub(super) struct PatternContext {
    /// The names captured so far, in the order their values sit on the stack.
    pub stores: Vec<String>,
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` items, then falls into `fail_pop[n - 1]`.
    fail_pop: Vec<Label>,
    /// Items above the captures that must stay until the pattern is done.
    pub on_top: usize,
    /// The last pattern compiled: CPython reports errors found late at its place.
    location: Span,
}

impl PatternContext {
    pub fn new(allow_irrefutable: bool, location: Span) -> Self {
        PatternContext {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
            location,
        }
    }

    /// The label that pops `pops` items and fails (CPython's `ensure_fail_pop`).
    pub fn fail_label(&mut self, compiler: &mut Compiler<'_>, pops: usize) -> Label {
        while self.fail_pop.len() <= pops {
            self.fail_pop.push(compiler.unit.new_label());
        }
        self.fail_pop.get(pops).copied().unwrap_or_else(|| compiler.unit.new_label())
    }
}

impl<'a> Compiler<'a> {
    /// Jumps, when the test on the stack fails, to where everything pushed so far is
    /// popped.
    pub(super) fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, make: fn(u32) -> Instr) {
        let pops = pc.on_top + pc.stores.len();
        let label = pc.fail_label(self, pops);
        self.unit.emit_jump(make, label);
    }

    /// Places the fail-pop labels, deepest first, each popping one item.
    pub(super) fn emit_fail_pops(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, label) in labels.iter().enumerate().rev() {
            self.unit.place(*label);
            if i > 0 {
                self.emit(Instr::PopTop);
            }
        }
    }

    /// Moves the top of the stack down under the `count - 1` items beneath it.
    fn rotate(&mut self, count: usize) {
        for n in (2..=count).rev() {
            self.emit(Instr::Swap(n as u32));
        }
    }

    /// Keeps a captured value for the `case` to store (`None`: the wildcard, which
    /// keeps nothing).
    pub(super) fn capture(&mut self, name: Option<&Identifier>, pc: &mut PatternContext) -> Compiled {
        let Some(name) = name else {
            self.emit(Instr::PopTop);
            return Ok(());
        };
        if pc.stores.contains(&name.name) {
            let message = format!("multiple assignments to name '{}' in pattern", name.name);
            return Err(self.syntax_error(&message, pc.location));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.name.clone());
        Ok(())
    }

    pub(super) fn compile_pattern(&mut self, p: &Pattern, pc: &mut PatternContext) -> Compiled {
        self.enter(p.span);
        pc.location = p.span;
        match &p.kind {
            PatternKind::MatchValue(value) => {
                self.compile_expr(value)?;
                self.emit(Instr::CompareOp(CmpOperator::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSingleton(value) => {
                self.load_constant(singleton(value));
                self.emit(Instr::CompareOp(CmpOperator::Is));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchAs { pattern, name } => self.compile_as(pattern.as_deref(), name.as_ref(), pc),
            PatternKind::MatchStar(name) => self.capture(name.as_ref(), pc),
            PatternKind::MatchSequence(items) => self.compile_sequence_pattern(items, p.span, pc),
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.compile_mapping(keys, patterns, rest.as_ref(), p.span, pc)
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.compile_class(cls, patterns, kwd_attrs, kwd_patterns, pc)
            }
            PatternKind::MatchOr(alternatives) => self.compile_or(alternatives, pc),
        }
    }

    /// A pattern inside another may be irrefutable: `[x]` is refutable anyway.
    pub(super) fn compile_subpattern(&mut self, p: &Pattern, pc: &mut PatternContext) -> Compiled {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let result = self.compile_pattern(p, pc);
        pc.allow_irrefutable = allow;
        result
    }

    /// `pattern as name`, a bare capture, or the wildcard.
    fn compile_as(
        &mut self,
        pattern: Option<&Pattern>,
        name: Option<&Identifier>,
        pc: &mut PatternContext,
    ) -> Compiled {
        let Some(pattern) = pattern else {
            if !pc.allow_irrefutable {
                let message = match name {
                    Some(name) => {
                        format!("name capture '{}' makes remaining patterns unreachable", name.name)
                    }
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.syntax_error(&message, pc.location));
            }
            return self.capture(name, pc);
        };
        // A copy of the subject, to store if the inner pattern matches.
        pc.on_top += 1;
        self.emit(Instr::Copy(1));
        self.compile_pattern(pattern, pc)?;
        pc.on_top -= 1;
        self.capture(name, pc)
    }

    /// `|` patterns: each alternative works on a copy of the subject and must bind
    /// the same names, which are reordered on the stack to the first alternative's
    /// order.
    fn compile_or(&mut self, alternatives: &[Pattern], pc: &mut PatternContext) -> Compiled {
        let end = self.unit.new_label();
        let outer_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        for (i, alternative) in alternatives.iter().enumerate() {
            self.enter(alternative.span);
            let allow = i + 1 == alternatives.len() && outer_allow;
            let mut alt = PatternContext::new(allow, alternative.span);
            self.emit(Instr::Copy(1));
            self.compile_pattern(alternative, &mut alt)?;
            pc.location = alt.location;
            match &control {
                None => control = Some(alt.stores.clone()),
                Some(first) => self.reorder_like(first, &mut alt, pc.location)?,
            }
            self.jump_lineless_in_pattern(end);
            self.emit_fail_pops(&mut alt);
        }
        // No alternative matched: pop the remaining copy of the subject and fail.
        self.emit(Instr::PopTop);
        self.jump_to_fail_pop(pc, Instr::Jump);
        self.unit.place(end);
        let control = control.unwrap_or_default();
        let rotations = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(rotations);
            if pc.stores.contains(&name) {
                let message = format!("multiple assignments to name '{name}' in pattern");
                return Err(self.syntax_error(&message, pc.location));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// The jump out of a matched alternative keeps the alternative's position, as
    /// CPython's does.
    fn jump_lineless_in_pattern(&mut self, label: Label) {
        self.unit.emit_jump(Instr::Jump, label);
    }

    /// Makes an alternative's captures sit on the stack in the first alternative's
    /// order (CPython's rotations in `compiler_pattern_or`).
    fn reorder_like(&mut self, control: &[String], alt: &mut PatternContext, at: Span) -> Compiled {
        let different = || "alternative patterns bind different names";
        if alt.stores.len() != control.len() {
            return Err(self.syntax_error(different(), at));
        }
        for icontrol in (0..control.len()).rev() {
            let name = &control[icontrol];
            let Some(istores) = alt.stores.iter().position(|n| n == name) else {
                return Err(self.syntax_error(different(), at));
            };
            if icontrol != istores {
                let rotations = istores + 1;
                let rotated: Vec<String> = alt.stores.drain(..rotations).collect();
                let at_index = icontrol - istores;
                for (k, moved) in rotated.into_iter().enumerate() {
                    alt.stores.insert(at_index + k, moved);
                }
                for _ in 0..rotations {
                    self.rotate(icontrol + 1);
                }
            }
        }
        Ok(())
    }

    /// `[a, *rest, b]`: a sequence check, a length check, then the items.
    fn compile_sequence_pattern(&mut self, items: &[Pattern], span: Span, pc: &mut PatternContext) -> Compiled {
        let stars: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p.kind, PatternKind::MatchStar(_)))
            .map(|(i, _)| i)
            .collect();
        if stars.len() > 1 {
            return Err(self.syntax_error("multiple starred names in sequence pattern", span));
        }
        let star = stars.first().copied();
        let star_wildcard = star
            .and_then(|i| items.get(i))
            .is_some_and(|p| matches!(p.kind, PatternKind::MatchStar(None)));
        let only_wildcard = items
            .iter()
            .all(|p| p.is_wildcard() || matches!(p.kind, PatternKind::MatchStar(None)));
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        let size = items.len() as i64;
        let length_check = match star {
            None => Some((size, CmpOperator::Eq)),
            Some(_) if size > 1 => Some((size - 1, CmpOperator::GtE)),
            Some(_) => None,
        };
        if let Some((length, op)) = length_check {
            self.emit(Instr::GetLen);
            self.load_constant(Value::Int(length));
            self.emit(Instr::CompareOp(op));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Instr::PopTop);
            return Ok(());
        }
        if star_wildcard {
            return self.sequence_by_index(items, star.unwrap_or(0), pc);
        }
        self.sequence_by_unpacking(items, star, pc)
    }

    /// Unpacks the subject and matches each item (CPython's
    /// `pattern_helper_sequence_unpack`).
    fn sequence_by_unpacking(
        &mut self,
        items: &[Pattern],
        star: Option<usize>,
        pc: &mut PatternContext,
    ) -> Compiled {
        match star {
            None => self.emit(Instr::UnpackSequence(items.len() as u32)),
            Some(i) => self.emit(Instr::UnpackEx(i as u32, (items.len() - i - 1) as u32)),
        };
        pc.on_top += items.len();
        for item in items {
            pc.on_top -= 1;
            self.compile_subpattern(item, pc)?;
        }
        Ok(())
    }

    /// `[a, *_, b]`: indexes the subject instead of building the starred list,
    /// counting from the end with `len()` since a sequence need not take negative
    /// indexes.
    fn sequence_by_index(&mut self, items: &[Pattern], star: usize, pc: &mut PatternContext) -> Compiled {
        pc.on_top += 1;
        let size = items.len() as i64;
        for (i, item) in items.iter().enumerate() {
            if item.is_wildcard() || i == star {
                continue;
            }
            self.emit(Instr::Copy(1));
            if i < star {
                self.load_constant(Value::Int(i as i64));
            } else {
                self.emit(Instr::GetLen);
                self.load_constant(Value::Int(size - i as i64));
                self.emit(Instr::BinaryOp(crate::syntax::ast::Operator::Sub));
            }
            self.emit(Instr::BinarySubscr);
            self.compile_subpattern(item, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// Builds the constant tuple of `names`, for a class pattern's keywords.
    pub(super) fn names_constant(&mut self, names: &[&str]) -> u32 {
        let items: Vec<Value> =
            names.iter().map(|n| super::builder::alloc_str(self.heap, n)).collect();
        let tuple = Value::Obj(self.heap.alloc(Object::Tuple(items.into())));
        self.unit.constant(tuple)
    }
}

fn singleton(value: &Constant) -> Value {
    match value {
        Constant::Bool(b) => Value::Bool(*b),
        _ => Value::None,
    }
}
