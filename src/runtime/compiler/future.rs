//! Future statements: `from __future__ import name` at the top of a module changes how
//! the module compiles. Python 3.11 knows ten feature names; all but `annotations` are
//! mandatory by now and change nothing, and `annotations` (PEP 563) keeps every
//! annotation as the text of its expression instead of evaluating it.

use crate::syntax::ast::{Stmt, StmtKind};
use crate::syntax::{Span, SyntaxError};

/// Every feature `__future__` defines in Python 3.11, in its `all_feature_names` order.
const FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// What the future statements of a module turned on.
#[derive(Clone, Copy, Debug, Default)]
pub struct FutureFeatures {
    pub annotations: bool,
}

/// Reads the future statements, which must come first (after a docstring), and raises
/// CPython's SyntaxErrors for an unknown feature, for `braces`, and for one that comes
/// later.
pub fn future_features(body: &[Stmt]) -> Result<FutureFeatures, SyntaxError> {
    let mut features = FutureFeatures::default();
    let mut leading = true;
    for (index, stmt) in body.iter().enumerate() {
        let names = match &stmt.kind {
            StmtKind::ImportFrom { module: Some(module), names, level: 0 }
                if module.name == "__future__" =>
            {
                names
            }
            StmtKind::Expr(_) if index == 0 && super::function::docstring_of(stmt).is_some() => {
                continue
            }
            _ => {
                leading = false;
                continue;
            }
        };
        if !leading {
            let message = "from __future__ imports must occur at the beginning of the file";
            return Err(SyntaxError::syntax(message, stmt.span));
        }
        let at_start = Span::new(stmt.span.start as usize, stmt.span.start as usize + 1);
        for alias in names {
            match alias.name.name.as_str() {
                "annotations" => features.annotations = true,
                "braces" => return Err(SyntaxError::syntax("not a chance", at_start)),
                name if FEATURES.contains(&name) => {}
                name => {
                    let message = format!("future feature {name} is not defined");
                    return Err(SyntaxError::syntax(message, at_start));
                }
            }
        }
    }
    Ok(features)
}
