//! `global`, `nonlocal` and annotated assignments: the statements whose legality
//! depends on what the scope has already done with a name.

use super::builder::{Builder, Visit};
use super::flags::SymbolFlags;
use super::mangle::mangle;
use crate::syntax::ast::{Expr, ExprKind, Identifier};
use crate::syntax::{Span, SyntaxError};

#[derive(Clone, Copy)]
enum Declaration {
    Global,
    Nonlocal,
}

impl Declaration {
    fn word(self) -> &'static str {
        match self {
            Declaration::Global => "global",
            Declaration::Nonlocal => "nonlocal",
        }
    }

    fn flag(self) -> SymbolFlags {
        match self {
            Declaration::Global => SymbolFlags::DECLARED_GLOBAL,
            Declaration::Nonlocal => SymbolFlags::DECLARED_NONLOCAL,
        }
    }
}

impl Builder {
    pub(super) fn visit_global(&mut self, names: &[Identifier], span: Span) -> Visit {
        self.declare(names, Declaration::Global, span)
    }

    pub(super) fn visit_nonlocal(&mut self, names: &[Identifier], span: Span) -> Visit {
        self.declare(names, Declaration::Nonlocal, span)
    }

    /// A declaration must come before any other use of the name in the scope; the error
    /// points at the whole statement, as CPython's does.
    fn declare(&mut self, names: &[Identifier], declaration: Declaration, span: Span) -> Visit {
        for identifier in names {
            let name = mangle(self.private.as_deref(), &identifier.name);
            let flags = self.current.flags_of(&name);
            if let Some(message) =
                misuse_before_declaration(flags, &identifier.name, declaration.word())
            {
                return Err(SyntaxError::syntax(message, span));
            }
            self.add_def(&identifier.name, declaration.flag(), span)?;
            self.current.directives.entry(name).or_insert(span);
        }
        Ok(())
    }

    /// `x: T = v`: a simple name is bound and annotated in this scope (and may not be
    /// declared global or nonlocal here); any other target is visited as an expression.
    pub(super) fn visit_ann_assign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
        span: Span,
    ) -> Visit {
        if let ExprKind::Name { id, .. } = &target.kind {
            self.visit_annotated_name(id, target.span, value.is_some(), simple, span)?;
        } else {
            self.visit_expr(target)?;
        }
        // Inside a function the compiler never evaluates a variable's annotation.
        let unevaluated = self.current.scope.kind.is_function_like();
        let outer = std::mem::replace(&mut self.in_unevaluated_annotation, unevaluated);
        let visited = self.visit_annotation(Some(annotation));
        self.in_unevaluated_annotation = outer;
        visited?;
        self.visit_optional(value)
    }

    fn visit_annotated_name(
        &mut self,
        id: &str,
        target: Span,
        has_value: bool,
        simple: bool,
        span: Span,
    ) -> Visit {
        let flags = self.current.flags_of(&mangle(self.private.as_deref(), id));
        let declared =
            flags.intersects(SymbolFlags::DECLARED_GLOBAL | SymbolFlags::DECLARED_NONLOCAL);
        let in_module = self.enclosing.is_empty();
        if declared && !in_module && simple {
            let word = if flags.intersects(SymbolFlags::DECLARED_GLOBAL) {
                "global"
            } else {
                "nonlocal"
            };
            return Err(SyntaxError::syntax(
                format!("annotated name '{id}' can't be {word}"),
                span,
            ));
        }
        if simple {
            self.add_def(id, SymbolFlags::ANNOTATED | SymbolFlags::ASSIGNED, target)
        } else if has_value {
            self.add_def(id, SymbolFlags::ASSIGNED, target)
        } else {
            Ok(())
        }
    }
}

/// CPython checks a parameter first, then a use, then an annotation, then an
/// assignment; a name bound only by `import` may still be declared.
fn misuse_before_declaration(flags: SymbolFlags, name: &str, word: &str) -> Option<String> {
    if flags.intersects(SymbolFlags::PARAMETER) {
        Some(format!("name '{name}' is parameter and {word}"))
    } else if flags.intersects(SymbolFlags::REFERENCED) {
        Some(format!("name '{name}' is used prior to {word} declaration"))
    } else if flags.intersects(SymbolFlags::ANNOTATED) {
        Some(format!("annotated name '{name}' can't be {word}"))
    } else if flags.intersects(SymbolFlags::ASSIGNED) {
        Some(format!(
            "name '{name}' is assigned to before {word} declaration"
        ))
    } else {
        None
    }
}
