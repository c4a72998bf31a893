//! The run-time checks fed from real snapshots: after the loop of the late-binding
//! example, the three lambdas hold one cell `i` that holds 2; a captured variable
//! reassigned later shows its value before and after.

#![cfg(not(target_arch = "wasm32"))]

use cellscope::insight::{
    cells_from_snapshot, late_binding_at_runtime, lint, reassigned_values, Code,
};
use cellscope::session::{Session, SessionOptions};

const LATE: &str = "def make_multipliers():\n    multipliers = []\n    for i in range(3):\n        multipliers.append(lambda x: x * i)\n    return multipliers\n\nfs = make_multipliers()\nprint(fs[0](10))\n";

const FIXED: &str = "def make_multipliers():\n    multipliers = []\n    for i in range(3):\n        multipliers.append(lambda x, i=i: x * i)\n    return multipliers\n\nfs = make_multipliers()\nprint(fs[0](10))\n";

fn runtime_findings(source: &str) -> Vec<cellscope::insight::Diagnostic> {
    let mut session = Session::new(source, SessionOptions::default()).expect("program compiles");
    while !session.run(1_000) {}
    let last = session.step_count().saturating_sub(1);
    let snapshot = session
        .snapshot(last)
        .expect("the last step has a snapshot");
    late_binding_at_runtime(&cells_from_snapshot(&snapshot))
}

#[test]
fn three_lambdas_sharing_the_loop_cell_are_reported() {
    let found = runtime_findings(LATE);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, Code::LateBinding);
    assert_eq!(found[0].line, 4);
    assert!(
        found[0]
            .message
            .starts_with("These 3 functions share one cell `i`, which now holds 2."),
        "{}",
        found[0].message
    );
}

#[test]
fn the_default_argument_fix_leaves_no_shared_cell() {
    assert!(runtime_findings(FIXED).is_empty());
}

const REASSIGNED: &str = "def make_message():\n    greeting = 'hello'\n\n    def show():\n        return greeting\n\n    greeting = 'goodbye'\n    return show\n\nshow = make_message()\nprint(show())\n";

#[test]
fn the_reassignment_hint_shows_the_value_before_and_after() {
    let found = lint(REASSIGNED).expect("compiles");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code, Code::ReassignedAfterCapture);
    let mut session = Session::new(REASSIGNED, SessionOptions::default()).expect("compiles");
    while !session.run(1_000) {}
    let before = (0..session.step_count())
        .filter_map(|step| session.snapshot(step))
        .find(|snapshot| snapshot.event == "line" && snapshot.line == 7)
        .expect("the reassignment's line runs");
    let last = session.step_count().saturating_sub(1);
    let now = session
        .snapshot(last)
        .expect("the last step has a snapshot");
    let completed = reassigned_values(&found[0], REASSIGNED, &before, &now)
        .expect("the snapshots show the cell");
    assert!(
        completed.message.ends_with(
            "When the function was created `greeting` held 'hello'; it now holds 'goodbye'."
        ),
        "{}",
        completed.message
    );
}
