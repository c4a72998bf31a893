//! What a cell read returns, compared with CPython 3.11: for the corpus programs with
//! closures (`tests/programs/`), every read of a cell or free variable a step makes in
//! the frame it started in, before the step writes that cell, must find what CPython's
//! `f_locals` shows for that variable at the event the step started from
//! (`tests/cell_contents.py` prints it under `sys.settrace`). Programs whose events
//! differ from CPython's (`KNOWN_EVENT_GAPS`) are left out, as the steps do not line up.

use cellscope::session::accesses::{AccessAction, AccessView, Resolution};
use cellscope::session::snapshot::ValueView;
use cellscope::session::{Session, SessionOptions};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn programs_directory() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs")
}

/// CPython's events and cell contents: (`event line function`, name → repr), the
/// contents `None` for a class body, whose `f_locals` does not show them.
type Cells = Option<serde_json::Map<String, serde_json::Value>>;
type Events = Vec<(String, Cells)>;

/// CPython's events of every program, by name, from one run of the script.
fn cpython_cells(programs: &[String]) -> HashMap<String, Events> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cell_contents.py");
    let output = Command::new("python3")
        .arg(script)
        .args(programs)
        .current_dir(programs_directory())
        .env("PYTHONHASHSEED", "0")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("python3 runs");
    let mut events: HashMap<String, Events> = HashMap::new();
    let mut current = String::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(event) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if let Some(program) = event["program"].as_str() {
            current = program.to_string();
            continue;
        }
        let name = event["event"].as_str().unwrap_or_default().to_string();
        let cells = event["cells"].as_object().cloned();
        events
            .entry(current.clone())
            .or_default()
            .push((name, cells));
    }
    events
}

fn recorded(program: &str) -> Option<Session> {
    let directory = programs_directory();
    let source = std::fs::read_to_string(directory.join(program)).expect("a program");
    let stdin = std::fs::read_to_string(directory.join(program.replace(".py", ".stdin")));
    let options = SessionOptions {
        max_steps: 3_000,
        stdin: Some(stdin.unwrap_or_default()),
        ..SessionOptions::default()
    };
    let mut session = Session::new(&source, options).ok()?;
    while !session.run(100_000) {}
    Some(session)
}

/// How CPython's script shows `value`.
fn shown(value: &ValueView) -> Option<String> {
    match value {
        ValueView::Ref { .. } => Some("<object>".into()),
        ValueView::Str {
            length: Some(_), ..
        } => None,
        ValueView::Int { repr }
        | ValueView::Float { repr }
        | ValueView::Str { repr, .. }
        | ValueView::Bool { repr }
        | ValueView::None { repr } => Some(repr.clone()),
    }
}

/// The reads of a step that CPython's event before it can check: cell reads in the
/// step's starting frame before any write of that cell in the step.
fn checkable_reads(accesses: &[AccessView], frame: u64) -> Vec<&AccessView> {
    let mut reads = Vec::new();
    for (index, access) in accesses.iter().enumerate() {
        let is_cell = matches!(access.via, Resolution::Cell | Resolution::Free);
        let written_before = accesses[..index]
            .iter()
            .any(|a| a.action != AccessAction::Read && a.cell == access.cell);
        if is_cell
            && access.action == AccessAction::Read
            && access.frame == frame
            && !written_before
        {
            reads.push(access);
        }
    }
    reads
}

/// Compares one program's cell reads; returns how many, or the first disagreement.
fn compare(program: &str, cpython: &[(String, Cells)]) -> Result<usize, String> {
    let Some(session) = recorded(program) else {
        return Ok(0);
    };
    let history = session.history();
    // Every step but `end` lines up with one CPython event, unless a budget cut ours short.
    if session.status().stopped.is_none() && cpython.len() + 1 != session.step_count() {
        return Err(format!(
            "{program}: CPython reports {} events, we {} steps before the end",
            cpython.len(),
            session.step_count() - 1
        ));
    }
    let mut compared = 0;
    for step in 1..session.step_count() {
        let (Some(started), Some((event, cells))) =
            (history.records.get(step - 1), cpython.get(step - 1))
        else {
            break;
        };
        let ours = format!(
            "{} {} {}",
            started.kind.name(),
            started.line,
            history.function_name(started)
        );
        if ours != *event {
            return Err(format!(
                "{program} step {}: CPython reports `{event}`, we `{ours}`",
                step - 1
            ));
        }
        let Some(cells) = cells else {
            continue;
        };
        let accesses = session.accesses_of(step).ok_or("a recorded step")?;
        for read in checkable_reads(&accesses, u64::from(started.frame)) {
            let ours = read.value.as_ref().and_then(shown);
            let theirs = cells
                .get(&read.name)
                .and_then(|v| v.as_str())
                .map(str::to_string);
            if ours.is_some() && ours != theirs {
                return Err(format!(
                    "{program} step {step}: {} read {ours:?}, CPython's cell holds {theirs:?}",
                    read.name
                ));
            }
            compared += 1;
        }
    }
    Ok(compared)
}

fn has_closures(source: &str) -> bool {
    source.contains("nonlocal")
        || source.contains("lambda")
        || source.lines().any(|line| {
            line.starts_with(char::is_whitespace) && line.trim_start().starts_with("def ")
        })
}

#[test]
fn cell_reads_find_what_cpython_cells_hold() {
    let directory = programs_directory();
    let gaps = std::fs::read_to_string(directory.join("KNOWN_EVENT_GAPS")).unwrap_or_default();
    let mut programs: Vec<String> = std::fs::read_dir(&directory)
        .expect("tests/programs")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".events"))
        .map(|name| name.replace(".events", ".py"))
        .filter(|name| {
            !gaps
                .lines()
                .any(|gap| gap.split('#').next().unwrap_or("").trim() == name)
        })
        .filter(|name| {
            has_closures(&std::fs::read_to_string(directory.join(name)).unwrap_or_default())
        })
        .collect();
    programs.sort();
    let cpython = cpython_cells(&programs);
    let (mut reads, mut problems) = (0, Vec::new());
    for program in &programs {
        let events = cpython.get(program).map_or(&[][..], Vec::as_slice);
        match compare(program, events) {
            Ok(count) => reads += count,
            Err(problem) => problems.push(problem),
        }
    }
    println!(
        "{reads} cell reads in {} programs agree with CPython",
        programs.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(reads > 500, "only {reads} cell reads compared");
}
