//! Exceptions as values: the instance object, and the error channel of the runtime.

use super::code::CodeObject;
use super::heap::ObjRef;
use super::types::TypeId;
use super::value::Value;
use std::rc::Rc;

/// One line of a traceback: a frame's code and the instruction it was executing.
#[derive(Clone, Debug)]
pub struct TracebackEntry {
    pub code: Rc<CodeObject>,
    pub instruction: u32,
    /// The frame's `serial`, to find it while it still runs.
    pub frame_serial: u64,
}

/// An exception instance: `ValueError("bad")`.
#[derive(Clone, Debug)]
pub struct ExceptionObject {
    pub ty: TypeId,
    pub args: Vec<Value>,
    /// Innermost entry first: entries are appended as the exception leaves each frame.
    pub traceback: Vec<TracebackEntry>,
    /// `__cause__`, set by `raise ... from ...`.
    pub cause: Option<Value>,
    /// `__context__`: the exception being handled when this one was raised.
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// The `name` of a NameError or AttributeError, for the "Did you mean" hint.
    pub name: Option<Value>,
    /// The object of an AttributeError, for the "Did you mean" hint.
    pub obj: Option<Value>,
    /// For an instance of a user-defined exception class: the class, and the
    /// instance's attribute dict.
    pub class: Option<ObjRef>,
    pub dict: Option<ObjRef>,
    /// The values of the `__slots__` of a user-defined exception class (see
    /// [`super::object::Instance::slots`]).
    pub slots: Vec<Option<Value>>,
    /// The "Did you mean" candidate for an uncaught NameError or AttributeError,
    /// chosen when it was raised (when the names in scope were known).
    pub suggestion: Option<std::rc::Rc<str>>,
    /// The traceback object `__traceback__` last gave, so that reading it twice gives
    /// the same object while the exception stays where it is.
    pub traceback_object: Option<ObjRef>,
    /// An exception group's `message` and `exceptions`, the tuple of its
    /// sub-exceptions (PEP 654).
    pub group: Option<(Value, Value)>,
    /// `__notes__`, the list `add_note` appends to (PEP 678).
    pub notes: Option<Value>,
}

impl ExceptionObject {
    pub fn new(ty: TypeId, args: Vec<Value>) -> Self {
        ExceptionObject {
            ty,
            args,
            traceback: Vec::new(),
            cause: None,
            context: None,
            suppress_context: false,
            name: None,
            obj: None,
            class: None,
            dict: None,
            slots: Vec::new(),
            suggestion: None,
            traceback_object: None,
            group: None,
            notes: None,
        }
    }

    pub fn for_each_value(&self, mut visit: impl FnMut(Value)) {
        self.args.iter().for_each(|&v| visit(v));
        self.cause
            .into_iter()
            .chain(self.context)
            .chain(self.name)
            .chain(self.obj)
            .chain(self.class.map(Value::Obj))
            .chain(self.dict.map(Value::Obj))
            .chain(self.traceback_object.map(Value::Obj))
            .chain(self.group.map(|(message, _)| message))
            .chain(self.group.map(|(_, exceptions)| exceptions))
            .chain(self.notes)
            .chain(self.slots.iter().flatten().copied())
            .for_each(visit);
    }
}

/// Why a run was stopped by a budget rather than by the program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BudgetExceeded {
    Steps(u64),
    HeapObjects(usize),
    Output(usize),
    IntBits(u64),
}

impl BudgetExceeded {
    pub fn message(&self) -> String {
        match self {
            BudgetExceeded::Steps(n) => format!("stopped after {n} steps (step budget reached)"),
            BudgetExceeded::HeapObjects(n) => {
                format!("stopped: more than {n} live objects (heap budget reached)")
            }
            BudgetExceeded::Output(n) => {
                format!("stopped: more than {n} bytes of output (output budget reached)")
            }
            BudgetExceeded::IntBits(n) => {
                format!("stopped: an int would need more than {n} bits (int size budget reached)")
            }
        }
    }
}

/// The error channel of everything that runs Python: a Python exception instance that
/// code may catch, or a budget stop that no `except` can catch.
#[derive(Clone, Debug)]
pub enum Exception {
    Raised(ObjRef),
    Budget(BudgetExceeded),
}
