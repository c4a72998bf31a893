//! Expressions. Each instruction carries the span of the node it came from, and binary
//! operations and subscripts also the operand boundaries CPython's carets need.

use super::constant_folding::display_is_folded;
use super::{Compiled, Compiler};
use crate::runtime::code::Instr;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::syntax::ast::{BoolOperator, CmpOperator, Constant, Expr, ExprKind, UnaryOperator};
use num_traits::ToPrimitive;
use std::rc::Rc;

/// CPython's `STACK_USE_GUIDELINE`: a display of more items than this is built empty and
/// filled one item at a time, so each item's line is followed by the display's own line
/// again (the LIST_APPEND's), which the trace events show.
const STACK_USE_GUIDELINE: usize = 30;

/// Whether a display's items are all pushed, then built by one instruction: no `*x` item,
/// and few enough of them (`starunpack_helper`).
fn builds_on_the_stack(elts: &[Expr]) -> bool {
    let starred = elts.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. }));
    !starred && elts.len() <= STACK_USE_GUIDELINE
}

impl<'a> Compiler<'a> {
    pub(super) fn compile_expr(&mut self, expr: &Expr) -> Compiled {
        let saved = self.enter(expr.span);
        let result = self.compile_expr_kind(expr);
        self.leave(saved);
        result
    }

    fn compile_expr_kind(&mut self, expr: &Expr) -> Compiled {
        match &expr.kind {
            ExprKind::Constant(constant) => self.compile_constant(constant),
            ExprKind::Name { id, .. } => {
                self.load_name(id);
                Ok(())
            }
            ExprKind::BinOp { left, op, right } => {
                self.compile_expr(left)?;
                self.compile_expr(right)?;
                self.emit_with_operands(Instr::BinaryOp(*op), left.span.end, right.span.start);
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                self.compile_expr(operand)?;
                self.emit(Instr::UnaryOp(*op));
                Ok(())
            }
            ExprKind::BoolOp { op, values } => self.compile_bool_op(*op, values),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(left, ops, comparators),
            ExprKind::IfExp { test, body, orelse } => self.compile_if_expr(test, body, orelse),
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.emit(Instr::Copy(1));
                self.compile_store(target)
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let name = self.attribute_name(&attr.name);
                self.emit(Instr::LoadAttr(name));
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.check_subscript(value, slice);
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit_with_operands(Instr::BinarySubscr, value.span.end, slice.span.end);
                Ok(())
            }
            ExprKind::Slice { lower, upper, step } => {
                self.compile_slice(lower.as_deref(), upper.as_deref(), step.as_deref())
            }
            ExprKind::List { elts, .. } => self.compile_sequence(elts, Instr::BuildList, false),
            ExprKind::Tuple { elts, .. } => self.compile_sequence(elts, Instr::BuildTuple, true),
            ExprKind::Set(elts) => self.compile_set(elts),
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.compile_call(func, args, keywords),
            ExprKind::JoinedStr(parts) => self.compile_fstring(parts),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.compile_formatted(value, *conversion, format_spec.as_deref()),
            ExprKind::Lambda { args, body } => self.compile_lambda(args, body, expr.span),
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.compile_comprehension(expr),
            ExprKind::Starred { .. } => {
                Err(self.syntax_error("can't use starred expression here", expr.span))
            }
            ExprKind::Yield(value) => {
                match value {
                    Some(value) => self.compile_expr(value)?,
                    None => self.load_constant(Value::None),
                }
                self.emit(Instr::YieldValue);
                Ok(())
            }
            ExprKind::YieldFrom(value) => self.compile_yield_from(value),
            ExprKind::Await(value) => {
                self.compile_expr(value)?;
                self.compile_await_top();
                Ok(())
            }
        }
    }

    /// `yield from iterable`: yields each item in turn, passing sent values on; the
    /// expression's value is what a delegated generator returned.
    fn compile_yield_from(&mut self, value: &Expr) -> Compiled {
        self.compile_expr(value)?;
        self.emit(Instr::GetIter);
        self.compile_delegation();
        Ok(())
    }

    /// `[iterator] -> [result]`: CPython's SEND / YIELD_VALUE loop, starting with None
    /// sent. The iterator is kept twice, as SEND pops one copy when it is done and the
    /// result is read from the other.
    pub(super) fn compile_delegation(&mut self) {
        self.emit(Instr::Copy(1));
        self.load_constant(Value::None);
        let start = self.unit.new_label();
        let end = self.unit.new_label();
        self.unit.place(start);
        self.unit.emit_jump(Instr::Send, end);
        self.emit(Instr::YieldValue);
        self.unit.emit_jump(Instr::Jump, start);
        self.unit.place(end);
        self.emit(Instr::GeneratorResult);
    }

    pub(super) fn emit_with_operands(&mut self, instr: Instr, left_end: u32, right_start: u32) {
        let saved = self.unit.position;
        self.unit.position.left_end = left_end;
        self.unit.position.right_start = right_start;
        self.emit(instr);
        self.unit.position = saved;
    }

    pub(super) fn compile_constant(&mut self, constant: &Constant) -> Compiled {
        let value = match constant {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(n) => match n.to_i64() {
                Some(i) => Value::Int(i),
                None => Value::Obj(self.heap.alloc(Object::BigInt(Rc::new(n.clone())))),
            },
            Constant::Float(f) => Value::Float(*f),
            Constant::Str(s) => {
                self.load_str(s);
                return Ok(());
            }
            Constant::Ellipsis => Value::Obj(crate::runtime::heap::ObjRef(
                crate::runtime::types::TypeId::Ellipsis.slot(),
            )),
            Constant::Imaginary(imag) => {
                let number = crate::runtime::ops::Complex {
                    real: 0.0,
                    imag: *imag,
                };
                Value::Obj(self.heap.alloc(Object::Complex(number)))
            }
            Constant::Bytes(bytes) => {
                Value::Obj(self.heap.alloc(Object::Bytes(Rc::from(bytes.as_slice()))))
            }
        };
        self.load_constant(value);
        Ok(())
    }

    fn compile_bool_op(&mut self, op: BoolOperator, values: &[Expr]) -> Compiled {
        let end = self.unit.new_label();
        let jump = match op {
            BoolOperator::And => Instr::JumpIfFalseOrPop,
            BoolOperator::Or => Instr::JumpIfTrueOrPop,
        };
        for (i, value) in values.iter().enumerate() {
            self.compile_expr(value)?;
            if i + 1 < values.len() {
                self.unit.emit_jump(jump, end);
            }
        }
        self.unit.place(end);
        Ok(())
    }

    /// `a < b < c` evaluates `b` once and stops at the first false comparison.
    fn compile_compare(
        &mut self,
        left: &Expr,
        ops: &[CmpOperator],
        comparators: &[Expr],
    ) -> Compiled {
        self.check_compare(left, ops, comparators);
        self.compile_expr(left)?;
        let cleanup = self.unit.new_label();
        let end = self.unit.new_label();
        let last = ops.len().saturating_sub(1);
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.compile_expr(right)?;
            if i < last {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::CompareOp(*op));
                self.unit.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit(Instr::CompareOp(*op));
            }
        }
        if ops.len() > 1 {
            self.unit.emit_jump(Instr::Jump, end);
            self.unit.place(cleanup);
            self.emit(Instr::Swap(2));
            self.emit(Instr::PopTop);
            self.unit.place(end);
        }
        Ok(())
    }

    fn compile_if_expr(&mut self, test: &Expr, body: &Expr, orelse: &Expr) -> Compiled {
        let otherwise = self.unit.new_label();
        let end = self.unit.new_label();
        self.compile_jump_if(test, false, otherwise)?;
        self.compile_expr(body)?;
        self.unit.emit_jump(Instr::Jump, end);
        self.unit.place(otherwise);
        self.compile_expr(orelse)?;
        self.unit.place(end);
        Ok(())
    }

    /// Evaluates `test` and jumps to `label` when its truth equals `when`.
    pub(super) fn compile_jump_if(
        &mut self,
        test: &Expr,
        when: bool,
        label: super::builder::Label,
    ) -> Compiled {
        if let ExprKind::UnaryOp {
            op: UnaryOperator::Not,
            operand,
        } = &test.kind
        {
            return self.compile_jump_if(operand, !when, label);
        }
        self.compile_expr(test)?;
        let saved = self.enter(test.span);
        self.unit.emit_jump(
            if when {
                Instr::PopJumpIfTrue
            } else {
                Instr::PopJumpIfFalse
            },
            label,
        );
        self.leave(saved);
        Ok(())
    }

    fn compile_slice(
        &mut self,
        lower: Option<&Expr>,
        upper: Option<&Expr>,
        step: Option<&Expr>,
    ) -> Compiled {
        for part in [lower, upper] {
            match part {
                Some(e) => self.compile_expr(e)?,
                None => self.load_constant(Value::None),
            }
        }
        match step {
            Some(step) => {
                self.compile_expr(step)?;
                self.emit(Instr::BuildSlice(3));
            }
            None => {
                self.emit(Instr::BuildSlice(2));
            }
        }
        Ok(())
    }

    /// A list or tuple display; with `*x` items, or more than CPython keeps on its stack,
    /// it is built by extending a list.
    fn compile_sequence(
        &mut self,
        elts: &[Expr],
        build: fn(u32) -> Instr,
        is_tuple: bool,
    ) -> Compiled {
        let folded = display_is_folded(elts, is_tuple);
        if folded || builds_on_the_stack(elts) {
            for elt in elts {
                if folded {
                    self.compile_folded_item(elt)?;
                } else {
                    self.compile_expr(elt)?;
                }
            }
            self.emit(build(elts.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildList(0));
        self.extend_with_items(elts, Instr::ListAppend(1), Instr::ListExtend(1))?;
        if is_tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn extend_with_items(&mut self, elts: &[Expr], add: Instr, extend: Instr) -> Compiled {
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => {
                    self.compile_expr(value)?;
                    self.emit(extend);
                }
                _ => {
                    self.compile_expr(elt)?;
                    self.emit(add);
                }
            }
        }
        Ok(())
    }

    fn compile_set(&mut self, elts: &[Expr]) -> Compiled {
        let folded = display_is_folded(elts, false);
        if folded || builds_on_the_stack(elts) {
            for elt in elts {
                if folded {
                    self.compile_folded_item(elt)?;
                } else {
                    self.compile_expr(elt)?;
                }
            }
            self.emit(Instr::BuildSet(elts.len() as u32));
            if folded {
                self.emit(Instr::RefoldConstantSet);
            }
            return Ok(());
        }
        self.emit(Instr::BuildSet(0));
        self.extend_with_items(elts, Instr::SetAdd(1), Instr::SetUpdate(1))
    }

    fn compile_dict(&mut self, keys: &[Option<Expr>], values: &[Expr]) -> Compiled {
        if keys.iter().all(|k| k.is_some()) {
            for (key, value) in keys.iter().flatten().zip(values) {
                self.compile_expr(key)?;
                self.compile_expr(value)?;
            }
            self.emit(Instr::BuildMap(keys.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for (key, value) in keys.iter().zip(values) {
            match key {
                Some(key) => {
                    self.compile_expr(key)?;
                    self.compile_expr(value)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.compile_expr(value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn compile_fstring(&mut self, parts: &[Expr]) -> Compiled {
        for part in parts {
            self.compile_expr(part)?;
        }
        if parts.len() != 1
            || !matches!(
                parts.first().map(|p| &p.kind),
                Some(ExprKind::FormattedValue { .. })
            )
        {
            self.emit(Instr::BuildString(parts.len() as u32));
        }
        Ok(())
    }

    fn compile_formatted(
        &mut self,
        value: &Expr,
        conversion: Option<char>,
        spec: Option<&Expr>,
    ) -> Compiled {
        self.compile_expr(value)?;
        let mut flags = match conversion {
            Some('s') => 1,
            Some('r') => 2,
            Some('a') => 3,
            _ => 0,
        };
        if let Some(spec) = spec {
            self.compile_expr(spec)?;
            flags |= 4;
        }
        self.emit(Instr::FormatValue(flags));
        Ok(())
    }
}
