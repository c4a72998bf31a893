//! The WebAssembly boundary: the only module that knows about JavaScript.
//!
//! Everything that crosses goes out as plain JS objects through serde-wasm-bindgen
//! (maps as objects, not `Map`s), and every error becomes a JavaScript `Error` in one
//! helper, [`js_error`]. Numbers coming in from JavaScript are converted by
//! wasm-bindgen, so no argument a page can pass makes Rust panic.

mod last_write;

use crate::session::{Session as Recording, SessionOptions};
use crate::syntax::{LineIndex, SyntaxError};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const SNAPSHOT_TYPES: &'static str = r#"
export type Value =
  | { kind: "int" | "float" | "bool" | "none"; repr: string }
  | { kind: "str"; repr: string; length?: number; omitted?: number; id?: number }
  | { kind: "ref"; id: number };
export interface Binding { name: string; value: Value }
export interface CellSlot { name: string; cell: number; kind: "cell" | "free" }
export interface Frame {
  id: number; function: string; qualname: string; label: string; call_number?: number;
  function_id?: number; line: number; file?: string; is_current: boolean;
  state?: "running" | "suspended" | "created" | "closed" | "raised"; class_body?: true;
  locals: Binding[]; cells: CellSlot[]; return_value?: Value;
}
export type HeapObject =
  | { kind: "function"; name: string; qualname: string; label: string; params: string[];
      defaults: Value[]; closure: { name: string; cell: number }[]; line: number }
  | { kind: "cell"; contents: Value | null;
      owner: { frame: number; function: string; name: string; label: string };
      owner_returned: boolean; held_by: number[] }
  | { kind: "list" | "tuple" | "set"; items: Value[]; length: number; omitted?: number }
  | { kind: "dict"; entries: [Value, Value][]; length: number; omitted?: number }
  | { kind: "class"; name: string; attrs: Binding[]; omitted?: number }
  | { kind: "instance"; class: number; class_name: string; attrs: Binding[]; omitted?: number }
  | { kind: "other"; type: string; repr: string };
export interface ReturnedFrame {
  frame: number; label: string; function: string; function_id?: number;
  cells_kept: number[]; cells_freed: string[]; locals_dropped: string[];
}
export interface Snapshot {
  step: number; event: "call" | "line" | "return" | "exception" | "end";
  line: number; prev_line: number | null; span: { start: number; end: number }; file?: string;
  frames: Frame[]; heap: Record<string, HeapObject>; stdout: string; stderr: string;
  narration: string; changed: number[]; accesses: Access[];
  emphasis?: { variables: { frame: number; name: string }[]; slots: { function: number; name: string }[];
               cells: number[]; attributes: { object: number; name: string }[]; objects: number[];
               dims_rest: boolean };
  exception?: { type: string; message: string; line: number; frame?: number; raised_in?: string };
  stopped?: { reason: string; message: string };
  post_mortem?: boolean; returned_frames?: ReturnedFrame[];
  omitted_frames?: { count: number; after: number; before: number };
}
export interface Access {
  action: "read" | "write" | "delete"; name: string; frame: number;
  via: "local" | "cell" | "free" | "class" | "global" | "builtin" | "attribute";
  cell?: number; function?: number; object?: number; value?: Value;
}
export type Expansion =
  | { kind: "list" | "tuple" | "set"; start: number; length: number; items: Value[];
      heap: Record<string, HeapObject> }
  | { kind: "dict"; start: number; length: number; entries: [Value, Value][];
      heap: Record<string, HeapObject> }
  | { kind: "str"; start: number; length: number; text: string };
export interface SessionStatus {
  finished: boolean; stopped: { reason: string; message: string } | null; awaitingInput: boolean;
}
export interface SessionOptions {
  maxSteps?: number;
  /** Python source of importable modules by name, as fetched for `pythonImports(source)`. */
  modules?: Record<string, string>;
  /** What `outsideValues(0)` gave an earlier recording of this program, handed out again in
   * order (clock readings, random numbers), so a rebuilt recording takes the same steps. */
  outsideValues?: number[];
}
export interface HistoryStats { checkpoints: number; checkpointSpacing: number; historyBytes: number }
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "Snapshot")]
    pub type SnapshotObject;
    #[wasm_bindgen(typescript_type = "SessionStatus")]
    pub type StatusObject;
    #[wasm_bindgen(typescript_type = "SessionOptions | undefined")]
    pub type OptionsObject;
    #[wasm_bindgen(typescript_type = "number[]")]
    pub type LineList;
    #[wasm_bindgen(typescript_type = "Expansion")]
    pub type ExpansionObject;
    #[wasm_bindgen(typescript_type = "HistoryStats")]
    pub type HistoryStatsObject;
}

/// The engine's name and version, computed in Rust so the page can prove the pipeline.
#[wasm_bindgen(js_name = engineVersion)]
pub fn engine_version() -> String {
    format!("cellscope {}", env!("CARGO_PKG_VERSION"))
}

/// The modules written in Python that `source` imports and this engine lacks: the page
/// fetches their files and passes them as the `modules` option, asking again of each
/// fetched module's source until no new name comes back.
#[wasm_bindgen(js_name = pythonImports)]
pub fn python_imports(source: &str) -> Vec<String> {
    let known = crate::runtime::module_loader::ModuleSources::bundled();
    crate::runtime::module_loader::python_imports(source, &known)
}

/// Whether `source` needs the Unicode name table (a `\N{...}` escape, or `unicodedata`):
/// the page then fetches `modules/unicode_names.txt` and passes its text to
/// [`install_unicode_names`] before it compiles, lints or runs the program. The
/// WebAssembly module does not carry the table, so pages that never need it never
/// download it.
#[wasm_bindgen(js_name = needsUnicodeNames)]
pub fn needs_unicode_names(source: &str) -> bool {
    crate::unicode_data::needs_table(source)
}

/// Reads the Unicode name table for every later parse and session of this module;
/// installing it again changes nothing. Throws an `Error` if `text` is not the table.
/// Until it is installed, a `\N{...}` escape is a SyntaxError saying the table is not
/// loaded, and importing `unicodedata` an ImportError.
#[wasm_bindgen(js_name = installUnicodeNames)]
pub fn install_unicode_names(text: &str) -> Result<(), JsValue> {
    crate::unicode_data::install(text).map_err(|error| js_error("Error", &error.to_string()))
}

/// Whether the Unicode name table is installed.
#[wasm_bindgen(js_name = hasUnicodeNames)]
pub fn has_unicode_names() -> bool {
    crate::unicode_data::table().is_some()
}

/// Turns any error message into a JavaScript `Error` with a `name`.
pub(crate) fn js_error(name: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name(name);
    error.into()
}

/// A `SyntaxError` as a JS `Error` carrying CPython's position fields.
fn syntax_error(error: &SyntaxError, source: &str) -> JsValue {
    let value = js_error(error.kind.name(), &error.message);
    let index = LineIndex::new(source);
    let (start, end) = (error.start(&index), error.end(&index));
    let rendered = error.render(source, "<string>");
    let fields: [(&str, JsValue); 5] = [
        ("line", start.line.into()),
        ("column", start.column.into()),
        ("endLine", end.line.into()),
        ("endColumn", end.column.into()),
        ("rendered", rendered.into()),
    ];
    for (key, field) in fields {
        let _ = js_sys::Reflect::set(&value, &key.into(), &field);
    }
    value
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error("Error", &e.to_string()))
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    max_steps: Option<f64>,
    modules: Option<std::collections::BTreeMap<String, String>>,
    outside_values: Option<Vec<f64>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsStatus {
    finished: bool,
    stopped: Option<crate::session::snapshot::StopView>,
    awaiting_input: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsHistoryStats {
    checkpoints: usize,
    checkpoint_spacing: f64,
    history_bytes: usize,
}

/// A recorded run of one program, stepped and queried from JavaScript.
#[wasm_bindgen]
pub struct Session {
    recording: Recording,
}

#[wasm_bindgen]
impl Session {
    /// Compiles `source`; throws a `SyntaxError` (or `IndentationError`, `TabError`).
    #[wasm_bindgen(constructor)]
    pub fn new(source: &str, options: Option<OptionsObject>) -> Result<Session, JsValue> {
        let given: JsOptions = match options.map(JsValue::from) {
            Some(value) if !value.is_undefined() && !value.is_null() => {
                serde_wasm_bindgen::from_value(value)
                    .map_err(|e| js_error("TypeError", &e.to_string()))?
            }
            _ => JsOptions::default(),
        };
        let mut settings = SessionOptions::default();
        if let Some(max) = given.max_steps.filter(|m| m.is_finite() && *m >= 1.0) {
            settings.max_steps = max.min(50_000_000.0) as usize;
        }
        settings.modules = given.modules.unwrap_or_default().into_iter().collect();
        settings.outside_values = given.outside_values.unwrap_or_default();
        let recording = Recording::new(source, settings).map_err(|e| syntax_error(&e, source))?;
        Ok(Session { recording })
    }

    /// Records up to `max_new_steps` more steps; returns whether the run has ended.
    pub fn run(&mut self, max_new_steps: u32) -> bool {
        self.recording.run(max_new_steps as usize)
    }

    #[wasm_bindgen(js_name = stepCount)]
    pub fn step_count(&self) -> u32 {
        self.recording.step_count() as u32
    }

    pub fn status(&self) -> Result<StatusObject, JsValue> {
        let status = self.recording.status();
        let js = JsStatus {
            finished: status.finished,
            stopped: status.stopped,
            awaiting_input: status.awaiting_input,
        };
        Ok(to_js(&js)?.unchecked_into())
    }

    pub fn stop(&mut self) {
        self.recording.stop();
    }

    /// Ends a recording that was rebuilt up to the last step the page had seen, after the
    /// worker that recorded it was found in a step that would not end.
    #[wasm_bindgen(js_name = stopDuringLongStep)]
    pub fn stop_during_long_step(&mut self) {
        self.recording.stop_during_long_step();
    }

    /// The values the outside world handed the run (clock readings, random numbers), from
    /// the `from`th on: what the page keeps to rebuild the recording (`outsideValues`).
    #[wasm_bindgen(js_name = outsideValues)]
    pub fn outside_values(&self, from: u32) -> Vec<f64> {
        self.recording.outside_values(from as usize).to_vec()
    }

    #[wasm_bindgen(js_name = provideInput)]
    pub fn provide_input(&mut self, text: &str) {
        self.recording.provide_input(text);
    }

    /// What the history holds: checkpoints, their spacing in instructions, and the
    /// bytes it keeps beyond the live interpreter (for benchmarks and diagnostics).
    #[wasm_bindgen(js_name = historyStats)]
    pub fn history_stats(&self) -> Result<HistoryStatsObject, JsValue> {
        let stats = JsHistoryStats {
            checkpoints: self.recording.checkpoint_count(),
            checkpoint_spacing: self.recording.checkpoint_spacing() as f64,
            history_bytes: self.recording.memory_bytes(),
        };
        Ok(to_js(&stats)?.unchecked_into())
    }

    /// Rebuilds the interpreter at `step` without drawing it, so a benchmark can time
    /// the history apart from the snapshot; returns whether the step exists.
    #[wasm_bindgen(js_name = rebuildState)]
    pub fn rebuild_state(&self, step: u32) -> bool {
        self.recording.state_at(step as usize).is_some()
    }

    pub fn snapshot(&self, step: u32) -> Result<SnapshotObject, JsValue> {
        let Some(snapshot) = self.recording.snapshot(step as usize) else {
            let message = format!(
                "no step {step}: the run has {} steps",
                self.recording.step_count()
            );
            return Err(js_error("RangeError", &message));
        };
        Ok(to_js(&snapshot)?.unchecked_into())
    }

    /// Up to `count` items (dict entries, str characters) of object `id` from
    /// `start`, as it stood at `step`: the part of a value the snapshot cut short.
    pub fn expand(
        &self,
        step: u32,
        id: f64,
        start: u32,
        count: u32,
    ) -> Result<ExpansionObject, JsValue> {
        let found = (id.is_finite() && id >= 0.0)
            .then(|| {
                self.recording
                    .expand(step as usize, id as u64, start as usize, count as usize)
            })
            .flatten();
        let Some(expansion) = found else {
            let message = format!("no list, tuple, set, dict or str {id} at step {step}");
            return Err(js_error("RangeError", &message));
        };
        Ok(to_js(&expansion)?.unchecked_into())
    }

    #[wasm_bindgen(js_name = stepOver)]
    pub fn step_over(&self, from: u32, backward: bool) -> u32 {
        self.recording.step_over(from as usize, backward) as u32
    }

    #[wasm_bindgen(js_name = stepInto)]
    pub fn step_into(&self, from: u32, backward: bool) -> u32 {
        self.recording.step_into(from as usize, backward) as u32
    }

    #[wasm_bindgen(js_name = stepOut)]
    pub fn step_out(&self, from: u32, backward: bool) -> u32 {
        self.recording.step_out(from as usize, backward) as u32
    }

    #[wasm_bindgen(js_name = continueTo)]
    pub fn continue_to(&self, from: u32, backward: bool, breakpoint_lines: LineList) -> u32 {
        let lines: Vec<f64> =
            serde_wasm_bindgen::from_value(breakpoint_lines.into()).unwrap_or_default();
        let lines: Vec<u32> = lines
            .into_iter()
            .filter(|l| l.is_finite() && *l >= 0.0)
            .map(|l| l as u32)
            .collect();
        self.recording.continue_to(from as usize, backward, &lines) as u32
    }

    #[wasm_bindgen(js_name = runToLine)]
    pub fn run_to_line(&self, from: u32, line: u32) -> u32 {
        self.recording.run_to_line(from as usize, line) as u32
    }
}

// Closure insight for the page: lint diagnostics, scope tables, and the findings of
// one recorded step. Rust decides what is wrong and where; the page only draws it.

use crate::insight::{
    cells_from_snapshot, exception_anchor, explain_exception, late_binding_at_runtime,
    raising_scope, Anchor, Code, Diagnostic, ScopeRow,
};
use crate::session::snapshot::{HeapObject, Snapshot, ValueView};

/// A lint diagnostic with the end of its span as a line and character column too,
/// so the editor can underline it without counting bytes.
#[derive(Serialize)]
struct LintView {
    #[serde(flatten)]
    diagnostic: Diagnostic,
    end_line: u32,
    end_column: u32,
}

/// One scope of the program and every name it mentions.
#[derive(Serialize)]
struct ScopeTableView {
    scope: String,
    kind: crate::scope::ScopeKind,
    line: u32,
    rows: Vec<ScopeRow>,
}

/// A run-time finding and the heap object the diagram marks with it: the shared
/// cell, or the mutable default object of `function`; `anchor` is the box whose code
/// or contents the finding explains.
#[derive(Serialize)]
struct RuntimeFinding {
    target: u64,
    function: Option<u64>,
    anchor: Anchor,
    diagnostic: Diagnostic,
}

/// The explanation of the step's exception and the frame or function it is about.
#[derive(Serialize)]
struct StepDiagnostics {
    findings: Vec<RuntimeFinding>,
    exception: Option<Diagnostic>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exception_anchor: Option<Anchor>,
}

/// The closure pitfalls of `source`; throws its `SyntaxError` if it does not compile.
#[wasm_bindgen(js_name = lint)]
pub fn lint_source(source: &str) -> Result<JsValue, JsValue> {
    let found = crate::insight::lint(source).map_err(|e| syntax_error(&e, source))?;
    let index = LineIndex::new(source);
    let views: Vec<LintView> = found
        .into_iter()
        .map(|diagnostic| {
            let end = index.line_col(diagnostic.span.end as usize);
            LintView {
                diagnostic,
                end_line: end.line,
                end_column: end.column,
            }
        })
        .collect();
    to_js(&views)
}

/// Every scope of `source` (the module first) with its names, where each one lives
/// and why; throws its `SyntaxError` if it does not compile.
#[wasm_bindgen(js_name = scopeTables)]
pub fn scope_tables(source: &str) -> Result<JsValue, JsValue> {
    let table = crate::scope::check_source(source).map_err(|e| syntax_error(&e, source))?;
    let index = LineIndex::new(source);
    let views: Vec<ScopeTableView> = table
        .scopes
        .iter()
        .enumerate()
        .map(|(position, scope)| ScopeTableView {
            scope: scope.qualname.clone(),
            kind: scope.kind,
            line: index.line_of(scope.span.start as usize),
            rows: crate::insight::scope_table(
                source,
                &table,
                crate::scope::ScopeId(position as u32),
            ),
        })
        .collect();
    to_js(&views)
}

#[wasm_bindgen]
impl Session {
    /// What step `step` shows going wrong in `source` (the program this session
    /// runs): cells that several functions from one definition share, mutable
    /// default objects that the function's body changes, and an explanation of an
    /// UnboundLocalError or NameError raised at this step.
    pub fn diagnostics(&self, step: u32, source: &str) -> Result<JsValue, JsValue> {
        let Some(snapshot) = self.recording.snapshot(step as usize) else {
            let message = format!("no step {step}: the run has {} steps", self.step_count());
            return Err(js_error("RangeError", &message));
        };
        let mut findings = shared_cell_findings(&snapshot);
        findings.extend(mutable_default_findings(&snapshot, source));
        let exception = explained_exception(&snapshot, source);
        let exception_anchor = exception.as_ref().and_then(|_| exception_anchor(&snapshot));
        to_js(&StepDiagnostics {
            findings,
            exception,
            exception_anchor,
        })
    }
}

#[wasm_bindgen]
impl Session {
    /// The scope table of a frame (`kind` "frame", `id` its frame id) or a function
    /// object (`kind` "function", `id` its heap id) at `step`: the scope analysis's
    /// rows, the subject's label, and for each cell or free name the cell it holds at
    /// that step; `undefined` when the subject is not drawn there.
    #[wasm_bindgen(js_name = scopeAt)]
    pub fn scope_at(
        &self,
        step: u32,
        source: &str,
        kind: &str,
        id: f64,
    ) -> Result<JsValue, JsValue> {
        let Some(snapshot) = self.recording.snapshot(step as usize) else {
            let message = format!("no step {step}: the run has {} steps", self.step_count());
            return Err(js_error("RangeError", &message));
        };
        let table = crate::scope::check_source(source).map_err(|e| syntax_error(&e, source))?;
        let subject = match kind {
            "frame" => crate::insight::ScopeSubject::Frame(id as u64),
            _ => crate::insight::ScopeSubject::Function(id as u64),
        };
        match crate::insight::scope_at(source, &table, &snapshot, subject) {
            Some(view) => to_js(&view),
            None => Ok(JsValue::UNDEFINED),
        }
    }
}

fn shared_cell_findings(snapshot: &Snapshot) -> Vec<RuntimeFinding> {
    cells_from_snapshot(snapshot)
        .into_iter()
        .flat_map(|cell| {
            late_binding_at_runtime(std::slice::from_ref(&cell))
                .into_iter()
                .map(move |diagnostic| RuntimeFinding {
                    target: cell.cell_id,
                    function: None,
                    anchor: Anchor::cell(cell.cell_id),
                    diagnostic,
                })
        })
        .collect()
}

/// A default is evaluated once, when `def` runs: each mutable default the lint
/// found changed in place is marked on the object the live function still holds.
fn mutable_default_findings(snapshot: &Snapshot, source: &str) -> Vec<RuntimeFinding> {
    let Ok(found) = crate::insight::lint(source) else {
        return Vec::new();
    };
    let mut findings = Vec::new();
    for diagnostic in found.iter().filter(|d| d.code == Code::MutableDefault) {
        for (function_id, object_id) in mutable_defaults_on_line(snapshot, diagnostic.line) {
            findings.push(RuntimeFinding {
                target: object_id,
                function: Some(function_id),
                anchor: Anchor::function(function_id),
                diagnostic: diagnostic.clone(),
            });
        }
    }
    findings
}

/// `(function id, default object id)` for every list, dict or set default of a
/// function defined on `line`.
fn mutable_defaults_on_line(snapshot: &Snapshot, line: u32) -> Vec<(u64, u64)> {
    let is_mutable = |id: &u64| {
        matches!(
            snapshot.heap.get(id),
            Some(HeapObject::List { .. } | HeapObject::Dict { .. } | HeapObject::Set { .. })
        )
    };
    snapshot
        .heap
        .iter()
        .filter_map(|(id, object)| match object {
            HeapObject::Function(function) if function.line == line => {
                Some((*id, &function.defaults))
            }
            _ => None,
        })
        .flat_map(|(function_id, defaults)| {
            defaults.iter().filter_map(move |value| match value {
                ValueView::Ref { id } if is_mutable(id) => Some((function_id, *id)),
                _ => None,
            })
        })
        .collect()
}

/// The explanation of an exception about an empty variable at this step. The
/// scope whose code raised it (the traceback's innermost entry) is tried first, then
/// every other scope.
fn explained_exception(snapshot: &Snapshot, source: &str) -> Option<Diagnostic> {
    let exception = snapshot.exception.as_ref()?;
    let table = crate::scope::check_source(source).ok()?;
    let raiser = raising_scope(snapshot);
    let raised_in =
        |scope: &&crate::scope::Scope| raiser.is_some_and(|qualname| scope.qualname == qualname);
    let (likely, others): (Vec<_>, Vec<_>) = table.scopes.iter().partition(raised_in);
    likely.into_iter().chain(others).find_map(|scope| {
        explain_exception(
            source,
            &table,
            &scope.qualname,
            &exception.type_name,
            &exception.message,
        )
    })
}
