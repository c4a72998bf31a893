//! The text an annotation becomes under `from __future__ import annotations` (PEP 563):
//! CPython does not keep the source text but prints the expression back from its AST
//! (`Python/ast_unparse.c`), so `Dict[str,int]` becomes `'Dict[str, int]'`. Parentheses
//! are written only where the precedence of the context needs them.

use crate::syntax::ast::{BoolOperator, CmpOperator, Constant, Expr, ExprKind, Operator, UnaryOperator};
use crate::pytext::{bytes_repr, float_repr, str_repr};

/// Precedence levels, lowest first, as `ast_unparse.c` numbers them.
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const ATOM: u8 = 15;

/// The annotation's text, as `__annotations__` holds it under PEP 563. `source` is the
/// program, whose own text stands in for the rare forms not printed back here
/// (lambdas, comprehensions, f-strings).
pub fn annotation_text(expr: &Expr, source: &str) -> String {
    let mut out = String::new();
    unparse(expr, TEST, &mut out);
    if out.contains(NOT_PRINTED) {
        let span = expr.span.start as usize..expr.span.end as usize;
        return source.get(span).unwrap_or_default().to_string();
    }
    out
}

/// Written for a form this printer does not handle, so the source text is used instead.
const NOT_PRINTED: char = '\u{0}';

fn unparse(expr: &Expr, level: u8, out: &mut String) {
    match &expr.kind {
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::Constant(Constant::Ellipsis) => out.push_str("..."),
        ExprKind::Constant(constant) => out.push_str(&constant_text(constant)),
        ExprKind::Attribute { value, attr, .. } => {
            unparse(value, ATOM, out);
            let integer = matches!(value.kind, ExprKind::Constant(Constant::Int(_)));
            out.push_str(if integer { " ." } else { "." });
            out.push_str(&attr.name);
        }
        ExprKind::Subscript { value, slice, .. } => {
            unparse(value, ATOM, out);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() && !has_starred(elts) => {
                    items(elts, TEST, out);
                }
                _ => unparse(slice, TUPLE, out),
            }
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => tuple(elts, level, out),
        ExprKind::List { elts, .. } => bracketed('[', elts, ']', out),
        ExprKind::Set(elts) => bracketed('{', elts, '}', out),
        ExprKind::Dict { keys, values } => dict(keys, values, out),
        ExprKind::Starred { value, .. } => {
            out.push('*');
            unparse(value, BOR, out);
        }
        ExprKind::BinOp { left, op, right } => binary(left, *op, right, level, out),
        ExprKind::UnaryOp { op, operand } => unary(*op, operand, level, out),
        ExprKind::BoolOp { op, values } => boolean(*op, values, level, out),
        ExprKind::Compare { left, ops, comparators } => {
            wrap(level > CMP, out, |out| {
                unparse(left, CMP + 1, out);
                for (op, right) in ops.iter().zip(comparators) {
                    out.push_str(comparison_symbol(*op));
                    unparse(right, CMP + 1, out);
                }
            })
        }
        ExprKind::Call { func, args, keywords } => {
            unparse(func, ATOM, out);
            out.push('(');
            let mut first = true;
            for arg in args {
                separate(&mut first, out);
                unparse(arg, TEST, out);
            }
            for keyword in keywords {
                separate(&mut first, out);
                match &keyword.arg {
                    Some(name) => out.push_str(&format!("{}=", name.name)),
                    None => out.push_str("**"),
                }
                unparse(&keyword.value, TEST, out);
            }
            out.push(')');
        }
        ExprKind::IfExp { test, body, orelse } => wrap(level > TEST, out, |out| {
            unparse(body, TEST + 1, out);
            out.push_str(" if ");
            unparse(test, TEST + 1, out);
            out.push_str(" else ");
            unparse(orelse, TEST, out);
        }),
        ExprKind::Slice { lower, upper, step } => {
            if let Some(lower) = lower {
                unparse(lower, TEST, out);
            }
            out.push(':');
            if let Some(upper) = upper {
                unparse(upper, TEST, out);
            }
            if let Some(step) = step {
                out.push(':');
                unparse(step, TEST, out);
            }
        }
        _ => out.push(NOT_PRINTED),
    }
}

/// A float that overflows prints as `1e309` (its repr `inf` would not read back).
fn constant_text(constant: &Constant) -> String {
    match constant {
        Constant::Float(x) if x.is_infinite() => "1e309".into(),
        Constant::Float(x) => float_repr(*x),
        Constant::Imaginary(_) => NOT_PRINTED.to_string(),
        Constant::Str(text) => str_repr(text),
        Constant::Bytes(bytes) => bytes_repr(bytes),
        Constant::Int(n) => n.to_string(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::None => "None".into(),
        Constant::Ellipsis => "...".into(),
    }
}

fn has_starred(elts: &[Expr]) -> bool {
    elts.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. }))
}

fn separate(first: &mut bool, out: &mut String) {
    if !std::mem::take(first) {
        out.push_str(", ");
    }
}

fn items(elts: &[Expr], level: u8, out: &mut String) {
    let mut first = true;
    for elt in elts {
        separate(&mut first, out);
        unparse(elt, level, out);
    }
}

fn wrap(parenthesize: bool, out: &mut String, body: impl FnOnce(&mut String)) {
    if parenthesize {
        out.push('(');
    }
    body(out);
    if parenthesize {
        out.push(')');
    }
}

/// `()`, `(a,)`, and `a, b` parenthesised unless it stands where a tuple may.
fn tuple(elts: &[Expr], level: u8, out: &mut String) {
    if elts.is_empty() {
        out.push_str("()");
        return;
    }
    wrap(level > TUPLE, out, |out| {
        items(elts, TEST, out);
        if elts.len() == 1 {
            out.push(',');
        }
    });
}

fn bracketed(open: char, elts: &[Expr], close: char, out: &mut String) {
    out.push(open);
    items(elts, TEST, out);
    out.push(close);
}

fn dict(keys: &[Option<Expr>], values: &[Expr], out: &mut String) {
    out.push('{');
    let mut first = true;
    for (key, value) in keys.iter().zip(values) {
        separate(&mut first, out);
        match key {
            Some(key) => {
                unparse(key, TEST, out);
                out.push_str(": ");
                unparse(value, TEST, out);
            }
            None => {
                out.push_str("**");
                unparse(value, BOR, out);
            }
        }
    }
    out.push('}');
}

fn binary(left: &Expr, op: Operator, right: &Expr, level: u8, out: &mut String) {
    let own = match op {
        Operator::BitOr => BOR,
        Operator::BitXor => BXOR,
        Operator::BitAnd => BAND,
        Operator::LShift | Operator::RShift => SHIFT,
        Operator::Add | Operator::Sub => ARITH,
        Operator::Pow => POWER,
        _ => TERM,
    };
    // Left-associative but for `**`, whose right operand binds at its own level.
    let (left_level, right_level) = if op == Operator::Pow {
        (own + 1, own)
    } else {
        (own, own + 1)
    };
    wrap(level > own, out, |out| {
        unparse(left, left_level, out);
        out.push_str(&format!(" {} ", op.symbol()));
        unparse(right, right_level, out);
    });
}

fn unary(op: UnaryOperator, operand: &Expr, level: u8, out: &mut String) {
    let (symbol, own) = match op {
        UnaryOperator::Not => ("not ", NOT),
        UnaryOperator::Invert => ("~", FACTOR),
        UnaryOperator::UAdd => ("+", FACTOR),
        UnaryOperator::USub => ("-", FACTOR),
    };
    wrap(level > own, out, |out| {
        out.push_str(symbol);
        unparse(operand, own, out);
    });
}

fn boolean(op: BoolOperator, values: &[Expr], level: u8, out: &mut String) {
    let (symbol, own) = match op {
        BoolOperator::And => (" and ", AND),
        BoolOperator::Or => (" or ", OR),
    };
    wrap(level > own, out, |out| {
        for (index, value) in values.iter().enumerate() {
            if index > 0 {
                out.push_str(symbol);
            }
            unparse(value, own + 1, out);
        }
    });
}

fn comparison_symbol(op: CmpOperator) -> &'static str {
    match op {
        CmpOperator::Eq => " == ",
        CmpOperator::NotEq => " != ",
        CmpOperator::Lt => " < ",
        CmpOperator::LtE => " <= ",
        CmpOperator::Gt => " > ",
        CmpOperator::GtE => " >= ",
        CmpOperator::Is => " is ",
        CmpOperator::IsNot => " is not ",
        CmpOperator::In => " in ",
        CmpOperator::NotIn => " not in ",
    }
}
