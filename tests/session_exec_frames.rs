//! Snapshots of code that `exec` and `eval` run: the step and the frame say the code
//! comes from `<string>`, so the page does not mark the editor's line of the same
//! number; the program's own steps say nothing of the kind. The editor's program is
//! itself named `<string>` in a session, which must not confuse the two.

use cellscope::session::snapshot::Snapshot;
use cellscope::session::{Session, SessionOptions};

fn snapshots(source: &str) -> Vec<Snapshot> {
    let mut session = Session::new(source, SessionOptions::default()).expect("program compiles");
    while !session.run(1_000) {}
    (0..session.step_count())
        .map(|step| session.snapshot(step).expect("recorded"))
        .collect()
}

const PROGRAM: &str =
    "ns = {}\nexec('a = 1\\nb = a + 1', ns)\nc = eval('ns[\"b\"] * 10')\nprint(c)\n";

#[test]
fn steps_in_exec_code_name_their_file_and_highlight_nothing_in_the_editor() {
    let steps = snapshots(PROGRAM);
    let in_string: Vec<&Snapshot> = steps.iter().filter(|s| s.file.is_some()).collect();
    // exec: call, lines 1 and 2, return; eval: call, line 1, return.
    assert_eq!(
        in_string.len(),
        7,
        "{:?}",
        steps
            .iter()
            .map(|s| (s.event, s.line, s.file.clone()))
            .collect::<Vec<_>>()
    );
    for snapshot in &in_string {
        assert_eq!(snapshot.file.as_deref(), Some("<string>"));
        assert_eq!((snapshot.span.start, snapshot.span.end), (0, 0));
        let current = snapshot.frames.last().expect("a current frame");
        assert!(current.is_current);
        assert_eq!(current.file.as_deref(), Some("<string>"));
        assert_eq!(current.label, "<module> of <string>");
        assert!(!current.class_body);
        assert!(
            snapshot.frames[0].file.is_none(),
            "the global frame is the editor's"
        );
    }
    let first = in_string[0];
    assert_eq!((first.event, first.line), ("call", 0));
    assert!(
        first
            .narration
            .starts_with("Started the code given to exec or eval"),
        "{}",
        first.narration
    );
}

#[test]
fn the_program_steps_and_the_json_leave_the_file_out() {
    let steps = snapshots(PROGRAM);
    let program_steps = steps.iter().filter(|s| s.file.is_none());
    for snapshot in program_steps {
        let json = serde_json::to_value(snapshot).expect("serialises");
        assert!(json.get("file").is_none());
        let frames = json["frames"].as_array().expect("frames");
        assert!(frames.iter().all(|frame| frame.get("file").is_none()));
    }
    let in_exec = steps
        .iter()
        .find(|s| s.file.is_some())
        .expect("an exec step");
    let json = serde_json::to_value(in_exec).expect("serialises");
    assert_eq!(json["file"], "<string>");
    assert_eq!(json["frames"][1]["file"], "<string>");
}

#[test]
fn exec_frames_show_the_names_they_bind_without_dunders() {
    let steps = snapshots(PROGRAM);
    let after_b = steps
        .iter()
        .find(|s| s.file.is_some() && s.event == "return")
        .expect("exec's frame returns");
    let names: Vec<&str> = after_b.frames[1]
        .locals
        .iter()
        .map(|b| b.name.as_str())
        .collect();
    assert_eq!(names, ["a", "b"]);
}

#[test]
fn a_function_defined_by_exec_runs_in_a_frame_of_string() {
    let source = "exec('def f(n):\\n    return n + 1')\nprint(f(1))\n";
    let steps = snapshots(source);
    let call = steps
        .iter()
        .find(|s| s.event == "call" && s.frames.last().is_some_and(|f| f.function == "f"))
        .expect("f is called");
    assert_eq!(call.file.as_deref(), Some("<string>"));
    assert_eq!(call.line, 1);
    let caller = steps.iter().find(|s| s.event == "line" && s.line == 2);
    assert!(
        caller.is_some_and(|s| s.file.is_none()),
        "the call of f is on the editor's line 2"
    );
    let end = steps.last().expect("an end step");
    assert_eq!(end.event, "end");
    assert!(end.file.is_none());
}
