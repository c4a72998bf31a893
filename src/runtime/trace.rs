//! Trace events: what `sys.settrace` would see, one at a time.

use super::value::Value;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// A Python frame starts (function, lambda, comprehension).
    Call,
    /// A new line starts executing (CPython 3.11's rules).
    Line,
    /// A frame returns, normally (with its value) or because an exception leaves it.
    Return,
    /// An exception is raised in, or propagates into, a frame.
    Exception,
}

impl EventKind {
    pub fn name(self) -> &'static str {
        match self {
            EventKind::Call => "call",
            EventKind::Line => "line",
            EventKind::Return => "return",
            EventKind::Exception => "exception",
        }
    }
}

#[derive(Clone, Debug)]
pub struct TraceEvent {
    pub kind: EventKind,
    pub line: u32,
    /// The code object's name (`co_name`), as `frame.f_code.co_name`.
    pub function: Rc<str>,
    /// The file of the frame's code when it is not the program's own (`<string>` for
    /// code that exec or eval compiled).
    pub file: Option<Rc<str>>,
    /// How many frames are on the stack (the module frame is 1).
    pub depth: usize,
    /// The return value of a `return` event (`None` when an exception leaves), or the
    /// exception of an `exception` event.
    pub value: Option<Value>,
    /// Reported by Python code that native code or an instruction called back (a
    /// `sorted` key, a `map` function): the stepper pauses only between the outermost
    /// loop's instructions, so its state after this event's batch is not this step's.
    pub in_callback: bool,
}
