//! Trace events as `scripts/record_programs.py` writes them to NAME.events, rebuilt from
//! the snapshots that `cellscope trace NAME.py --json` prints: one `event line function` a
//! line, where the function is the current frame's, without the module frame's own `call`
//! and `return` and without the final `end`.

use serde_json::Value;
use std::path::Path;

use super::program::run_subcommand;

/// The events of one program under Cellscope, in the recorded format.
pub fn traced_events(binary: &Path, directory: &Path, name: &str) -> Result<String, String> {
    let outcome = run_subcommand(binary, directory, name, &["trace", "--json"])?;
    let mut events = String::new();
    for (index, line) in outcome.stdout.lines().enumerate() {
        let snapshot: Value = serde_json::from_str(line)
            .map_err(|error| format!("trace line {} is not JSON: {error}", index + 1))?;
        if let Some(event) = event_line(&snapshot) {
            events.push_str(&event);
            events.push('\n');
        }
    }
    Ok(events)
}

/// `event line function` for one snapshot, or `None` for the steps CPython's tracer
/// does not report.
fn event_line(snapshot: &Value) -> Option<String> {
    let event = snapshot.get("event")?.as_str()?;
    let line = snapshot.get("line")?.as_u64()?;
    let frames = snapshot.get("frames")?.as_array()?;
    let current = frames
        .iter()
        .find(|frame| frame.get("is_current").and_then(Value::as_bool) == Some(true))?;
    let function = current.get("function")?.as_str()?;
    let module_enters_or_leaves =
        matches!(event, "call" | "return") && function == "<module>" && frames.len() == 1;
    if event == "end" || module_enters_or_leaves {
        return None;
    }
    Some(format!("{event} {line} {function}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_event_line_and_current_function() {
        let snapshot = serde_json::json!({
            "event": "line", "line": 4,
            "frames": [{"function": "<module>", "is_current": false},
                       {"function": "inner", "is_current": true}]
        });
        assert_eq!(event_line(&snapshot).as_deref(), Some("line 4 inner"));
    }

    #[test]
    fn skips_the_module_frame_entering_and_the_end() {
        let frames = serde_json::json!([{"function": "<module>", "is_current": true}]);
        let call = serde_json::json!({"event": "call", "line": 1, "frames": frames});
        let end = serde_json::json!({"event": "end", "line": 9, "frames": frames});
        assert_eq!(event_line(&call), None);
        assert_eq!(event_line(&end), None);
    }
}
