//! Mapping and class patterns: both look values up in the subject (by key, by
//! attribute), get a tuple of them or None, and match sub-patterns against the tuple.

use super::patterns::PatternContext;
use super::{Compiled, Compiler};
use crate::runtime::code::Instr;
use crate::runtime::value::Value;
use crate::syntax::ast::{CmpOperator, Constant, Expr, ExprKind, Identifier, Pattern, UnaryOperator};
use crate::syntax::repr::constant_repr;
use crate::syntax::Span;

impl<'a> Compiler<'a> {
    /// `{key: pattern, **rest}` (CPython's `compiler_pattern_mapping`).
    pub(super) fn compile_mapping(
        &mut self,
        keys: &[Expr],
        patterns: &[Pattern],
        rest: Option<&Identifier>,
        span: Span,
        pc: &mut PatternContext,
    ) -> Compiled {
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        if keys.is_empty() && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Instr::PopTop);
            return Ok(());
        }
        if !keys.is_empty() {
            self.emit(Instr::GetLen);
            self.load_constant(Value::Int(keys.len() as i64));
            self.emit(Instr::CompareOp(CmpOperator::GtE));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        }
        self.check_mapping_keys(keys, span)?;
        for key in keys {
            self.compile_expr(key)?;
        }
        self.emit(Instr::BuildTuple(keys.len() as u32));
        self.emit(Instr::MatchKeys);
        // A tuple of keys and a tuple of values (or None) now sit on the subject.
        pc.on_top += 2;
        self.emit(Instr::Copy(1));
        self.load_constant(Value::None);
        self.emit(Instr::CompareOp(CmpOperator::IsNot));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        self.emit(Instr::UnpackSequence(keys.len() as u32));
        pc.on_top = pc.on_top + keys.len() - 1;
        for pattern in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(pattern, pc)?;
        }
        // Whatever comes next consumes the tuple of keys and the subject.
        pc.on_top -= 2;
        if rest.is_some() {
            self.emit(Instr::CopyDictWithoutKeys);
            return self.capture(rest, pc);
        }
        self.emit(Instr::PopTop);
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// Keys are literals or dotted names, and no literal twice.
    fn check_mapping_keys(&mut self, keys: &[Expr], span: Span) -> Compiled {
        let mut seen: Vec<String> = Vec::new();
        for key in keys {
            if matches!(key.kind, ExprKind::Attribute { .. }) {
                continue;
            }
            let Some((identity, shown)) = literal_key(key) else {
                let message = "mapping pattern keys may only match literals and attribute lookups";
                return Err(self.syntax_error(message, span));
            };
            if seen.contains(&identity) {
                let message = format!("mapping pattern checks duplicate key ({shown})");
                return Err(self.syntax_error(&message, span));
            }
            seen.push(identity);
        }
        Ok(())
    }

    /// `Class(positional, attr=pattern)` (CPython's `compiler_pattern_class`).
    pub(super) fn compile_class(
        &mut self,
        cls: &Expr,
        patterns: &[Pattern],
        kwd_attrs: &[Identifier],
        kwd_patterns: &[Pattern],
        pc: &mut PatternContext,
    ) -> Compiled {
        for (i, attr) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].iter().any(|a| a.name == attr.name) {
                let at = kwd_patterns.get(i).map_or(attr.span, |p| p.span);
                let message = format!("attribute name repeated in class pattern: {}", attr.name);
                return Err(self.syntax_error(&message, at));
            }
        }
        self.compile_expr(cls)?;
        let names: Vec<&str> = kwd_attrs.iter().map(|a| a.name.as_str()).collect();
        let names = self.names_constant(&names);
        self.emit(Instr::LoadConst(names));
        self.emit(Instr::MatchClass(patterns.len() as u32));
        self.emit(Instr::Copy(1));
        self.load_constant(Value::None);
        self.emit(Instr::CompareOp(CmpOperator::IsNot));
        // The tuple of attributes (or None) is on top now.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        let count = patterns.len() + kwd_patterns.len();
        self.emit(Instr::UnpackSequence(count as u32));
        pc.on_top = pc.on_top + count - 1;
        for pattern in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if pattern.is_wildcard() {
                self.emit(Instr::PopTop);
                continue;
            }
            self.compile_subpattern(pattern, pc)?;
        }
        Ok(())
    }
}

/// A literal key's identity for duplicate checks (`1`, `1.0` and `True` are one key,
/// as they are one dict key) and its repr for the message.
fn literal_key(key: &Expr) -> Option<(String, String)> {
    match &key.kind {
        ExprKind::Constant(value) => Some((constant_identity(value, false), constant_repr(value))),
        ExprKind::UnaryOp { op: UnaryOperator::USub, operand } => match &operand.kind {
            ExprKind::Constant(value) => {
                Some((constant_identity(value, true), format!("-{}", constant_repr(value))))
            }
            _ => None,
        },
        // A complex literal such as `1+2j`: its parts are literals.
        ExprKind::BinOp { left, op, right } => {
            let (left, left_shown) = literal_key(left)?;
            let (right, right_shown) = literal_key(right)?;
            let symbol = op.symbol();
            Some((format!("({left}{symbol}{right})"), format!("({left_shown}{symbol}{right_shown})")))
        }
        _ => None,
    }
}

fn constant_identity(value: &Constant, negated: bool) -> String {
    let sign = if negated { "-" } else { "" };
    match value {
        Constant::Bool(b) => format!("n{}", i32::from(*b)),
        Constant::Int(n) if negated && n.sign() == num_bigint::Sign::NoSign => "n0".to_string(),
        Constant::Int(n) => format!("n{sign}{n}"),
        Constant::Float(f) if f.fract() == 0.0 && f.is_finite() && f.abs() < 1e18 => {
            if *f == 0.0 {
                "n0".to_string()
            } else {
                format!("n{sign}{}", *f as i64)
            }
        }
        other => format!("{sign}{}", constant_repr(other)),
    }
}
