//! The wasm boundary, exercised from inside headless Chromium by wasm-bindgen-test:
//! a `Session` built as JavaScript builds it, stepped, sent back, and its snapshots
//! read as the plain objects the page receives.
#![cfg(target_arch = "wasm32")]

use cellscope::wasm::Session;
use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COUNTER: &str = "\
def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c = counter()
c()
print(c())
";

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn get_path(object: &JsValue, path: &[&str]) -> JsValue {
    path.iter()
        .fold(object.clone(), |value, key| get(&value, key))
}

fn recorded(source: &str) -> Session {
    let session = Session::new(source, None).expect("the program compiles");
    let mut session = session;
    while !session.run(1000) {}
    session
}

#[wasm_bindgen_test]
fn engine_reports_its_version() {
    assert!(cellscope::wasm::engine_version().starts_with("cellscope "));
}

#[wasm_bindgen_test]
fn a_session_records_and_reports_status() {
    let session = recorded(COUNTER);
    assert!(session.step_count() > 10);
    let status: JsValue = session.status().unwrap().into();
    assert_eq!(get(&status, "finished").as_bool(), Some(true));
    assert!(get(&status, "stopped").is_null());
    assert_eq!(get(&status, "awaitingInput").as_bool(), Some(false));
}

#[wasm_bindgen_test]
fn snapshots_are_plain_objects_with_cells() {
    let session = recorded(COUNTER);
    let last: JsValue = session.snapshot(session.step_count() - 1).unwrap().into();
    assert_eq!(get(&last, "event").as_string().as_deref(), Some("end"));
    assert_eq!(get(&last, "stdout").as_string().as_deref(), Some("2\n"));
    let heap = get(&last, "heap");
    assert!(
        !heap.is_instance_of::<js_sys::Map>(),
        "maps cross as plain objects"
    );
    let cells: Vec<JsValue> = js_sys::Object::values(heap.unchecked_ref())
        .iter()
        .filter(|object| get(object, "kind").as_string().as_deref() == Some("cell"))
        .collect();
    assert_eq!(cells.len(), 1);
    let cell = &cells[0];
    assert_eq!(
        get_path(cell, &["contents", "repr"]).as_string().as_deref(),
        Some("2")
    );
    assert_eq!(get(cell, "owner_returned").as_bool(), Some(true));
    assert_eq!(
        get_path(cell, &["owner", "name"]).as_string().as_deref(),
        Some("count")
    );
}

#[wasm_bindgen_test]
fn stepping_forward_and_back_gives_the_same_snapshot() {
    let session = recorded(COUNTER);
    let into = session.step_into(3, false);
    assert_eq!(into, 4);
    assert_eq!(session.step_into(into, true), 3);
    let first = js_sys::JSON::stringify(&session.snapshot(5).unwrap().into()).unwrap();
    let again = js_sys::JSON::stringify(&session.snapshot(5).unwrap().into()).unwrap();
    assert_eq!(first, again);
    let out = session.step_out(session.step_into(8, false), false);
    assert!(out > 8);
}

#[wasm_bindgen_test]
fn breakpoints_and_run_to_line() {
    let session = recorded(COUNTER);
    let lines: JsValue = Array::of1(&JsValue::from(5)).into();
    let hit = session.continue_to(0, false, lines.unchecked_into());
    let snapshot: JsValue = session.snapshot(hit).unwrap().into();
    assert_eq!(get(&snapshot, "line").as_f64(), Some(5.0));
    let to_eleven = session.run_to_line(0, 11);
    let snapshot: JsValue = session.snapshot(to_eleven).unwrap().into();
    assert_eq!(get(&snapshot, "line").as_f64(), Some(11.0));
}

#[wasm_bindgen_test]
fn a_syntax_error_is_a_js_error_with_position_fields() {
    let Err(error) = Session::new("def f(:\n    pass\n", None) else {
        panic!("a syntax error was expected");
    };
    assert!(error.is_instance_of::<js_sys::Error>());
    assert_eq!(
        get(&error, "name").as_string().as_deref(),
        Some("SyntaxError")
    );
    assert_eq!(get(&error, "line").as_f64(), Some(1.0));
    assert!(get(&error, "rendered")
        .as_string()
        .unwrap_or_default()
        .contains("SyntaxError"));
}

#[wasm_bindgen_test]
fn an_infinite_loop_stops_at_the_step_budget() {
    let options = js_sys::Object::new();
    Reflect::set(&options, &"maxSteps".into(), &JsValue::from(500)).unwrap();
    let mut session =
        Session::new("while True:\n    pass\n", Some(options.unchecked_into())).unwrap();
    while !session.run(100) {}
    let status: JsValue = session.status().unwrap().into();
    assert_eq!(
        get_path(&status, &["stopped", "reason"])
            .as_string()
            .as_deref(),
        Some("steps")
    );
    let last: JsValue = session.snapshot(session.step_count() - 1).unwrap().into();
    assert!(get_path(&last, &["stopped", "message"])
        .as_string()
        .unwrap_or_default()
        .contains("infinite loop"));
}

#[wasm_bindgen_test]
fn a_step_past_the_end_is_a_range_error() {
    let session = recorded("x = 1\n");
    let error = session.snapshot(10_000).err().expect("no such step");
    assert_eq!(
        get(&error, "name").as_string().as_deref(),
        Some("RangeError")
    );
}

#[wasm_bindgen_test]
fn input_pauses_the_run_until_a_line_is_provided() {
    let mut session = Session::new("name = input()\nprint('hi', name)\n", None).unwrap();
    assert!(!session.run(100));
    let status: JsValue = session.status().unwrap().into();
    assert_eq!(get(&status, "awaitingInput").as_bool(), Some(true));
    session.provide_input("ada");
    while !session.run(100) {}
    let last: JsValue = session.snapshot(session.step_count() - 1).unwrap().into();
    assert_eq!(
        get(&last, "stdout").as_string().as_deref(),
        Some("hi ada\n")
    );
}

#[wasm_bindgen_test]
fn stop_keeps_the_recorded_steps() {
    let mut session = Session::new("while True:\n    pass\n", None).unwrap();
    assert!(!session.run(40));
    session.stop();
    let status: JsValue = session.status().unwrap().into();
    assert_eq!(get(&status, "finished").as_bool(), Some(true));
    assert_eq!(
        get_path(&status, &["stopped", "reason"])
            .as_string()
            .as_deref(),
        Some("stopped")
    );
    assert!(session.snapshot(session.step_count() - 2).is_ok());
}

/// The only test that installs the Unicode name table, so that what it sees before is the
/// module as a page first gets it: no table, and errors saying so.
#[wasm_bindgen_test]
fn the_unicode_name_table_is_missing_until_installed_and_then_read() {
    use cellscope::wasm::{has_unicode_names, install_unicode_names, needs_unicode_names};
    let source = "print('\\N{SNOWMAN}')\n";
    assert!(needs_unicode_names(source));
    assert!(!needs_unicode_names("print('snowman')\n"));
    assert!(!has_unicode_names());
    let Err(error) = Session::new(source, None) else {
        panic!("without the table an escape cannot be read");
    };
    let message = get(&error, "message").as_string().unwrap_or_default();
    assert!(message.contains("not loaded"), "{message}");
    let imported = recorded("import unicodedata\n");
    let end = imported.snapshot(imported.step_count() - 1).unwrap().into();
    let exception = get_path(&end, &["exception", "message"]).as_string();
    assert!(exception.unwrap_or_default().contains("not loaded"));

    assert!(install_unicode_names("not the table").is_err());
    assert!(!has_unicode_names());
    install_unicode_names(include_str!("../src/unicode_data/unicode_names.txt")).expect("reads");
    assert!(has_unicode_names());
    let session = recorded(source);
    let end: JsValue = session.snapshot(session.step_count() - 1).unwrap().into();
    assert_eq!(get(&end, "stdout").as_string().as_deref(), Some("\u{2603}\n"));
}
