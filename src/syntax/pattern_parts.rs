//! What a `case` pattern is made of, for the passes that only need its expressions and
//! the names it binds: scope analysis, the lints, the narration.

use super::ast::{Expr, Identifier, Pattern, PatternKind};

/// One piece of a pattern: an expression it evaluates (a value, a class, a mapping
/// key) or a name it binds.
pub enum PatternPart<'a> {
    Expr(&'a Expr),
    Capture(&'a Identifier),
}

/// Calls `visit` on every part of `pattern` in CPython's symtable order: a `MatchAs`
/// visits its sub-pattern before its name, a mapping its keys, then its patterns,
/// then its `**rest`.
pub fn visit_pattern<'a>(pattern: &'a Pattern, visit: &mut dyn FnMut(PatternPart<'a>)) {
    let all = |patterns: &'a [Pattern], visit: &mut dyn FnMut(PatternPart<'a>)| {
        patterns.iter().for_each(|p| visit_pattern(p, visit));
    };
    match &pattern.kind {
        PatternKind::MatchValue(value) => visit(PatternPart::Expr(value)),
        PatternKind::MatchSingleton(_) => {}
        PatternKind::MatchSequence(items) | PatternKind::MatchOr(items) => all(items, visit),
        PatternKind::MatchStar(name) => name.iter().for_each(|n| visit(PatternPart::Capture(n))),
        PatternKind::MatchMapping { keys, patterns, rest } => {
            keys.iter().for_each(|k| visit(PatternPart::Expr(k)));
            all(patterns, visit);
            rest.iter().for_each(|n| visit(PatternPart::Capture(n)));
        }
        PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
            visit(PatternPart::Expr(cls));
            all(patterns, visit);
            all(kwd_patterns, visit);
        }
        PatternKind::MatchAs { pattern, name } => {
            if let Some(inner) = pattern {
                visit_pattern(inner, visit);
            }
            name.iter().for_each(|n| visit(PatternPart::Capture(n)));
        }
    }
}

/// Every part of `pattern`, in the order [`visit_pattern`] meets them.
pub fn pattern_parts(pattern: &Pattern) -> Vec<PatternPart<'_>> {
    let mut parts = Vec::new();
    visit_pattern(pattern, &mut |part| parts.push(part));
    parts
}

/// The names a pattern binds, in the order CPython's symtable meets them.
pub fn captured_names(pattern: &Pattern) -> Vec<&Identifier> {
    let mut names = Vec::new();
    visit_pattern(pattern, &mut |part| {
        if let PatternPart::Capture(name) = part {
            names.push(name);
        }
    });
    names
}
