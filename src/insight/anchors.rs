//! Where on the diagram a run-time finding belongs: the frame, function object or cell
//! whose code or contents it explains. An explanation of an exception belongs to the
//! frame that raised it (or, once that frame is gone, to the function object its code
//! made), never to whichever frame happens to be current.

use crate::session::snapshot::{FrameView, HeapObject, Snapshot};
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Anchor {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<u64>,
}

impl Anchor {
    pub fn cell(cell: u64) -> Anchor {
        Anchor {
            cell: Some(cell),
            ..Anchor::default()
        }
    }

    pub fn function(function: u64) -> Anchor {
        Anchor {
            function: Some(function),
            ..Anchor::default()
        }
    }
}

/// The qualname of the code the step's exception was raised in: the traceback's
/// innermost entry, else the current frame's.
pub fn raising_scope(snapshot: &Snapshot) -> Option<&str> {
    let exception = snapshot.exception.as_ref()?;
    exception
        .raised_in
        .as_deref()
        .or_else(|| current_frame(snapshot).map(|frame| frame.qualname.as_str()))
}

/// The frame that raised the step's exception while it is drawn, else the one
/// function object drawn that was made from the code that raised it.
pub fn exception_anchor(snapshot: &Snapshot) -> Option<Anchor> {
    let exception = snapshot.exception.as_ref()?;
    let scope = raising_scope(snapshot)?;
    let raiser = snapshot
        .frames
        .iter()
        .rev()
        .find(|frame| Some(frame.id) == exception.frame && frame.qualname == scope);
    if let Some(frame) = raiser {
        return Some(Anchor {
            frame: Some(frame.id),
            function: frame.function_id,
            cell: None,
        });
    }
    let mut made_there = snapshot
        .heap
        .iter()
        .filter_map(|(id, object)| match object {
            HeapObject::Function(function) if function.qualname == scope => Some(*id),
            _ => None,
        });
    match (made_there.next(), made_there.next()) {
        (Some(only), None) => Some(Anchor::function(only)),
        _ => None,
    }
}

fn current_frame(snapshot: &Snapshot) -> Option<&FrameView> {
    snapshot.frames.iter().find(|frame| frame.is_current)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{Session, SessionOptions};

    /// Two factories with an `inc` each; only the second forgets `nonlocal`.
    const TWO_COUNTERS: &str = "def make_a():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n        return count\n    return inc\n\ndef make_b():\n    count = 0\n    def inc():\n        count += 1\n        return count\n    return inc\n\na = make_a()\na()\nb = make_b()\nb()\n";

    fn end_step(source: &str) -> Snapshot {
        let mut session = Session::new(source, SessionOptions::default()).expect("compiles");
        while !session.run(10_000) {}
        session
            .snapshot(session.step_count() - 1)
            .expect("the end step")
    }

    /// The missing-`nonlocal` explanation of the last step was drawn on the global
    /// frame, and could name another function than the one that raised.
    #[test]
    fn an_uncaught_exception_is_explained_on_the_frame_that_raised_it() {
        let end = end_step(TWO_COUNTERS);
        assert_eq!(raising_scope(&end), Some("make_b.<locals>.inc"));
        let raiser = end.frames.last().expect("the raising frame");
        assert_eq!(raiser.label, "inc #2 call 1");
        let anchor = exception_anchor(&end).expect("anchored");
        assert_eq!(anchor.frame, Some(raiser.id));
        assert_eq!(anchor.function, raiser.function_id);
        let table = crate::scope::check_source(TWO_COUNTERS).expect("resolves");
        let exception = end.exception.as_ref().expect("uncaught");
        let explained = super::super::explain_exception(
            TWO_COUNTERS,
            &table,
            raising_scope(&end).unwrap_or_default(),
            &exception.type_name,
            &exception.message,
        )
        .expect("an UnboundLocalError is explained");
        assert_eq!((explained.line, exception.line), (12, 12));
    }

    #[test]
    fn an_exception_whose_frame_is_gone_is_anchored_on_its_function() {
        let source = "def make():\n    def fail():\n        raise ValueError('no')\n    return fail\n\nf = make()\ntry:\n    f()\nexcept ValueError:\n    pass\n";
        let mut session = Session::new(source, SessionOptions::default()).expect("compiles");
        while !session.run(10_000) {}
        let in_module = (0..session.step_count())
            .filter_map(|step| session.snapshot(step))
            .find(|s| s.event == "exception" && s.frames.len() == 1)
            .expect("the exception reaches the module");
        let anchor = exception_anchor(&in_module).expect("anchored");
        let function = anchor.function.expect("on the function object");
        assert!(matches!(
            in_module.heap.get(&function),
            Some(HeapObject::Function(f)) if f.qualname == "make.<locals>.fail"
        ));
        assert_eq!(anchor.frame, None);
    }
}
