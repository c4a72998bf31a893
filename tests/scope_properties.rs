//! Properties of scope analysis over generated programs full of nested functions,
//! classes, lambdas, comprehensions, `global`, `nonlocal` and walruses: it never
//! panics, and what it builds is a closure model CPython could run.

use cellscope::scope::{analyze, ScopeId, SymbolScope, SymbolTable};
use cellscope::syntax::parse;
use proptest::prelude::*;

const NAMES: [&str; 6] = ["a", "b", "x", "__p", "super", "len"];

fn name() -> impl Strategy<Value = String> {
    prop::sample::select(NAMES.to_vec()).prop_map(String::from)
}

fn expression() -> impl Strategy<Value = String> {
    name().prop_recursive(3, 24, 3, |inner| {
        prop_oneof![
            (name(), inner.clone()).prop_map(|(param, body)| format!("(lambda {param}: {body})")),
            (inner.clone(), name(), inner.clone())
                .prop_map(|(elt, target, iter)| format!("[{elt} for {target} in {iter}]")),
            (name(), inner.clone()).prop_map(|(target, value)| format!("({target} := {value})")),
            (inner.clone(), inner.clone()).prop_map(|(left, right)| format!("{left} + {right}")),
            (inner.clone(), inner).prop_map(|(func, arg)| format!("{func}({arg})")),
        ]
    })
}

fn simple_statement() -> impl Strategy<Value = String> {
    prop_oneof![
        (name(), expression()).prop_map(|(target, value)| format!("{target} = {value}")),
        name().prop_map(|target| format!("nonlocal {target}")),
        name().prop_map(|target| format!("global {target}")),
        name().prop_map(|target| format!("{target} += 1")),
        expression().prop_map(|value| format!("print({value})")),
    ]
}

/// A block of statements, each line indented by `indent` spaces.
fn block() -> impl Strategy<Value = Vec<String>> {
    let leaf = prop::collection::vec(simple_statement(), 1..4);
    leaf.prop_recursive(4, 40, 4, |inner| {
        let nested = (
            prop::sample::select(vec!["def f(a):", "def g():", "class C:", "for x in a:"]),
            inner,
        );
        let compound = nested.prop_map(|(header, body)| {
            let mut lines = vec![header.to_string()];
            lines.extend(body.into_iter().map(|line| format!("    {line}")));
            lines
        });
        prop::collection::vec(
            prop_oneof![compound, simple_statement().prop_map(|line| vec![line])],
            1..4,
        )
        .prop_map(|blocks| blocks.concat())
    })
}

fn scopes(table: &SymbolTable) -> impl Iterator<Item = (ScopeId, &cellscope::scope::Scope)> {
    table
        .scopes
        .iter()
        .enumerate()
        .map(|(index, scope)| (ScopeId(index as u32), scope))
}

/// CPython builds a closure from the creating scope's cells and free variables, so
/// every free variable of a scope must be one of those of its parent.
fn closures_can_be_built(table: &SymbolTable) -> Result<(), String> {
    for (_, scope) in scopes(table) {
        let Some(parent) = scope.parent.and_then(|parent| table.scope(parent)) else {
            continue;
        };
        for free in &scope.freevars {
            if !parent.cellvars.contains(free) && !parent.freevars.contains(free) {
                return Err(format!(
                    "{} needs {free}, which {} lacks",
                    scope.qualname, parent.qualname
                ));
            }
        }
    }
    Ok(())
}

/// A cell exists because some inner scope reads it.
fn every_cell_is_captured(table: &SymbolTable) -> Result<(), String> {
    for (_, scope) in scopes(table) {
        for cell in scope
            .symbols
            .iter()
            .filter(|symbol| symbol.scope == SymbolScope::Cell)
        {
            let captured = scope
                .children
                .iter()
                .filter_map(|child| table.scope(*child))
                .any(|child| child.freevars.contains(&cell.name));
            if !captured {
                return Err(format!(
                    "{} in {} is a cell nobody captures",
                    cell.name, scope.qualname
                ));
            }
        }
    }
    Ok(())
}

fn layout_is_consistent(table: &SymbolTable) -> Result<(), String> {
    for (id, scope) in scopes(table) {
        if table.scope_of(scope.span, scope.kind) != Some(id) {
            return Err(format!("scope_of does not find {}", scope.qualname));
        }
        let parameters = (scope.argcount + scope.kwonlyargcount) as usize
            + scope.has_varargs as usize
            + scope.has_varkeywords as usize;
        if scope.varnames.len() < parameters {
            return Err(format!(
                "{} lists fewer varnames than parameters",
                scope.qualname
            ));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn analysis_never_panics_and_closures_line_up(lines in block()) {
        let source = lines.join("\n") + "\n";
        let Ok(module) = parse(&source) else { return Ok(()) };
        if let Ok(table) = analyze(&module) {
            prop_assert_eq!(closures_can_be_built(&table), Ok(()), "{}", source);
            prop_assert_eq!(every_cell_is_captured(&table), Ok(()), "{}", source);
            prop_assert_eq!(layout_is_consistent(&table), Ok(()), "{}", source);
        }
    }
}
