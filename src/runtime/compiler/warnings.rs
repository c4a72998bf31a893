//! The SyntaxWarnings CPython's compiler prints for calls and subscripts that cannot
//! work, such as `5()` or `[1, 2]["0"]` ("perhaps you missed a comma?").

use super::constant_folding::folds_to_constant;
use super::Compiler;
use crate::syntax::ast::{CmpOperator, Constant, Expr, ExprKind};

/// How CPython's tokenizer names a number literal's kind in its messages.
fn number_kind(text: &str) -> &'static str {
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("0x") {
        "hexadecimal"
    } else if lower.starts_with("0o") {
        "octal"
    } else if lower.starts_with("0b") {
        "binary"
    } else if lower.ends_with('j') {
        "imaginary"
    } else {
        "decimal"
    }
}

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

/// `check_is_arg`: an operand of `is` that is not a literal, or is one of the singletons
/// `None`, `True`, `False` and `...`, for which identity is the right test.
fn fine_for_is(expr: &Expr) -> bool {
    let singleton = matches!(
        expr.kind,
        ExprKind::Constant(Constant::None | Constant::Bool(_) | Constant::Ellipsis)
    );
    singleton || !folds_to_constant(expr)
}

impl<'a> Compiler<'a> {
    /// `check_compare`: `x is 1` compares identities where the literal's identity means
    /// nothing; CPython warns once for the first such link of a comparison chain.
    pub(super) fn check_compare(&mut self, left: &Expr, ops: &[CmpOperator], comparators: &[Expr]) {
        let mut left_fine = fine_for_is(left);
        for (op, right) in ops.iter().zip(comparators) {
            let right_fine = fine_for_is(right);
            let message = match op {
                CmpOperator::Is => "\"is\" with a literal. Did you mean \"==\"?",
                CmpOperator::IsNot => "\"is not\" with a literal. Did you mean \"!=\"?",
                _ => "",
            };
            if !message.is_empty() && !(left_fine && right_fine) {
                self.warn(left, message.to_string());
                return;
            }
            left_fine = right_fine;
        }
    }

    fn warn(&mut self, expr: &Expr, message: String) {
        self.warn_at(expr.span.start as usize, message);
    }

    fn warn_at(&mut self, offset: usize, message: String) {
        let line = self.lines.line_of(offset);
        let text = self.lines.line_text(line).trim().to_string();
        self.warnings.push_str(&format!(
            "{}:{line}: SyntaxWarning: {message}\n  {text}\n",
            self.filename
        ));
    }

    /// CPython's tokenizer warns where a number runs straight into a keyword, as in
    /// `1if x else y` (`verify_end_of_number`); it warns while parsing, so these come
    /// before the compiler's own warnings.
    pub(super) fn warn_numbers_before_keywords(&mut self) {
        use crate::syntax::token::TokenKind;
        let Ok(tokens) = crate::syntax::tokenize(self.source) else {
            return;
        };
        for pair in tokens.windows(2) {
            let [number, keyword] = pair else { continue };
            let touching = number.kind == TokenKind::Number
                && keyword.kind == TokenKind::Keyword
                && number.span.end == keyword.span.start;
            if touching {
                let kind = number_kind(number.text);
                self.warn_at(
                    number.span.start as usize,
                    format!("invalid {kind} literal"),
                );
            }
        }
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
