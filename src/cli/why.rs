//! `cellscope trace FILE --why NAME --step N`: where the value NAME holds at step N
//! came from, the write that set it and the ones before, latest first, as an
//! omniscient debugger answers "when was this set?".

use crate::session::accesses::access_text;
use crate::session::last_write::writes_target;
use crate::session::write_index::WriteTarget;
use crate::session::Session;

/// The writes listed at most, latest first.
const MAX_WRITES: usize = 10;

pub fn print_why(session: &Session, name: &str, step: usize) -> u8 {
    if step >= session.step_count() {
        eprintln!(
            "cellscope trace: step {step} is past the last step ({})",
            session.step_count().saturating_sub(1)
        );
        return 2;
    }
    let Some(target) = session.target_named(step, name) else {
        eprintln!("cellscope trace: no variable '{name}' in the frames of step {step}");
        return 2;
    };
    println!("{name} at step {step}: {}", target_text(&target));
    // The writes before step + 1: step N's own write first, when it made one.
    let mut from = step + 1;
    let mut listed = 0;
    while listed < MAX_WRITES {
        let Some(found) = session.last_write(from, &target) else {
            break;
        };
        print_write(session, found, &target);
        listed += 1;
        from = found;
    }
    if listed == 0 {
        println!("  never written by the program");
    }
    0
}

fn print_write(session: &Session, step: usize, target: &WriteTarget) {
    let Some(snapshot) = session.snapshot(step) else {
        return;
    };
    let line = snapshot.prev_line.unwrap_or(snapshot.line);
    let write = snapshot
        .accesses
        .iter()
        .rev()
        .find(|access| writes_target(access, target))
        .map_or(String::new(), access_text);
    println!("  step {step}, line {line}: {write}");
}

fn target_text(target: &WriteTarget) -> String {
    match target {
        WriteTarget::Variable { frame: 0, name } => format!("global variable {name}"),
        WriteTarget::Variable { frame, name } => format!("variable {name} of frame {frame}"),
        WriteTarget::Cell { cell } => format!("cell #{cell}"),
        WriteTarget::Attribute { object, name } => format!("attribute {name} of #{object}"),
        WriteTarget::Namespace { namespace, name } => format!("{name} of namespace #{namespace}"),
    }
}
