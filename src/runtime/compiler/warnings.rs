//! The SyntaxWarnings CPython's compiler prints for calls and subscripts that cannot
//! work, such as `5()` or `[1, 2]["0"]` ("perhaps you missed a comma?").

use super::Compiler;
use crate::syntax::ast::{Constant, Expr, ExprKind};

/// The type a literal expression is known to have at compile time (`infer_type`).
fn inferred_type(expr: &Expr) -> Option<&'static str> {
    Some(match &expr.kind {
        ExprKind::Constant(constant) => match constant {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Imaginary(_) => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Ellipsis => "ellipsis",
        },
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        _ => return None,
    })
}

impl<'a> Compiler<'a> {
    fn warn(&mut self, expr: &Expr, message: String) {
        let line = self.lines.line_of(expr.span.start as usize);
        let text = self.lines.line_text(line).trim().to_string();
        self.warnings.push_str(&format!(
            "{}:{line}: SyntaxWarning: {message}\n  {text}\n",
            self.filename
        ));
    }

    /// `check_caller`: calling a literal.
    pub(super) fn check_caller(&mut self, func: &Expr) {
        let literal = matches!(
            func.kind,
            ExprKind::Constant(_)
                | ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set(_)
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr(_)
                | ExprKind::FormattedValue { .. }
        );
        if let (true, Some(ty)) = (literal, inferred_type(func)) {
            self.warn(
                func,
                format!("'{ty}' object is not callable; perhaps you missed a comma?"),
            );
        }
    }

    /// `check_subscripter` and `check_index`: subscripting a literal that cannot be
    /// subscripted, or indexing a literal sequence with a literal non-integer.
    pub(super) fn check_subscript(&mut self, value: &Expr, index: &Expr) {
        let unsubscriptable = match &value.kind {
            ExprKind::Constant(c) => !matches!(c, Constant::Str(_) | Constant::Bytes(_)),
            ExprKind::Set(_)
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. } => true,
            _ => false,
        };
        if let (true, Some(ty)) = (unsubscriptable, inferred_type(value)) {
            self.warn(
                value,
                format!("'{ty}' object is not subscriptable; perhaps you missed a comma?"),
            );
            return;
        }
        let Some(index_type) = inferred_type(index) else {
            return;
        };
        if matches!(index_type, "int" | "bool") {
            return;
        }
        let indexable = matches!(
            value.kind,
            ExprKind::Constant(Constant::Str(_) | Constant::Bytes(_))
                | ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::JoinedStr(_)
                | ExprKind::FormattedValue { .. }
        );
        if let (true, Some(ty)) = (indexable, inferred_type(value)) {
            self.warn(value, format!("{ty} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"));
        }
    }
}
