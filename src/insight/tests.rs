use super::*;
use crate::scope::analyze;
use crate::syntax::{parse, Span};

fn codes(source: &str) -> Vec<Code> {
    lint(source)
        .expect("test programs compile")
        .iter()
        .map(|d| d.code)
        .collect()
}

/// The source with every edit of the diagnostic's fix applied.
fn apply_fix(source: &str, diagnostic: &Diagnostic) -> String {
    let mut edits = diagnostic.fix.edits.clone();
    edits.sort_by_key(|edit| std::cmp::Reverse(edit.span.start));
    let mut fixed = source.to_string();
    for edit in edits {
        fixed.replace_range(edit.span.range(), &edit.replacement);
    }
    fixed
}

/// Applying the fix of the only diagnostic leaves a program that compiles and that
/// the lint no longer flags.
fn assert_fix_clears(source: &str, code: Code, fixed_expected: &str) {
    let found = lint(source).expect("compiles");
    assert_eq!(found.iter().map(|d| d.code).collect::<Vec<_>>(), vec![code]);
    let fixed = apply_fix(source, &found[0]);
    assert_eq!(fixed, fixed_expected);
    assert_eq!(codes(&fixed), Vec::<Code>::new(), "{fixed}");
}

#[test]
fn late_binding_fix_adds_a_default_to_a_lambda() {
    assert_fix_clears(
        "def f():\n    return [lambda x: x + i for i in range(3)]\n",
        Code::LateBinding,
        "def f():\n    return [lambda x, i=i: x + i for i in range(3)]\n",
    );
    assert_fix_clears(
        "fs = []\nfor i in range(3):\n    fs.append(lambda: i)\n",
        Code::LateBinding,
        "fs = []\nfor i in range(3):\n    fs.append(lambda i=i: i)\n",
    );
}

#[test]
fn late_binding_fix_adds_a_default_to_a_def() {
    assert_fix_clears(
        "def f(names):\n    out = []\n    for n in names:\n        def g():\n            return n\n        out.append(g)\n    return out\n",
        Code::LateBinding,
        "def f(names):\n    out = []\n    for n in names:\n        def g(n=n):\n            return n\n        out.append(g)\n    return out\n",
    );
}

#[test]
fn mutable_default_fix_moves_the_list_into_the_body() {
    assert_fix_clears(
        "def add(item, basket=[]):\n    \"\"\"Doc.\"\"\"\n    basket.append(item)\n    return basket\n",
        Code::MutableDefault,
        "def add(item, basket=None):\n    \"\"\"Doc.\"\"\"\n    if basket is None:\n        basket = []\n    basket.append(item)\n    return basket\n",
    );
}

#[test]
fn missing_nonlocal_fix_declares_the_name() {
    assert_fix_clears(
        "def counter():\n    count = 0\n    def inc():\n        count += 1\n        return count\n    return inc\n",
        Code::MissingNonlocal,
        "def counter():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n        return count\n    return inc\n",
    );
    assert_fix_clears(
        "def t():\n    on = False\n    def flip(): on = not on\n    return flip\n",
        Code::MissingNonlocal,
        "def t():\n    on = False\n    def flip(): nonlocal on; on = not on\n    return flip\n",
    );
}

#[test]
fn missing_global_fix_declares_the_name() {
    assert_fix_clears(
        "total = 0\ndef add(n):\n    total += n\n",
        Code::MissingGlobal,
        "total = 0\ndef add(n):\n    global total\n    total += n\n",
    );
}

#[test]
fn no_global_is_offered_when_an_inner_function_declares_the_name_nonlocal() {
    // `global n` in g would leave inner's `nonlocal n` with nothing to bind: a SyntaxError.
    let source = "n = 0\ndef g():\n    n += 1\n    def inner():\n        nonlocal n\n    return inner\n";
    let found = lint(source).expect("the program compiles");
    let diagnostic = found
        .iter()
        .find(|diagnostic| diagnostic.code == Code::MissingGlobal)
        .expect("the early read is reported");
    assert!(diagnostic.fix.edits.is_empty(), "{:?}", diagnostic.fix);
    assert!(diagnostic.message.contains("declares `nonlocal n`"), "{}", diagnostic.message);
}

#[test]
fn shadowing_fix_declares_the_name() {
    assert_fix_clears(
        "def m():\n    state = 1\n    def s():\n        state = 2\n    s()\n    return state\n",
        Code::Shadowing,
        "def m():\n    state = 1\n    def s():\n        nonlocal state\n        state = 2\n    s()\n    return state\n",
    );
}

#[test]
fn reassigned_after_capture_fix_binds_the_value() {
    assert_fix_clears(
        "def m():\n    x = 1\n    def show():\n        return x\n    x = 2\n    return show\n",
        Code::ReassignedAfterCapture,
        "def m():\n    x = 1\n    def show(x=x):\n        return x\n    x = 2\n    return show\n",
    );
}

#[test]
fn a_closure_called_in_its_own_iteration_is_fine() {
    let source = "for i in range(3):\n    f = lambda: i\n    print(f())\n    (lambda: i)()\n";
    assert_eq!(codes(source), Vec::<Code>::new());
}

#[test]
fn a_possible_but_uncertain_unbound_read_is_not_flagged() {
    let source = "def o():\n    x = 1\n    def i(flag):\n        if flag:\n            x = 2\n        return x\n    return i\n";
    assert_eq!(codes(source), Vec::<Code>::new());
}

#[test]
fn diagnostics_serialise_with_snake_case_tags() {
    let found = lint("def f(a=[]):\n    a.append(1)\n").expect("compiles");
    let json = serde_json::to_value(&found).expect("serialisable");
    assert_eq!(json[0]["code"], "mutable_default");
    assert_eq!(json[0]["severity"], "warning");
    assert_eq!(json[0]["line"], 1);
    assert_eq!(json[0]["fix"]["edits"][0]["replacement"], "None");
    assert_eq!(json[0]["names"][0], "a");
}

#[test]
fn explain_unbound_local_points_to_the_enclosing_variable() {
    let source =
        "def counter():\n    count = 0\n    def inc():\n        count += 1\n    return inc\n";
    let table = analyze(&parse(source).expect("parses")).expect("resolves");
    let found = explain_unbound_local(source, &table, "counter.<locals>.inc", "count")
        .expect("count is an assigned local of inc");
    assert_eq!(found.code, Code::MissingNonlocal);
    assert!(found.message.starts_with("`count` is local to `inc` because line 4 assigns it; add `nonlocal count` to use the `count` in `counter`"));
    assert!(explain_unbound_local(source, &table, "counter", "inc").is_some());
    assert!(explain_unbound_local(source, &table, "counter.<locals>.inc", "nothing").is_none());
}

#[test]
fn explain_unbound_local_without_an_outer_variable() {
    let source = "def f(flag):\n    if flag:\n        y = 1\n    return y\n";
    let table = analyze(&parse(source).expect("parses")).expect("resolves");
    let found = explain_unbound_local(source, &table, "f", "y").expect("y is local");
    assert_eq!(found.code, Code::UnboundLocal);
    assert_eq!(found.line, 4);
}

fn holder(function_id: u64, line: u32) -> CellHolder {
    CellHolder {
        function_id,
        function_name: "<lambda>".to_string(),
        label: format!("<lambda> #{function_id}"),
        line,
        span: None,
    }
}

#[test]
fn functions_from_one_lambda_sharing_a_cell_are_reported() {
    let cell = CellView {
        cell_id: 7,
        name: "i".to_string(),
        contents_repr: Some("2".to_string()),
        held_by: vec![holder(10, 4), holder(11, 4), holder(12, 4)],
    };
    let found = late_binding_at_runtime(&[cell]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code, Code::LateBinding);
    assert_eq!(found[0].line, 4);
    assert!(found[0]
        .message
        .starts_with("These 3 functions share one cell `i`, which now holds 2."));
}

#[test]
fn a_cell_shared_by_different_definitions_is_not_late_binding() {
    let cell = CellView {
        cell_id: 7,
        name: "balance".to_string(),
        contents_repr: Some("100".to_string()),
        held_by: vec![holder(10, 3), holder(11, 8)],
    };
    assert!(late_binding_at_runtime(&[cell]).is_empty());
}

#[test]
fn reassigned_hint_takes_run_time_values() {
    let source =
        "def m():\n    x = 1\n    def show():\n        return x\n    x = 2\n    return show\n";
    let found = lint(source).expect("compiles");
    let completed = reassigned_with_values(&found[0], "1", "2");
    assert!(completed
        .message
        .ends_with("When the function was created `x` held 1; it now holds 2."));
}

#[test]
fn scope_table_uses_the_analysis_reasons() {
    let source = "def counter():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n        print(count)\n    return inc\n";
    let table = analyze(&parse(source).expect("parses")).expect("resolves");
    let inc = crate::scope::ScopeId(2);
    let rows = scope_table(source, &table, inc);
    let scopes: Vec<(&str, &str)> = rows.iter().map(|r| (r.name.as_str(), r.scope)).collect();
    assert_eq!(scopes, vec![("count", "free"), ("print", "builtin")]);
    assert_eq!(
        rows[0].reason,
        "free: declared nonlocal, assigned in counter"
    );
    let module = scope_table(source, &table, crate::scope::ScopeId(0));
    assert_eq!(module[0].scope, "global");
    assert!(scope_table(source, &table, crate::scope::ScopeId(99)).is_empty());
}

#[test]
fn columns_count_characters() {
    let found = lint("def f():\n    return [lambda: 'é→' + i for i in 'ab']\n").expect("compiles");
    assert_eq!((found[0].line, found[0].column), (2, 28));
    assert_eq!(found[0].span, Span::new(39, 40));
}

#[test]
fn explain_exception_reads_cpython_messages() {
    let source = "def outer():\n    def show():\n        return x\n    show()\n    x = 1\n\ndef f():\n    print(y)\n    y = 1\n";
    let table = analyze(&parse(source).expect("parses")).expect("resolves");
    let free = explain_exception(
        source,
        &table,
        "outer.<locals>.show",
        "NameError",
        "cannot access free variable 'x' where it is not associated with a value in enclosing scope",
    )
    .expect("an empty free variable is explained");
    assert_eq!(free.code, Code::UnboundFree);
    assert_eq!((free.line, free.column), (3, 16));
    assert!(free.message.starts_with("`show` reads `x` from the cell of `outer`, and that cell is still empty: `show` ran before line 5 assigns it"), "{}", free.message);
    let local = explain_exception(
        source,
        &table,
        "f",
        "UnboundLocalError",
        "cannot access local variable 'y' where it is not associated with a value",
    )
    .expect("an unbound local is explained");
    assert_eq!(local.code, Code::UnboundLocal);
    assert_eq!(local.line, 8);
    assert!(explain_exception(source, &table, "f", "ValueError", "bad 'y'").is_none());
    assert!(
        explain_exception(source, &table, "f", "NameError", "name 'z' is not defined").is_none()
    );
}

#[test]
fn explain_exception_points_methods_to_class_attributes() {
    let source = "class Counter:\n    count = 0\n\n    def increment(self):\n        count += 1\n";
    let table = analyze(&parse(source).expect("parses")).expect("resolves");
    let found = explain_exception(
        source,
        &table,
        "Counter.increment",
        "UnboundLocalError",
        "cannot access local variable 'count' where it is not associated with a value",
    )
    .expect("the class attribute is explained");
    assert_eq!(found.code, Code::ClassAttribute);
    assert_eq!(found.line, 5);
    assert!(found.fix.text.starts_with("Write `self.count`"));
}

/// The scope table named frames and functions by qualname only, and never said which
/// cell a closure held at the step on screen.
#[test]
fn the_scope_table_at_a_step_uses_the_diagrams_labels() {
    use crate::session::{Session, SessionOptions};
    let source = "def counter():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n    def dec():\n        nonlocal count\n        count -= 1\n    return inc, dec\ninc, dec = counter()\ninc()\n";
    let mut session = Session::new(source, SessionOptions::default()).expect("compiles");
    while !session.run(1_000) {}
    let table = crate::scope::check_source(source).expect("compiles");
    let step = session.step_count() - 1;
    let snapshot = session.snapshot(step).expect("the end step");
    let inc = snapshot.frames[0]
        .locals
        .iter()
        .find(|b| b.name == "inc")
        .expect("inc");
    let crate::session::snapshot::ValueView::Ref { id } = inc.value else {
        panic!("a function")
    };
    let view = scope_at(source, &table, &snapshot, ScopeSubject::Function(id)).expect("drawn");
    assert_eq!(
        (view.scope.as_str(), view.label.as_str()),
        ("counter.<locals>.inc", "inc #1")
    );
    let count = view
        .rows
        .iter()
        .find(|row| row.name == "count")
        .expect("count");
    assert_eq!(count.scope, "free");
    assert_eq!(
        count.holds.as_deref(),
        Some("cell count, from counter call 1, holding 1, held by inc #1 and dec #1")
    );
    assert!(scope_at(source, &table, &snapshot, ScopeSubject::Frame(99)).is_none());
}
