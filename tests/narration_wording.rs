//! The sentence that narrates each step says what the step did, in the past tense,
//! with the values the reader sees in the diagram: after `count += 1` it says
//! "count is now 1", never the line about to run or the value from before.

use cellscope::session::{Session, SessionOptions};
use std::path::Path;

fn narrations(source: &str) -> Vec<String> {
    let mut session = Session::new(source, SessionOptions::default()).expect("program compiles");
    while !session.run(1_000) {}
    (0..session.step_count())
        .map(|step| session.snapshot(step).expect("recorded step").narration)
        .collect()
}

/// Some step's narration is `sentence`, or begins with it: a sentence about the step's
/// telling lookup ("inc #1 read count from its closure cell: 1 …") may follow.
fn assert_says(all: &[String], sentence: &str) {
    assert!(
        all.iter()
            .any(|n| n == sentence || n.starts_with(&format!("{sentence} "))),
        "no step says {sentence:?}; they say:\n{}",
        all.join("\n")
    );
}

const COUNTER: &str = "\
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

tick = counter()
tick()
";

#[test]
fn augmented_assignment_says_the_new_value() {
    let all = narrations("x = 0\nx += 1\nprint(x)\n");
    assert_eq!(all[0], "Nothing has run yet; line 1 (x = 0) runs first.");
    assert_eq!(all[1], "Ran line 1 (x = 0): x is now 0.");
    assert_eq!(all[2], "Ran line 2 (x += 1): x is now 1.");
}

#[test]
fn nonlocal_rebinding_names_the_cell_it_wrote() {
    let all = narrations(COUNTER);
    assert_says(&all, "Ran line 2 (count = 0): count is now 0 in its cell.");
    assert_says(
        &all,
        "Ran line 5 (count += 1): count is now 1 in the cell from counter call 1 (through nonlocal).",
    );
    assert!(all.iter().all(|n| !n.contains("empty")), "{all:?}");
}

#[test]
fn a_closure_factory_returning_says_which_cells_live_on() {
    let all = narrations(COUNTER);
    assert_says(
        &all,
        "Ran line 7 (return inc): counter call 1 returned function inc #1; its cell count lives on, held by inc #1.",
    );
    assert_says(
        &all,
        "Back in the global frame on line 9 (tick = counter()): tick is now function inc #1.",
    );
    assert_says(&all, "Ran line 6 (return count): inc #1 call 1 returned 1.");
}

#[test]
fn an_exception_is_raised_caught_and_propagated_in_the_past_tense() {
    let source = "\
def f():
    return 1 / 0

try:
    f()
except ZeroDivisionError:
    print('caught')
";
    let all = narrations(source);
    assert_says(
        &all,
        "In f call 1, line 2 (return 1 / 0) raised ZeroDivisionError: division by zero.",
    );
    assert_says(&all, "f call 1 ended because of the ZeroDivisionError.");
    // The frame the exception unwound is drawn by its function's name alone.
    assert_says(
        &all,
        "The ZeroDivisionError from f call 1 reached the global frame at line 5 (f()).",
    );
    assert_says(
        &all,
        "Because of the ZeroDivisionError, Python jumped to line 6 (except ZeroDivisionError).",
    );
    assert_says(
        &all,
        "Ran line 7 (print('caught')): printed “caught”; the program finished.",
    );
}

#[test]
fn a_class_body_starts_and_finishes_instead_of_being_called() {
    let source = "\
class Counter:
    start = 0
    def bump(self):
        self.start += 1

c = Counter()
c.bump()
";
    let all = narrations(source);
    assert_says(
        &all,
        "Started the body of class Counter: new frame Counter call 1.",
    );
    assert_says(
        &all,
        "Ran line 3 (def bump(self)): defined function bump; the body of class Counter finished: start and bump become attributes of the class.",
    );
    assert_says(
        &all,
        "Back in the global frame on line 1 (class Counter): defined class Counter.",
    );
    assert_says(
        &all,
        "Ran line 6 (c = Counter()): c is now a Counter instance.",
    );
    assert_says(
        &all,
        "Ran line 4 (self.start += 1): self.start is now 1; bump call 1 returned None.",
    );
    assert!(
        all.iter().all(|n| !n.starts_with("Called Counter(")),
        "{all:?}"
    );
}

#[test]
fn a_comprehension_runs_its_loop_and_returns_a_python_value() {
    let all = narrations("squares = [n * n for n in range(3)]\n");
    assert_says(
        &all,
        "Started the list comprehension on line 1: new frame <listcomp> call 1.",
    );
    assert_says(&all, "In <listcomp> call 1, the loop went on: n is now 2.");
    assert_says(&all, "<listcomp> call 1 returned [0, 1, 4].");
    assert_says(
        &all,
        "Back in the global frame on line 1 (squares = [n * n for n in range(3)]): squares is now [0, 1, 4]; the program finished.",
    );
}

/// Every step of every playground example: a line step that follows a line step of the
/// same frame says which line ran (the one before), never the line about to run.
#[test]
fn every_example_narrates_the_line_that_ran() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/examples");
    let mut checked = 0;
    for entry in std::fs::read_dir(&examples).expect("examples folder") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("example");
        let options = SessionOptions {
            max_steps: 2_000,
            ..SessionOptions::default()
        };
        let mut session = Session::new(&source, options).expect("example compiles");
        while !session.run(1_000) {}
        let mut before: Option<cellscope::session::snapshot::Snapshot> = None;
        for step in 0..session.step_count() {
            let now = session.snapshot(step).expect("recorded step");
            assert!(!now.narration.is_empty(), "{path:?} step {step}");
            assert!(
                !now.narration.starts_with("Line "),
                "{path:?} step {step}: {}",
                now.narration
            );
            let same_frame = |b: &cellscope::session::snapshot::Snapshot| {
                b.event == "line"
                    && now.event == "line"
                    && b.frames.len() == now.frames.len()
                    && b.frames.last().map(|f| f.id) == now.frames.last().map(|f| f.id)
            };
            if let Some(b) = before.as_ref().filter(|b| same_frame(b)) {
                let in_loop = now
                    .frames
                    .last()
                    .is_some_and(|f| f.function.ends_with("comp>"));
                let expected = format!("Ran line {} ", b.line);
                assert!(
                    in_loop || now.narration.starts_with(&expected),
                    "{path:?} step {step}: {:?} should start with {expected:?}",
                    now.narration
                );
                checked += 1;
            }
            before = Some(now);
        }
    }
    assert!(checked > 100, "only {checked} line steps checked");
}

const POINT_MATCH: &str = "\
point = (0, 5)
match point:
    case (0, 0):
        print('origin')
    case (0, y):
        print(y)
";

#[test]
fn a_case_that_did_not_match_says_so() {
    let all = narrations(POINT_MATCH);
    assert_says(&all, "Line 3 (case (0, 0)) did not match, so Python tries the next case.");
}

#[test]
fn a_matching_case_says_what_it_captured() {
    let all = narrations(POINT_MATCH);
    assert_says(&all, "Ran line 5 (case (0, y)): y is now 5.");
}

/// CPython reports the StopIteration that ends an `await` in the waiting frame; that is
/// no exception a learner's code met, so the step says the awaited code finished.
#[test]
fn a_finished_await_is_not_called_an_exception() {
    let all = narrations(
        "import asyncio\n\nasync def work():\n    await asyncio.sleep(0.1)\n    return 2\n\n\
         async def main():\n    n = await work()\n    print(n)\n\nasyncio.run(main())\n",
    );
    assert!(!all.iter().any(|s| s.contains("exception")), "{all:#?}");
    assert_says(&all, "Resumed work call 1 where it awaited on line 4.");
    assert_says(&all, "What work call 1 waited for at line 4 (await asyncio.sleep(0.1)) finished.");
    assert_says(&all, "What line 4 waited for finished, and work call 1 went on: line 5 (return 2).");
}

/// An async generator's frame is told as a generator's: it pauses at its `yield` and
/// at each `await`, and the StopIteration ending an `__anext__()` await is no exception.
#[test]
fn an_async_generator_yields_pauses_and_ends_the_loop() {
    let all = narrations(
        "import asyncio\n\nasync def ticks(n):\n    for i in range(n):\n        \
         await asyncio.sleep(0)\n        yield i\n\nasync def main():\n    \
         async for t in ticks(2):\n        print(t)\n\nasyncio.run(main())\n",
    );
    assert_says(&all, "Ran line 6 (yield i): ticks call 1 yielded on line 6 and paused.");
    assert_says(
        &all,
        "Ran line 5 (await asyncio.sleep(0)): ticks call 1 paused on line 5 to wait for what it awaits.",
    );
    assert_says(&all, "Resumed main call 1 where it awaited on line 9.");
    assert_says(
        &all,
        "What main call 1 waited for at line 9 (async for t in ticks(2)) finished.",
    );
    assert_says(
        &all,
        "In main call 1, the async iterator of line 9 (async for t in ticks(2)) has no more items: its StopAsyncIteration ends the loop.",
    );
    assert_says(&all, "main call 1 returned None.");
}
