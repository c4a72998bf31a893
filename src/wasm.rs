//! The WebAssembly boundary: the only module that knows about JavaScript.
//!
//! Everything that crosses goes out as plain JS objects through serde-wasm-bindgen,
//! and every error becomes a JavaScript `Error` in one helper, [`js_error`].

use wasm_bindgen::prelude::*;

/// The engine's name and version, computed in Rust so the page can prove the pipeline.
#[wasm_bindgen(js_name = engineVersion)]
pub fn engine_version() -> String {
    format!("cellscope {}", env!("CARGO_PKG_VERSION"))
}

/// Turns any error message into a JavaScript `Error` with a `name`.
pub(crate) fn js_error(name: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name(name);
    error.into()
}
