//! One plain-English sentence per step, saying what the step did, computed from the
//! snapshot and the one before: what was called and why its variables live in cells,
//! which line ran and what it changed ("count is now 1"), what returned and which cells
//! outlive it, where an exception was raised and where it went.

mod calls;
mod effects;
mod words;

use super::snapshot::{FrameView, HeapObject, Snapshot};
use calls::{comprehension_kind, narrate_call};
use effects::line_effects;
use std::collections::{BTreeMap, HashMap};
pub use words::{describe_value, join_names};
use words::{function_name, quoted_statement};

/// Why each cell variable of a function is a cell: qualname → (name, capturers).
pub type CellReasons = HashMap<String, Vec<(String, String)>>;

/// The narration of `now`; `before` is the previous step's snapshot, if any, and
/// `statement_at` gives the source text of the statement on a line.
pub fn narrate<'s>(
    now: &Snapshot,
    before: Option<&Snapshot>,
    statement_at: &dyn Fn(u32) -> &'s str,
    reasons: &CellReasons,
) -> String {
    let Some(frame) = current_frame(now) else {
        return String::new();
    };
    match now.event {
        "call" => match before.and_then(|b| {
            b.frames
                .iter()
                .find(|f| f.id == frame.id && f.state == "suspended")
        }) {
            Some(paused) => format!(
                "Resumed {} where it yielded on line {}.",
                frame.label, paused.line
            ),
            // A generator resumed in a frame drawn anew: its call event is on the
            // `yield` it paused at, where a call's is on its `def`.
            None if is_yield(statement_at(now.line)) => format!(
                "Resumed {} where it yielded on line {}.",
                frame_words(frame),
                now.line
            ),
            // A coroutine or async generator resumed at the `await` it paused at, or
            // at the `async for` or `async with` that awaits on its line.
            None if is_await(statement_at(now.line)) => format!(
                "Resumed {} where it awaited on line {}.",
                frame_words(frame),
                now.line
            ),
            None => narrate_call(frame, &now.heap, reasons),
        },
        "return" => narrate_return(now, before, frame, statement_at),
        "exception" => narrate_exception(now, before, frame, statement_at),
        "end" => narrate_end(now, before, statement_at),
        _ => narrate_line(now, before, frame, statement_at),
    }
}

/// The frame the step is in: the one marked current (a paused generator's frame may
/// be drawn after it), else the innermost.
fn current_frame(snapshot: &Snapshot) -> Option<&FrameView> {
    let frames = &snapshot.frames;
    frames.iter().rfind(|f| f.is_current).or(frames.last())
}

/// "Ran line 9 (return inc): counter call 1 returned function inc #1; its cell count
/// lives on, held by inc #1."
fn narrate_return<'s>(
    now: &Snapshot,
    before: Option<&Snapshot>,
    frame: &FrameView,
    statement_at: &dyn Fn(u32) -> &'s str,
) -> String {
    let returned = what_returned(now, before, frame, statement_at);
    // A comprehension's or a lambda's line is the statement around it, not a line
    // of its own: its return is not said as that line running.
    let own_line = comprehension_kind(frame).is_none() && frame.function != "<lambda>";
    let ran = before
        .filter(|b| b.event == "line" && own_line)
        .and_then(|b| Some((b, current_frame(b).filter(|f| f.id == frame.id)?)));
    match ran {
        Some((before, earlier)) => {
            let mut clauses = line_effects(now, before, earlier, frame);
            clauses.push(returned.trim_end_matches('.').to_string());
            with_effects(ran_line(before.line, statement_at), &clauses)
        }
        None => sentence_case(&returned),
    }
}

/// How the frame left: returned a value, ended because of an exception, yielded, or
/// (a class body) finished.
fn what_returned<'s>(
    now: &Snapshot,
    before: Option<&Snapshot>,
    frame: &FrameView,
    statement_at: &dyn Fn(u32) -> &'s str,
) -> String {
    let raised = before.and_then(|b| b.exception.as_ref().filter(|_| b.event == "exception"));
    // A frame the exception unwound is drawn by its function's name only; the step
    // before, where it raised, has its full label.
    let named = before
        .and_then(current_frame)
        .filter(|f| f.id == frame.id)
        .unwrap_or(frame);
    // A frame returning a value right after an exception step handled it (the
    // StopAsyncIteration that ends an `async for` as its last statement).
    match (raised, &frame.return_value) {
        (Some(e), None) => format!(
            "{} ended because of the {}.",
            frame_words(named),
            e.type_name
        ),
        _ if frame.class_body => class_body_finished(frame),
        (None, None) if is_yield(statement_at(now.line)) => format!(
            "{} yielded on line {} and paused.",
            frame_words(named),
            now.line
        ),
        // A coroutine or async generator suspends at an `await` until what it awaits
        // is ready; it has not returned.
        (None, None) if is_await(statement_at(now.line)) => format!(
            "{} paused on line {} to wait for what it awaits.",
            frame_words(named),
            now.line
        ),
        (None, None) => format!("{} returned.", frame_words(frame)),
        (_, Some(value)) => returned_value(frame, value, &now.heap),
    }
}

/// "counter call 1 returned function inc #1; its cell count lives on, held by inc #1."
fn returned_value(
    frame: &FrameView,
    value: &super::snapshot::ValueView,
    heap: &BTreeMap<u64, HeapObject>,
) -> String {
    let mut sentence = format!(
        "{} returned {}",
        frame_words(frame),
        describe_value(value, heap)
    );
    for slot in frame.cells.iter().filter(|c| c.kind == "cell") {
        let Some(HeapObject::Cell(cell)) = heap.get(&slot.cell) else {
            continue;
        };
        if !cell.held_by.is_empty() {
            let holders: Vec<String> = cell
                .held_by
                .iter()
                .map(|id| function_name(*id, heap))
                .collect();
            let holders: Vec<&str> = holders.iter().map(String::as_str).collect();
            sentence.push_str(&format!(
                "; its cell {} lives on, held by {}",
                slot.name,
                join_names(&holders)
            ));
        }
    }
    sentence.push('.');
    sentence
}

/// A class body returns its namespace, not a value: its names become the class's
/// attributes when the class is made.
fn class_body_finished(frame: &FrameView) -> String {
    let names: Vec<&str> = frame.locals.iter().map(|b| b.name.as_str()).collect();
    if names.is_empty() {
        return format!("the body of class {} finished.", frame.function);
    }
    let verb = if names.len() == 1 {
        "becomes an attribute"
    } else {
        "become attributes"
    };
    format!(
        "the body of class {} finished: {} {verb} of the class.",
        frame.function,
        join_names(&names)
    )
}

/// "In inc #1 call 1, line 5 (count += 1) raised UnboundLocalError: …", or, when the
/// exception comes out of a call, which frame it reached.
fn narrate_exception<'s>(
    now: &Snapshot,
    before: Option<&Snapshot>,
    frame: &FrameView,
    statement_at: &dyn Fn(u32) -> &'s str,
) -> String {
    let place = frame_words(frame);
    if delegate_finished(now, statement_at) {
        return format!(
            "What {place} waited for at {} finished.",
            lowercase_first(&ran_line(now.line, statement_at))
        );
    }
    if async_for_exhausted(now, statement_at) {
        return format!(
            "In {place}, the async iterator of {} has no more items: its \
             StopAsyncIteration ends the loop.",
            lowercase_first(&ran_line(now.line, statement_at))
        );
    }
    let what = match &now.exception {
        Some(e) if e.message.is_empty() => e.type_name.clone(),
        Some(e) => format!("{}: {}", e.type_name, e.message),
        None => "an exception".into(),
    };
    let line = ran_line(now.line, statement_at);
    let from_callee = before
        .filter(|b| b.event == "return" && b.frames.len() > now.frames.len())
        .and_then(current_frame)
        .filter(|callee| callee.return_value.is_none());
    match (from_callee, &now.exception) {
        (Some(callee), Some(e)) => format!(
            "The {} from {} reached {place} at {}.",
            e.type_name,
            frame_words(callee),
            lowercase_first(&line)
        ),
        _ => format!("In {place}, {} raised {what}.", lowercase_first(&line)),
    }
}

/// Whether `statement` holds the keyword `yield` (not a name such as `yielded`).
fn is_yield(statement: &str) -> bool {
    has_word(statement, "yield")
}

/// Whether `statement` awaits: `await`, or an `async for` or `async with` header.
fn is_await(statement: &str) -> bool {
    let header = statement.trim_start();
    has_word(statement, "await")
        || header.starts_with("async for ")
        || header.starts_with("async with ")
}

/// Whether `statement` holds `keyword` as a word of its own.
fn has_word(statement: &str, keyword: &str) -> bool {
    statement
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|word| word == keyword)
}

/// A frame as a sentence names it: "the global frame", "inc #2 call 1".
fn frame_words(frame: &FrameView) -> String {
    if frame.call_number.is_none() && frame.label == "Global frame" {
        "the global frame".into()
    } else {
        frame.label.clone()
    }
}

fn narrate_end<'s>(
    now: &Snapshot,
    before: Option<&Snapshot>,
    statement_at: &dyn Fn(u32) -> &'s str,
) -> String {
    if let Some(stop) = &now.stopped {
        return stop.message.clone();
    }
    let Some(e) = &now.exception else {
        return finished(now, before, statement_at);
    };
    let what = if e.message.is_empty() {
        e.type_name.clone()
    } else {
        format!("{}: {}", e.type_name, e.message)
    };
    let raised_in = now
        .frames
        .iter()
        .find(|frame| Some(frame.id) == e.frame && now.post_mortem);
    match raised_in {
        Some(frame) => format!(
            "The program ended with an uncaught {what}, raised in {} on line {}.",
            frame_words(frame),
            e.line
        ),
        None => format!("The program ended with an uncaught {what}."),
    }
}

/// The end of a program that finished: what its last line did, since no later step
/// can say it.
fn finished<'s>(
    now: &Snapshot,
    before: Option<&Snapshot>,
    statement_at: &dyn Fn(u32) -> &'s str,
) -> String {
    let (Some(before), Some(module)) = (before, now.frames.first()) else {
        return "The program finished.".into();
    };
    let Some(earlier) = before.frames.first() else {
        return "The program finished.".into();
    };
    let in_module = current_frame(before).is_some_and(|f| f.id == module.id);
    let opening = match before.event {
        "line" if in_module => ran_line(earlier.line, statement_at),
        "return" if before.frames.len() == 2 => format!(
            "Back in the global frame on {}",
            lowercase_first(&ran_line(earlier.line, statement_at))
        ),
        _ => return "The program finished.".into(),
    };
    let mut clauses = line_effects(now, before, earlier, module);
    clauses.push("the program finished".into());
    with_effects(opening, &clauses)
}

/// A `line` step: what the line that just ran in this frame did, or how the frame got
/// here (its body began, a call came back, an exception jumped to a handler).
fn narrate_line<'s>(
    now: &Snapshot,
    before: Option<&Snapshot>,
    frame: &FrameView,
    statement_at: &dyn Fn(u32) -> &'s str,
) -> String {
    let Some(before) = before else {
        return format!(
            "Nothing has run yet; {} runs first.",
            lowercase_first(&ran_line(now.line, statement_at))
        );
    };
    let Some(earlier) = before.frames.iter().find(|f| f.id == frame.id) else {
        return format!("{} runs next.", ran_line(now.line, statement_at));
    };
    let is_callee = current_frame(before).is_some_and(|f| f.id == frame.id);
    match before.event {
        "call" if is_callee => entered(frame, statement_at(before.line), before.line),
        "exception" if is_callee && delegate_finished(before, statement_at) => {
            went_on_after_await(frame, now, before, statement_at)
        }
        "exception" if is_callee => handler_reached(now, before, statement_at),
        "return" => {
            let clauses = line_effects(now, before, earlier, frame);
            let back = format!(
                "Back in {} on {}",
                frame_words(frame),
                lowercase_first(&ran_line(earlier.line, statement_at))
            );
            with_effects(back, &clauses)
        }
        _ if comprehension_kind(frame).is_some() => {
            let clauses = line_effects(now, before, earlier, frame);
            with_effects(format!("In {}, the loop went on", frame.label), &clauses)
        }
        _ if is_case(statement_at(earlier.line)) && is_case(statement_at(now.line)) => {
            format!(
                "{} did not match, so Python tries the next case.",
                ran_line(earlier.line, statement_at)
            )
        }
        _ => {
            let clauses = line_effects(now, before, earlier, frame);
            with_effects(ran_line(earlier.line, statement_at), &clauses)
        }
    }
}

/// A `case` header: from one to the next, the first did not match (or its guard
/// was false).
fn is_case(statement: &str) -> bool {
    statement
        .trim_start()
        .strip_prefix("case")
        .is_some_and(|rest| rest.starts_with([' ', '(', '[', '{', '-', '"', '\'']))
}

/// The first line event of a frame: its body began, or a generator went on after the
/// `yield` it was resumed at (its call event is on that line, not on its `def`).
fn entered(frame: &FrameView, call_statement: &str, call_line: u32) -> String {
    if frame.class_body {
        return format!("Began running the body of class {}.", frame.function);
    }
    if is_yield(call_statement) {
        return format!(
            "{} went on after the yield on line {call_line}.",
            frame_words(frame)
        );
    }
    format!("Entered the body of {}.", frame.label)
}

/// Whether the exception step before was the StopIteration that ends an `await` or
/// `yield from`: the awaited coroutine (or the inner generator) returned, and CPython
/// reports its StopIteration in the frame that waited, which then simply goes on.
/// The snapshot names no exception there when it was never bound to a Python object.
fn delegate_finished<'s>(before: &Snapshot, statement_at: &dyn Fn(u32) -> &'s str) -> bool {
    let stop = before
        .exception
        .as_ref()
        .is_none_or(|e| e.type_name == "StopIteration");
    let statement = statement_at(before.line);
    let words: Vec<&str> = statement
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|word| !word.is_empty())
        .collect();
    let yield_from = words.windows(2).any(|pair| pair == ["yield", "from"]);
    stop && (is_await(statement) || yield_from)
}

/// Whether this exception step is the StopAsyncIteration an `async for` ends on.
fn async_for_exhausted<'s>(now: &Snapshot, statement_at: &dyn Fn(u32) -> &'s str) -> bool {
    let stop = now
        .exception
        .as_ref()
        .is_some_and(|e| e.type_name == "StopAsyncIteration");
    let header = statement_at(now.line).trim_start();
    stop && (header.starts_with("async for ") || has_word(header, "async"))
}

/// "What line 5 awaited finished, and greet #1 went on: line 6 (print(name))."
fn went_on_after_await<'s>(
    frame: &FrameView,
    now: &Snapshot,
    before: &Snapshot,
    statement_at: &dyn Fn(u32) -> &'s str,
) -> String {
    format!(
        "What line {} waited for finished, and {} went on: {}.",
        before.line,
        frame_words(frame),
        lowercase_first(&ran_line(now.line, statement_at))
    )
}

/// The line step after an exception in the same frame: Python jumped to the `except`
/// or `finally` that may handle it.
fn handler_reached<'s>(
    now: &Snapshot,
    before: &Snapshot,
    statement_at: &dyn Fn(u32) -> &'s str,
) -> String {
    let what = before
        .exception
        .as_ref()
        .map_or("exception".to_string(), |e| e.type_name.clone());
    format!(
        "Because of the {what}, Python jumped to {}.",
        lowercase_first(&ran_line(now.line, statement_at))
    )
}

/// "Line 6 (count += 1)".
fn ran_line<'s>(line: u32, statement_at: &dyn Fn(u32) -> &'s str) -> String {
    let statement = quoted_statement(statement_at(line));
    if statement.is_empty() {
        format!("Line {line}")
    } else {
        format!("Line {line} ({statement})")
    }
}

/// "Ran line 6 (count += 1): count is now 1 …." or "Ran line 5 (pass)."
fn with_effects(opening: String, clauses: &[String]) -> String {
    let opening = match opening.strip_prefix("Line ") {
        Some(rest) => format!("Ran line {rest}"),
        None => opening,
    };
    if clauses.is_empty() {
        format!("{opening}.")
    } else {
        format!("{opening}: {}.", clauses.join("; "))
    }
}

/// A sentence that opens with "the global frame" or "the body" starts with a capital;
/// labels ("inc #1 call 1") keep their case.
fn sentence_case(sentence: &str) -> String {
    match sentence.strip_prefix("the ") {
        Some(rest) => format!("The {rest}"),
        None => sentence.to_string(),
    }
}

/// "line 6" inside a sentence, where "Line 6" opens one.
fn lowercase_first(text: &str) -> String {
    match text.strip_prefix("Line ") {
        Some(rest) => format!("line {rest}"),
        None => text.to_string(),
    }
}
