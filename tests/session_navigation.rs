//! A `Session` as the debugger uses it: recording in chunks, stopping on budgets,
//! pausing for `input()`, replaying any step from a checkpoint, and moving over, into
//! and out of calls in both directions.

use cellscope::session::{Session, SessionOptions};

fn recorded(source: &str) -> Session {
    let mut session = Session::new(source, SessionOptions::default()).expect("program compiles");
    while !session.run(1_000) {}
    session
}

fn local(snapshot: &cellscope::session::snapshot::Snapshot, name: &str) -> Option<String> {
    let frame = snapshot.frames.last()?;
    let binding = frame.locals.iter().find(|b| b.name == name)?;
    Some(
        serde_json::to_value(&binding.value).ok()?["repr"]
            .as_str()?
            .to_string(),
    )
}

const LOOP: &str = "total = 0\nfor i in range(3000):\n    total += i\nprint(total)\n";

#[test]
fn replayed_snapshots_agree_with_the_recorded_steps() {
    let session = recorded(LOOP);
    assert!(
        session.checkpoint_count() > 1,
        "a long run takes several checkpoints"
    );
    for step in [0, 1, 2, 257, 1001, 4099, session.step_count() - 2] {
        let snapshot = session.snapshot(step).unwrap();
        let record = session.history().get(step).copied().unwrap();
        assert_eq!(snapshot.line, record.line, "step {step}");
        if snapshot.line == 3 {
            let iteration = (step - 2) / 2;
            assert_eq!(
                local(&snapshot, "i"),
                Some(iteration.to_string()),
                "step {step}"
            );
        }
    }
    let last = session.snapshot(session.step_count() - 1).unwrap();
    assert_eq!(last.event, "end");
    assert_eq!(last.stdout, "4498500\n");
}

#[test]
fn the_same_step_gives_the_same_snapshot_whatever_came_before() {
    let session = recorded(LOOP);
    let late = session.snapshot(5000).unwrap();
    let early = session.snapshot(3).unwrap();
    assert_eq!(session.snapshot(5000).unwrap(), late);
    assert_eq!(session.snapshot(3).unwrap(), early);
}

#[test]
fn an_infinite_loop_ends_with_a_stopped_end_step() {
    let options = SessionOptions {
        max_steps: 1_000,
        ..SessionOptions::default()
    };
    let mut session = Session::new("n = 0\nwhile True:\n    n += 1\n", options).unwrap();
    while !session.run(300) {}
    assert_eq!(session.step_count(), 1_001);
    let end = session.snapshot(1_000).unwrap();
    let stopped = end.stopped.expect("the end step says why it stopped");
    assert_eq!(stopped.reason, "steps");
    assert_eq!(
        stopped.message,
        "Stopped after 1,000 steps: is there an infinite loop?"
    );
    assert!(
        session.snapshot(999).is_some(),
        "every recorded step stays navigable"
    );
}

#[test]
fn stop_ends_the_recording_where_it_stands() {
    let mut session = Session::new("while True:\n    pass\n", SessionOptions::default()).unwrap();
    assert!(!session.run(50));
    session.stop();
    assert!(session.status().finished);
    assert_eq!(
        session.status().stopped.map(|s| s.reason).as_deref(),
        Some("stopped")
    );
    assert_eq!(
        session.snapshot(session.step_count() - 1).unwrap().event,
        "end"
    );
}

#[test]
fn an_uncaught_exception_is_on_the_last_step_with_its_traceback() {
    let session = recorded("def f():\n    return 1 / 0\n\nf()\n");
    let end = session.snapshot(session.step_count() - 1).unwrap();
    let exception = end.exception.expect("the end step carries the exception");
    assert_eq!(exception.type_name, "ZeroDivisionError");
    assert_eq!(exception.message, "division by zero");
    assert!(end.stderr.starts_with("Traceback (most recent call last):"));
    assert!(end
        .stderr
        .ends_with("ZeroDivisionError: division by zero\n"));
}

#[test]
fn input_pauses_the_recording_until_a_line_is_provided() {
    let source =
        "name = input('name? ')\nprint('hello', name)\nagain = input()\nprint(again * 2)\n";
    let mut session = Session::new(source, SessionOptions::default()).unwrap();
    assert!(!session.run(1_000));
    assert!(session.status().awaiting_input);
    session.provide_input("ada");
    assert!(!session.run(1_000));
    assert!(session.status().awaiting_input);
    session.provide_input("ab");
    assert!(session.run(1_000));
    assert!(!session.status().awaiting_input);
    let end = session.snapshot(session.step_count() - 1).unwrap();
    assert_eq!(end.stdout, "name? hello ada\nabab\n");
    let after_first = session.snapshot(2).unwrap();
    assert_eq!(local(&after_first, "name").as_deref(), Some("'ada'"));
}

const RECURSIVE: &str = "\
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(3))
";

#[test]
fn stepping_over_and_out_follow_the_frame_depth() {
    let session = recorded(RECURSIVE);
    let records = &session.history().records;
    let print_line = records.iter().position(|r| r.line == 6).unwrap();
    assert_eq!(
        session.step_over(print_line, false),
        session.step_count() - 1,
        "over the whole call"
    );
    let first_call = session.step_into(print_line, false);
    assert_eq!(records[first_call].depth, 2);
    let returned = session.step_out(first_call, false);
    assert_eq!(records[returned].kind.name(), "return");
    assert_eq!(records[returned].frame, records[first_call].frame);
    assert_eq!(
        session.step_out(returned, true),
        first_call,
        "backwards out goes to the call"
    );
    assert_eq!(session.step_into(first_call, true), print_line);
    let over_back = session.step_over(returned, true);
    assert_eq!(
        records[over_back].depth, 2,
        "over backwards skips the deeper frames"
    );
}

#[test]
fn breakpoints_forwards_and_backwards() {
    let session = recorded(RECURSIVE);
    let records = &session.history().records;
    let first = session.continue_to(0, false, &[3]);
    assert_eq!(records[first].line, 3);
    let end = session.step_count() - 1;
    let last_hit = session.continue_to(end, true, &[4]);
    assert_eq!(records[last_hit].line, 4);
    assert!(records[last_hit + 1..]
        .iter()
        .all(|r| r.line != 4 || r.kind.name() != "line"));
    assert_eq!(
        session.run_to_line(0, 99),
        end,
        "a line never reached runs to the end"
    );
    assert_eq!(session.goto(1_000_000), end);
}

#[test]
fn a_returning_frame_shows_its_return_value_and_surviving_cells() {
    let source = "def counter():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n    return inc\n\nc = counter()\nc()\n";
    let session = recorded(source);
    let records = &session.history().records;
    let returned = records
        .iter()
        .position(|r| r.kind.name() == "return")
        .unwrap();
    let snapshot = session.snapshot(returned).unwrap();
    let frame = snapshot.frames.last().unwrap();
    assert_eq!(frame.function, "counter");
    assert!(frame.return_value.is_some());
    assert!(
        snapshot.narration.contains("lives on, held by inc"),
        "{}",
        snapshot.narration
    );
    let last_return = records
        .iter()
        .rposition(|r| r.kind.name() == "return")
        .unwrap();
    let narration = session.snapshot(last_return).unwrap().narration;
    assert_eq!(
        narration,
        "Ran line 5 (count += 1): count is now 1 in the cell from counter call 1 (through nonlocal); inc #1 call 1 returned None."
    );
}

#[test]
fn replays_see_the_same_clock_and_random_numbers() {
    let source = "import random\nimport time\nvalues = []\nfor i in range(400):\n    values.append(random.randint(1, 1000))\nstamp = time.time()\nprint(values[-1], stamp)\nlast = values[-1]\n";
    let session = recorded(source);
    let printed = session.snapshot(session.step_count() - 1).unwrap().stdout;
    let records = &session.history().records;
    let replayed = records.iter().position(|r| r.line == 8).unwrap();
    let snapshot = session.snapshot(replayed).unwrap();
    let stamp = local(&snapshot, "stamp").unwrap();
    let values = snapshot.frames[0]
        .locals
        .iter()
        .find(|b| b.name == "values")
        .unwrap();
    let cellscope::session::snapshot::ValueView::Ref { id } = values.value else {
        panic!("values is a list")
    };
    let Some(cellscope::session::snapshot::HeapObject::List(list)) = snapshot.heap.get(&id) else {
        panic!("a list")
    };
    // The snapshot shows the list's first items; the last one comes from `expand`.
    let Some(cellscope::session::expand::Expansion::List(tail)) =
        session.expand(replayed, id, list.length - 1, 1)
    else {
        panic!("the list expands")
    };
    let last = serde_json::to_value(tail.items.last().unwrap()).unwrap()["repr"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(printed, format!("{last} {stamp}\n"));
}

/// The second Session finds datetime's syntax trees made by the first (they are kept for
/// the process) and must record, and replay backwards, exactly the same steps.
#[test]
fn a_second_session_importing_datetime_records_and_replays_the_same_steps() {
    let source = "from datetime import date, timedelta\nd = date(2024, 1, 5)\nfor i in range(600):\n    d = d + timedelta(days=1)\nprint(d)\n";
    let first = recorded(source);
    let second = recorded(source);
    assert!(
        second.checkpoint_count() > 1,
        "the run takes several checkpoints"
    );
    assert_eq!(first.step_count(), second.step_count());
    let last = first.snapshot(first.step_count() - 1).unwrap();
    assert_eq!(last.stdout, "2025-08-27\n");
    for step in (0..second.step_count()).rev().step_by(37) {
        assert_eq!(
            first.snapshot(step).unwrap(),
            second.snapshot(step).unwrap(),
            "step {step}"
        );
    }
}

/// A page that ends a worker stuck in one long step rebuilds the recording in a new one
/// from the outside values the first handed out: the clock decides how often this loop
/// runs, so only the same readings give the same steps.
#[test]
fn a_recording_rebuilt_from_its_outside_values_takes_the_same_steps() {
    let source = "import random\nimport time\nstart = time.time()\nn = 0\nwhile time.time() < start + 0.02:\n    n += 1\npick = random.random()\nlast = (n, pick)\n";
    let first = recorded(source);
    let seen = first.step_count() - 1;
    let options = SessionOptions {
        outside_values: first.outside_values(0).to_vec(),
        ..SessionOptions::default()
    };
    let mut rebuilt = Session::new(source, options).unwrap();
    while rebuilt.step_count() < seen {
        assert!(!rebuilt.run(seen - rebuilt.step_count()));
    }
    assert_eq!(rebuilt.step_count(), seen);
    rebuilt.stop_during_long_step();
    let status = rebuilt.status();
    assert!(status.finished);
    let stopped = status.stopped.expect("the rebuilt run is stopped");
    assert_eq!(stopped.reason, "stopped");
    assert_eq!(
        stopped.message,
        format!(
            "Stopped during a long step, after {} steps.",
            cellscope::session::thousands(seen)
        )
    );
    assert_eq!(rebuilt.step_count(), seen + 1);
    let (mine, theirs) = (
        rebuilt.snapshot(seen - 1).unwrap(),
        first.snapshot(seen - 1).unwrap(),
    );
    for name in ["n", "pick"] {
        assert!(local(&mine, name).is_some(), "{name} is bound");
        assert_eq!(local(&mine, name), local(&theirs, name), "{name}");
    }
    assert_eq!(mine.frames, theirs.frames);
    assert_eq!(first.outside_values(0), rebuilt.outside_values(0));
}
