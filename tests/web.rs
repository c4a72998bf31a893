//! The wasm boundary, exercised from inside headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn engine_reports_its_version() {
    assert!(cellscope::wasm::engine_version().starts_with("cellscope "));
}
