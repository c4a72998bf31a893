//! `Session.lastWrite(step, target)` for the page: "when was this set?".

use super::{js_error, Session};
use crate::session::write_index::WriteTarget;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const WRITE_TARGET_TYPES: &'static str = r#"
/** A frame's variable (the global frame's, 0, for a global), a cell, or an attribute. */
export type WriteTarget =
  | { frame: number; name: string }
  | { cell: number }
  | { object: number; name: string };
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "WriteTarget")]
    pub type WriteTargetObject;
}

#[derive(Deserialize)]
struct JsTarget {
    frame: Option<f64>,
    cell: Option<f64>,
    object: Option<f64>,
    name: Option<String>,
}

/// A non-negative whole id, or nothing.
fn id(value: Option<f64>) -> Option<u64> {
    value
        .filter(|v| v.is_finite() && *v >= 0.0 && v.fract() == 0.0)
        .map(|v| v as u64)
}

fn parse_target(target: JsTarget) -> Option<WriteTarget> {
    match (
        id(target.cell),
        id(target.object),
        id(target.frame),
        target.name,
    ) {
        (Some(cell), _, _, _) => Some(WriteTarget::Cell { cell }),
        (None, Some(object), _, Some(name)) => Some(WriteTarget::Attribute { object, name }),
        (None, None, Some(frame), Some(name)) => Some(WriteTarget::Variable { frame, name }),
        _ => None,
    }
}

#[wasm_bindgen]
impl Session {
    /// The latest step before `step` whose accesses write `target`: where the value it
    /// holds at `step` appeared (or, when `step` wrote it, the write before); asking
    /// again from the answer gives the write before. `undefined` when nothing
    /// recorded wrote it.
    #[wasm_bindgen(js_name = lastWrite)]
    pub fn last_write(&self, step: u32, target: WriteTargetObject) -> Result<Option<u32>, JsValue> {
        let parsed = serde_wasm_bindgen::from_value::<JsTarget>(target.into())
            .ok()
            .and_then(parse_target)
            .ok_or_else(|| {
                js_error(
                    "TypeError",
                    "a write target is {frame, name}, {cell} or {object, name}",
                )
            })?;
        let found = self.recording.last_write(step as usize, &parsed);
        Ok(found.map(|step| step as u32))
    }
}
