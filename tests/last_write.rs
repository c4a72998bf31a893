//! "When was this set?": `Session::last_write` finds the step whose accesses last
//! wrote a variable, a cell or an attribute, and the write index it searches by gives
//! the same answers as replaying the whole history.

use cellscope::session::accesses::AccessView;
use cellscope::session::last_write::writes_target;
use cellscope::session::write_index::WriteTarget;
use cellscope::session::{Session, SessionOptions};
use std::path::Path;

fn recorded(source: &str, index_writes: bool, checkpoint_spacing: u64) -> Session {
    let options = SessionOptions {
        max_steps: 400,
        index_writes,
        checkpoint_spacing,
        ..SessionOptions::default()
    };
    let mut session = Session::new(source, options).expect("compiles");
    while !session.run(1_000) {}
    session
}

/// Every step's accesses, one after the other.
fn all_accesses(session: &Session) -> Vec<Vec<AccessView>> {
    (0..session.step_count())
        .map(|step| {
            session
                .snapshot(step)
                .map(|s| s.accesses)
                .unwrap_or_default()
        })
        .collect()
}

/// The targets some step writes.
fn written_targets(accesses: &[Vec<AccessView>]) -> Vec<WriteTarget> {
    let mut targets = Vec::new();
    for access in accesses.iter().flatten() {
        let target = match (access.cell, access.object) {
            (Some(cell), _) => WriteTarget::Cell { cell },
            (None, Some(object)) => WriteTarget::Attribute {
                object,
                name: access.name.clone(),
            },
            _ if access.via == cellscope::session::accesses::Resolution::Global => {
                WriteTarget::Variable {
                    frame: 0,
                    name: access.name.clone(),
                }
            }
            _ => WriteTarget::Variable {
                frame: access.frame,
                name: access.name.clone(),
            },
        };
        let namespace = access.namespace.map(|namespace| WriteTarget::Namespace {
            namespace,
            name: access.name.clone(),
        });
        for target in [Some(target), namespace].into_iter().flatten() {
            if access.action != cellscope::session::accesses::AccessAction::Read
                && !targets.contains(&target)
            {
                targets.push(target);
            }
        }
    }
    targets
}

const LATE_BINDING: &str = "fs = [lambda x: x * i for i in range(3)]\nm = fs[0]\nprint(m(2))\n";

/// The lambda reads 2 from the shared cell: the write of 2 is the loop's last, and
/// asking again from each answer walks back through 1 and 0.
#[test]
fn the_late_binding_read_goes_back_to_the_loops_last_write_then_the_ones_before() {
    let session = recorded(LATE_BINDING, true, 4096);
    let accesses = all_accesses(&session);
    let (read_step, read) = accesses
        .iter()
        .enumerate()
        .find_map(|(step, list)| {
            list.iter()
                .find(|a| a.name == "i" && a.function.is_some())
                .map(|a| (step, a.clone()))
        })
        .expect("the lambda reads i through its closure");
    let cell = WriteTarget::Cell {
        cell: read.cell.expect("a cell read"),
    };
    let mut walked = Vec::new();
    let mut from = Some(read_step);
    while let Some(found) = from.and_then(|at| session.last_write(at, &cell)) {
        let write = accesses[found]
            .iter()
            .rev()
            .find(|a| writes_target(a, &cell))
            .expect("the write");
        walked.push(format!("{:?}", write.value));
        from = Some(found);
    }
    let reprs: Vec<&str> = ["2", "1", "0"].to_vec();
    assert_eq!(walked.len(), 3, "{walked:?}");
    for (shown, repr) in walked.iter().zip(reprs) {
        assert!(shown.contains(&format!("repr: \"{repr}\"")), "{walked:?}");
    }
}

/// The index only says where not to look; with it, without it, and with checkpoints
/// at every few instructions, every query over the golden programs agrees with the
/// writes listed in the steps' own accesses.
#[test]
fn the_write_index_answers_as_a_scan_of_every_step_does() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).expect("tests/golden") {
        let path = entry.expect("an entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a program");
        let indexed = recorded(&source, true, 64);
        let scanned = recorded(&source, false, 4096);
        let accesses = all_accesses(&indexed);
        for target in written_targets(&accesses) {
            for step in (0..accesses.len()).step_by(3) {
                let expected = (0..step)
                    .rev()
                    .find(|&s| accesses[s].iter().any(|a| writes_target(a, &target)));
                assert_eq!(
                    indexed.last_write(step, &target),
                    expected,
                    "{path:?} step {step} {target:?}"
                );
                assert_eq!(
                    scanned.last_write(step, &target),
                    expected,
                    "{path:?} step {step} {target:?}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 1_000, "only {checked} queries");
}

/// A name bound only by the interpreter (a builtin) was never written by the program.
#[test]
fn a_builtin_was_never_written() {
    let session = recorded("print(len('ab'))\n", true, 4096);
    let target = WriteTarget::Variable {
        frame: 0,
        name: "len".into(),
    };
    assert_eq!(session.last_write(session.step_count() - 1, &target), None);
}

/// A memoizer's closure reads `cache` from a cell written once, at the start, while
/// thousands of calls write parameters of frames of their own in between: the index,
/// whatever it skips, still finds that first write, as a scan of every step does.
#[test]
fn a_cell_written_once_at_the_start_is_found_past_thousands_of_other_writes() {
    let source = "def memoize(f):\n    cache = {}\n    def wrapper(*args):\n        if args not in cache:\n            cache[args] = f(*args)\n        return cache[args]\n    return wrapper\n\n@memoize\ndef square(x):\n    return x * x\n\nn = 0\nwhile True:\n    square(n % 300)\n    n += 1\n";
    let options = SessionOptions {
        max_steps: 3_000,
        ..SessionOptions::default()
    };
    let mut session = Session::new(source, options).expect("compiles");
    while !session.run(1_000) {}
    let accesses = all_accesses(&session);
    let cells: Vec<WriteTarget> = written_targets(&accesses)
        .into_iter()
        .filter(|t| matches!(t, WriteTarget::Cell { .. }))
        .collect();
    assert!(!cells.is_empty());
    let last = accesses.len() - 1;
    for target in &cells {
        let expected = (0..last)
            .rev()
            .find(|&s| accesses[s].iter().any(|a| writes_target(a, target)));
        assert!(
            expected.is_some_and(|step| step < 30),
            "{target:?}: {expected:?}"
        );
        assert_eq!(session.last_write(last, target), expected, "{target:?}");
    }
}

/// A class's attribute was set by its class body, which bound the name in the namespace
/// that became the class's `__dict__`, and later by `P.kind = ...`: asking on the class's
/// attribute finds the assignment, then the class body's line.
#[test]
fn a_class_attribute_goes_back_to_its_assignment_then_to_the_class_body() {
    let source = "class P:\n    kind = 'point'\np = P()\nP.kind = 'dot'\nk = p.kind\n";
    let session = recorded(source, true, 4096);
    let accesses = all_accesses(&session);
    let class = accesses
        .iter()
        .flatten()
        .find(|a| a.name == "kind" && a.object.is_some())
        .and_then(|a| a.object)
        .expect("P.kind = 'dot' writes the class's attribute");
    let target = WriteTarget::Attribute {
        object: class,
        name: "kind".into(),
    };
    let last = session.step_count() - 1;
    let assignment = session.last_write(last, &target).expect("the assignment");
    assert_eq!(
        session.snapshot(assignment).map(|s| s.prev_line),
        Some(Some(4))
    );
    let body = session
        .last_write(assignment, &target)
        .expect("the class body");
    let wrote = &accesses[body];
    assert!(
        wrote
            .iter()
            .any(|a| a.name == "kind" && a.namespace.is_some()),
        "{wrote:?}"
    );
    assert_eq!(session.last_write(body, &target), None);
}
