//! Building one code object: emitting instructions with their source positions,
//! labels and jump patching, and the constant and name tables.

use crate::runtime::code::{CodeFlags, CodeObject, Instr, Name, Position};
use crate::runtime::hashing::hash_str;
use crate::runtime::heap::Heap;
use crate::runtime::object::{Object, PyStr};
use crate::runtime::value::Value;
use crate::syntax::{LineIndex, Span};
use std::rc::Rc;

/// A jump target not yet placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(usize);

/// What a `return`, `break` or `continue` has to undo on its way out of a block,
/// CPython's "frame blocks".
#[derive(Clone, Debug)]
pub enum FrameBlock {
    /// A loop; `continue` jumps to `start`, `break` to `end`. A `for` loop keeps its
    /// iterator on the stack.
    Loop {
        start: Label,
        end: Label,
        has_iterator: bool,
    },
    /// A `try` body whose `finally` must run on the way out.
    TryFinally {
        finalbody: Rc<Vec<crate::syntax::ast::Stmt>>,
    },
    /// A `try` body with `except` handlers: just a handler to pop.
    TryExcept,
    /// An `except` body; `name` is the `as` target to clear on the way out.
    HandlerBody {
        name: Option<String>,
        has_cleanup: bool,
    },
    /// A `finally` body running because of an exception, which sits on the stack.
    FinallyDuringException,
    /// A `with` body: leaving it calls `__exit__(None, None, None)` (awaited for
    /// `async with`), which sits on the stack below the body's values; the call has
    /// the `with` statement's position.
    With { position: Position, is_async: bool },
}

pub struct CodeBuilder {
    pub code: CodeObject,
    labels: Vec<Option<u32>>,
    /// Jumps waiting for their label: (instruction index, label).
    pending: Vec<(usize, Label)>,
    pub position: Position,
    pub blocks: Vec<FrameBlock>,
}

impl CodeBuilder {
    pub fn new(
        name: &str,
        qualname: &str,
        filename: Rc<str>,
        firstlineno: u32,
        flags: CodeFlags,
    ) -> Self {
        let code = CodeObject {
            name: name.into(),
            qualname: qualname.into(),
            filename,
            firstlineno,
            flags,
            ..CodeObject::default()
        };
        CodeBuilder {
            code,
            labels: Vec::new(),
            pending: Vec::new(),
            position: Position::default(),
            blocks: Vec::new(),
        }
    }

    pub fn emit(&mut self, instr: Instr) -> usize {
        self.code.instructions.push(instr);
        self.code.positions.push(self.position);
        self.code.instructions.len() - 1
    }

    /// Emits an instruction that belongs to no line (CPython's artificial
    /// instructions): it never starts a line event.
    pub fn emit_lineless(&mut self, instr: Instr) {
        let saved = self.position;
        self.position.line = 0;
        self.emit(instr);
        self.position = saved;
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    pub fn place(&mut self, label: Label) {
        if let Some(slot) = self.labels.get_mut(label.0) {
            *slot = Some(self.code.instructions.len() as u32);
        }
    }

    /// Emits a jump-like instruction built from its target.
    pub fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        let index = self.emit(make(0));
        self.pending.push((index, label));
    }

    pub fn set_position(&mut self, index: &LineIndex, span: Span) {
        self.position = Position {
            line: index.line_of(span.start as usize),
            start: span.start,
            end: span.end,
            left_end: 0,
            right_start: 0,
        };
    }

    pub fn constant(&mut self, value: Value) -> u32 {
        if let Some(i) = self
            .code
            .constants
            .iter()
            .position(|&c| same_constant(c, value))
        {
            return i as u32;
        }
        self.code.constants.push(value);
        self.code.constants.len() as u32 - 1
    }

    /// A str constant, shared with an equal one already in the table.
    pub fn str_constant(&mut self, heap: &mut Heap, text: &str) -> u32 {
        let existing = self.code.constants.iter().position(|&c| match c {
            Value::Obj(r) => matches!(heap.get(r), Object::Str(s) if &**s.text() == text),
            _ => false,
        });
        if let Some(i) = existing {
            return i as u32;
        }
        let value = alloc_str(heap, text);
        self.constant(value)
    }

    pub fn name(&mut self, heap: &mut Heap, text: &str) -> u32 {
        if let Some(i) = self.code.names.iter().position(|n| &*n.text == text) {
            return i as u32;
        }
        let value = alloc_str(heap, text);
        self.code.names.push(Name {
            text: text.into(),
            value,
            hash: hash_str(text),
        });
        self.code.names.len() as u32 - 1
    }

    /// Resolves every jump and hands over the finished code object.
    pub fn finish(mut self) -> CodeObject {
        for (index, label) in std::mem::take(&mut self.pending) {
            let target = self.labels.get(label.0).copied().flatten().unwrap_or(0);
            if let Some(instr) = self.code.instructions.get_mut(index) {
                *instr = retarget(*instr, target);
            }
        }
        self.code
    }
}

pub fn alloc_str(heap: &mut Heap, text: &str) -> Value {
    Value::Obj(heap.alloc(Object::Str(PyStr::new(text.into()))))
}

/// Constants are shared only when they are the same value of the same type
/// (`1` and `1.0` and `True` stay distinct, as in CPython's constant table).
fn same_constant(a: Value, b: Value) -> bool {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Obj(_), _) | (_, Value::Obj(_)) => false,
        _ => a == b,
    }
}

fn retarget(instr: Instr, target: u32) -> Instr {
    match instr {
        Instr::Jump(_) => Instr::Jump(target),
        Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
        Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
        Instr::ForIter(_) => Instr::ForIter(target),
        Instr::Send(_) => Instr::Send(target),
        Instr::SetupFinally(_) => Instr::SetupFinally(target),
        Instr::CheckEgMatch(_) => Instr::CheckEgMatch(target),
        other => other,
    }
}
