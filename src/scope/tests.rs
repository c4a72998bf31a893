//! Scope analysis on source text: the lookups and explanations the page relies on.

use super::*;
use crate::syntax::{parse, LineIndex, Span};

const COUNTER: &str = "\
def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c = counter()
print(c(), len([]))
";

fn table_of(source: &str) -> SymbolTable {
    let module = parse(source).expect("test programs parse");
    analyze(&module).expect("test programs are valid")
}

fn scope_named(table: &SymbolTable, name: &str) -> ScopeId {
    let index = table
        .scopes
        .iter()
        .position(|scope| scope.name == name)
        .expect("scope exists");
    ScopeId(index as u32)
}

fn reason_of(source: &str, scope: &str, name: &str) -> String {
    let table = table_of(source);
    table.reason(scope_named(&table, scope), name, &LineIndex::new(source))
}

#[test]
fn the_counter_shares_one_cell() {
    let table = table_of(COUNTER);
    let counter = table
        .scope(scope_named(&table, "counter"))
        .expect("counter");
    let increment = table
        .scope(scope_named(&table, "increment"))
        .expect("increment");
    assert_eq!(
        counter.lookup("count").map(|s| s.scope),
        Some(SymbolScope::Cell)
    );
    assert_eq!(
        increment.lookup("count").map(|s| s.scope),
        Some(SymbolScope::Free)
    );
    assert_eq!(counter.cellvars, vec!["count"]);
    assert_eq!(increment.freevars, vec!["count"]);
    assert_eq!(increment.qualname, "counter.<locals>.increment");
}

#[test]
fn reasons_explain_each_kind_of_name() {
    assert_eq!(
        reason_of(COUNTER, "counter", "count"),
        "cell: captured by increment"
    );
    assert_eq!(
        reason_of(COUNTER, "increment", "count"),
        "free: declared nonlocal, assigned in counter"
    );
    assert_eq!(
        reason_of(COUNTER, "counter", "increment"),
        "local: assigned on line 3"
    );
    assert_eq!(reason_of(COUNTER, "<module>", "len"), "builtin");
    assert_eq!(
        reason_of(COUNTER, "<module>", "c"),
        "global: assigned on line 9"
    );
    let reader = "def f():\n    x = 1\n    def g():\n        return x\n    return g\n";
    assert_eq!(
        reason_of(reader, "g", "x"),
        "free: assigned in f, read here"
    );
    let declared = "def f():\n    global total\n    total = 1\n";
    assert_eq!(reason_of(declared, "f", "total"), "global: declared global");
}

#[test]
fn class_bodies_hold_attributes_that_methods_do_not_see() {
    let source = "def f():\n    x = 1\n    class C:\n        x = 2\n        y = 3\n        def m(self):\n            return x\n    return C\n";
    assert_eq!(
        reason_of(source, "C", "y"),
        "class attribute: assigned on line 5"
    );
    let shadow =
        "class attribute: assigned on line 4; methods still see the enclosing function's x";
    assert_eq!(reason_of(source, "C", "x"), shadow);
    assert_eq!(
        reason_of(source, "m", "x"),
        "free: assigned in f, read here"
    );
    assert_eq!(reason_of(source, "f", "x"), "cell: captured by m");
}

#[test]
fn a_class_body_reading_an_enclosing_function_uses_class_deref() {
    let source = "def f():\n    y = 1\n    class C:\n        z = y\n    return C\n";
    assert!(reason_of(source, "C", "y").contains("LOAD_CLASSDEREF"));
}

#[test]
fn a_builtin_rebound_at_module_level_is_no_longer_builtin() {
    let table = table_of("len = 5\ndef f():\n    return len, print\n");
    let f = scope_named(&table, "f");
    assert!(!table.is_builtin(f, "len"));
    assert!(table.is_builtin(f, "print"));
    let declared = table_of("def f():\n    global len\n    len = 1\ndef g():\n    return len\n");
    assert!(!declared.is_builtin(scope_named(&declared, "g"), "len"));
}

#[test]
fn scope_of_tells_a_lambda_from_a_generator_at_the_same_offset() {
    let source = "f = lambda: 1\n";
    let table = table_of(source);
    let lambda = table
        .scopes
        .iter()
        .find(|scope| scope.kind == ScopeKind::Lambda)
        .expect("lambda");
    assert_eq!(
        table.scope_of(lambda.span, ScopeKind::Lambda),
        Some(ScopeId(1))
    );
    assert_eq!(table.scope_of(lambda.span, ScopeKind::Comprehension), None);
    assert_eq!(table.scope_of(Span::new(0, 0), ScopeKind::Function), None);
}

#[test]
fn symbols_remember_where_they_are_first_bound() {
    let source = "def f():\n    print(x)\n    x = 1\n";
    let table = table_of(source);
    let symbol = table
        .scope(scope_named(&table, "f"))
        .and_then(|f| f.lookup("x"))
        .expect("x");
    assert_eq!(&source[symbol.first_span.range()], "x");
    assert_eq!(symbol.first_span.start, 19);
    assert_eq!(symbol.binding_span.map(|span| span.start), Some(26));
}

#[test]
fn children_and_parents_link_up() {
    let table = table_of(COUNTER);
    let counter = scope_named(&table, "counter");
    let increment = scope_named(&table, "increment");
    assert_eq!(
        table.scope(counter).map(|s| s.children.clone()),
        Some(vec![increment])
    );
    assert_eq!(table.scope(increment).and_then(|s| s.parent), Some(counter));
    assert_eq!(table.module().map(|m| m.parent), Some(None));
}

#[test]
fn check_reports_the_first_scope_error() {
    let module = parse("def f():\n    nonlocal x\n").expect("parses");
    let error = check(&module).expect_err("no binding");
    assert_eq!(error.message, "no binding for nonlocal 'x' found");
    assert_eq!(error.span.start, 13);
}

/// Runs `work` on a thread with `stack_kb` of stack, as a browser's or a test's
/// thread would have; false if it did not finish.
fn on_stack<T: Send + 'static>(
    stack_kb: usize,
    work: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let thread = std::thread::Builder::new()
        .stack_size(stack_kb << 10)
        .spawn(work)
        .ok()?;
    thread.join().ok()
}

#[test]
fn the_deepest_nesting_the_parser_accepts_fits_in_four_megabytes() {
    let source = format!(
        "x = 1{}\nf = {}1\n",
        " + 1".repeat(990),
        "lambda: ".repeat(240)
    );
    let module = on_stack(256 << 10, move || parse(&source).ok())
        .flatten()
        .expect("parses");
    let module = std::sync::Arc::new(module);
    let shared = module.clone();
    let scopes = on_stack(4 << 10, move || {
        analyze(&shared).map(|table| table.scopes.len()).ok()
    });
    assert_eq!(scopes.flatten(), Some(241));
    on_stack(256 << 10, move || drop(module));
}

#[test]
fn nesting_deeper_than_cpython_allows_is_refused_not_overflowed() {
    use crate::syntax::ast::{Constant, Expr, ExprKind, Stmt, StmtKind, UnaryOperator};
    let refused = on_stack(256 << 10, || {
        let leaf = Expr::new(ExprKind::Constant(Constant::None), Span::new(0, 1));
        let deep = (0..3000).fold(leaf, |operand, _| {
            let kind = ExprKind::UnaryOp {
                op: UnaryOperator::Not,
                operand: Box::new(operand),
            };
            Expr::new(kind, Span::new(0, 1))
        });
        let module = crate::syntax::ast::Module {
            body: vec![Stmt::new(StmtKind::Expr(deep), Span::new(0, 1))],
        };
        analyze(&module).err().map(|error| error.message)
    });
    let message = "maximum recursion depth exceeded during compilation";
    assert_eq!(refused.flatten().as_deref(), Some(message));
}

#[test]
fn names_compile_to_the_instructions_cpython_uses() {
    let source = "\
g = 1
def f(p):
    c = 0
    def inner():
        return c, g, p
    class K:
        __secret = c
        def m(self):
            return __class__
    return inner
";
    let table = table_of(source);
    let scope = |name| table.scope(scope_named(&table, name)).expect("scope");
    assert_eq!(scope("<module>").load_access("g"), NameAccess::Name);
    assert_eq!(scope("f").load_access("c"), NameAccess::Deref);
    assert_eq!(scope("f").load_access("inner"), NameAccess::Fast);
    assert_eq!(scope("inner").load_access("g"), NameAccess::Global);
    assert_eq!(scope("inner").load_access("p"), NameAccess::Deref);
    assert_eq!(scope("K").load_access("c"), NameAccess::ClassDeref);
    assert_eq!(scope("K").store_access("__secret"), NameAccess::Name);
    assert_eq!(scope("K").mangled("__secret"), "_K__secret");
    assert_eq!(scope("m").load_access("__class__"), NameAccess::Deref);
}

#[test]
fn the_table_serializes_for_a_scope_table() {
    let table = table_of(COUNTER);
    let json = serde_json::to_value(&table).expect("serializes");
    let increment = &json["scopes"][2];
    assert_eq!(increment["kind"], "function");
    assert_eq!(increment["qualname"], "counter.<locals>.increment");
    assert_eq!(increment["symbols"][0]["scope"], "free");
    let flags = serde_json::json!(["assigned", "declared_nonlocal", "referenced"]);
    assert_eq!(increment["symbols"][0]["flags"], flags);
}

#[test]
fn check_source_reports_parse_and_scope_errors_alike() {
    assert!(check_source("def f(:\n").is_err());
    let error = check_source("def f(a, a):\n    pass\n")
        .err()
        .map(|error| error.message);
    assert_eq!(
        error.as_deref(),
        Some("duplicate argument 'a' in function definition")
    );
    assert_eq!(
        check_source(COUNTER).map(|table| table.scopes.len()).ok(),
        Some(3)
    );
}
