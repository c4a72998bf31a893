//! What each scope's own code does with names, in the order it runs: the facts every
//! pitfall check reads. A scope's events never include what its nested functions do;
//! those have events of their own.

use crate::scope::ScopeId;
use crate::syntax::Span;

/// Where the value of an expression goes once it is computed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sink {
    /// An expression statement: the value is dropped.
    Discarded,
    /// The callee of a call: the function runs now.
    Called,
    /// An operand, a test, or an argument to a call we know nothing about.
    Used,
    /// Assigned to a plain name of the same scope.
    Bound(String),
    /// The value outlives the statement.
    Escapes(Escape),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escape {
    Returned,
    Yielded,
    /// Stored in a subscript or an attribute.
    Stored,
    /// Handed to a method that keeps it, such as `append` or `setdefault`.
    Appended,
    /// An element of a comprehension or of a collection built from one.
    Collected,
    /// Handed over as a callback (`command=…`, `bus.subscribe(…)`), to be called later.
    Registered,
}

impl Escape {
    /// How a sentence says it: "the lambda is appended to a container".
    pub fn phrase(self) -> &'static str {
        match self {
            Escape::Returned => "returned",
            Escape::Yielded => "yielded",
            Escape::Stored => "stored",
            Escape::Appended => "added to a container",
            Escape::Collected => "collected by a comprehension",
            Escape::Registered => "registered as a callback",
        }
    }
}

/// The statement that binds a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteKind {
    Assign,
    AugAssign,
    AnnAssign,
    For,
    With,
    Except,
    Import,
    Def,
    Delete,
    Walrus,
    /// A capture pattern of a `case`.
    Match,
}

/// The name `break` events are filed under: none, since no identifier is empty.
pub const BREAK_NAME: &str = "";

#[derive(Clone, Debug, PartialEq)]
pub enum EventKind {
    Read(Sink),
    Write(WriteKind),
    /// The object the name refers to is changed in place: `name.append(…)`,
    /// `name[k] = v`, `name += …`; the string says how.
    Mutate(String),
    /// The name's object is stored under an attribute path such as `self.items`.
    StoredAs(String),
    /// A `break` leaves the innermost loop.
    Break,
    /// A `def` or `lambda` creates a function object here; `name` of the event is the
    /// function's name.
    Closure {
        scope: ScopeId,
        sink: Sink,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub name: String,
    pub span: Span,
    pub kind: EventKind,
    /// The loops of this scope that enclose the event, outermost first, as indices
    /// into `Facts::loops`.
    pub loops: Vec<usize>,
    /// The arms of the `if` statements of this scope that enclose the event, outermost
    /// first: an `if` numbered in walking order, and `true` for its body, `false` for
    /// its `else`.
    pub branches: Vec<(usize, bool)>,
}

impl Event {
    pub fn is_read(&self) -> bool {
        matches!(self.kind, EventKind::Read(_))
    }

    pub fn is_write(&self) -> bool {
        matches!(self.kind, EventKind::Write(_))
    }

    pub fn in_loop(&self, id: usize) -> bool {
        self.loops.contains(&id)
    }

    /// True when the two events sit in different arms of one `if`: no single run of
    /// the scope's code reaches both.
    pub fn excludes(&self, other: &Event) -> bool {
        self.branches.iter().any(|(id, arm)| {
            other
                .branches
                .iter()
                .any(|(other_id, other_arm)| id == other_id && arm != other_arm)
        })
    }
}

/// A parameter with a default value, as the `def` or `lambda` wrote it.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamDefault {
    pub param: String,
    pub default: Span,
    /// "list", "dict" or "set" when the default builds a new mutable object.
    pub mutable_kind: Option<&'static str>,
}

/// The facts of one scope.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScopeFacts {
    pub events: Vec<Event>,
    pub defaults: Vec<ParamDefault>,
    /// The first statement of a function's body after its docstring: where a
    /// `nonlocal` or an `if param is None` goes.
    pub body_start: Option<Span>,
    /// The `(` … `)` parameter list's insertion point for a new parameter, when it can
    /// be found: just after the last parameter or default, or just inside `(`.
    pub param_insert: Option<ParamInsert>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParamInsert {
    pub offset: u32,
    /// Whether a parameter is already there, so the new one needs a comma first.
    pub after_others: bool,
}

/// All facts of a program: one entry per scope of the symbol table, plus its loops.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    pub scopes: Vec<ScopeFacts>,
    pub loops: Vec<LoopInfo>,
    /// `from module import *` somewhere: any global may exist without being named.
    pub star_import: bool,
}

/// A `for` or `while` statement, or one `for` of a comprehension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoopInfo {
    pub span: Span,
    /// How many `if` arms of its scope enclose the loop: an event in the loop with
    /// more arms than this is made only in some iterations.
    pub branch_depth: usize,
}

impl Facts {
    pub fn of(&self, scope: ScopeId) -> Option<&ScopeFacts> {
        self.scopes.get(scope.index())
    }
}
