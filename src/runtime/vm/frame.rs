//! A running function's state: where it is, its fast locals, its cells and its
//! exception handlers.

use crate::runtime::code::CodeObject;
use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;
use std::rc::Rc;

/// What an entry of a frame's handler stack does when an exception arrives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `try` body: jump to the handler with the exception pushed.
    Handler,
    /// Inside an `except` or exceptional `finally` body: remembers the exception that
    /// was being handled before, to restore it on the way out.
    Handling { previous: Option<ObjRef> },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Operand stack height to cut back to, relative to the frame's stack base (a
    /// generator's frame resumes at a different base).
    pub stack_height: u32,
}

#[derive(Clone, Debug)]
pub struct Frame {
    pub code: Rc<CodeObject>,
    /// The next instruction to run.
    pub pc: u32,
    /// The instruction that ran last, for line events and tracebacks.
    pub last_pc: u32,
    pub stack_base: u32,
    /// Fast locals in `co_varnames` order; `None` is unbound.
    pub locals: Vec<Option<Value>>,
    /// Cell objects: `co_cellvars` then `co_freevars`.
    pub cells: Vec<ObjRef>,
    /// The function being run (`None` for the module).
    pub function: Option<ObjRef>,
    pub globals: ObjRef,
    pub blocks: Vec<Block>,
    /// The line of the last line event, so a line fires only when it changes.
    pub traced_line: u32,
    /// Slots of `locals` other than parameters, in the order they were first bound,
    /// for snapshots; parameters are bound first, in order.
    pub binding_order: Vec<u32>,
    /// The generator this frame runs for, if any.
    pub generator: Option<ObjRef>,
    /// A class body's namespace, which its names are read from and bound in.
    pub namespace: Option<ObjRef>,
    /// For an `__init__` run by calling a class: the new instance, which the call
    /// returns instead of `__init__`'s None.
    pub init_instance: Option<Value>,
    /// Which call of its function object this frame is, 1-based; 0 for the module.
    pub call_number: u32,
    /// The dict `locals()` returns in a function frame, made on its first call.
    pub locals_dict: Option<ObjRef>,
    /// For a `__new__` run by calling a class: what `__init__` gets once it returns.
    pub after_new: Option<Box<PendingInit>>,
    /// A generator suspended inside an `except` body: the exception it was handling,
    /// which `sys.exc_info()` reports again once it resumes.
    pub suspended_handling: Option<ObjRef>,
    /// The frame's identity for traceback objects, given when an exception first
    /// leaves a traceback entry in it (0 until then): `tb_frame` reads a frame still
    /// running live.
    pub serial: u64,
    /// For code `exec` or `eval` compiled at run time: its code object on the heap,
    /// which keeps the code's constants alive while the frame runs.
    pub code_object: Option<ObjRef>,
}

/// A class call waiting for its `__new__` to return: then `__init__(obj, *args)`
/// runs if `__new__` gave an instance of the class.
#[derive(Clone, Debug)]
pub struct PendingInit {
    pub class: ObjRef,
    pub args: Vec<Value>,
    pub kwargs: crate::runtime::native::KwArgs,
}

impl Frame {
    pub fn new(
        code: Rc<CodeObject>,
        globals: ObjRef,
        function: Option<ObjRef>,
        stack_base: u32,
    ) -> Self {
        let locals = vec![None; code.varnames.len()];
        Frame::with_locals(code, globals, function, stack_base, locals)
    }

    /// A frame whose locals buffer is given (reused from a finished frame).
    pub fn with_locals(
        code: Rc<CodeObject>,
        globals: ObjRef,
        function: Option<ObjRef>,
        stack_base: u32,
        locals: Vec<Option<Value>>,
    ) -> Self {
        Frame {
            code,
            pc: 0,
            last_pc: 0,
            stack_base,
            locals,
            cells: Vec::new(),
            function,
            globals,
            blocks: Vec::new(),
            traced_line: 0,
            binding_order: Vec::new(),
            generator: None,
            namespace: None,
            init_instance: None,
            call_number: 0,
            locals_dict: None,
            after_new: None,
            suspended_handling: None,
            serial: 0,
            code_object: None,
        }
    }

    pub fn current_line(&self) -> u32 {
        // A generator thrown into (or closed) before it started has run nothing:
        // CPython 3.11 reports it at its `def` line, where its RESUME is.
        if self.pc == 0 && self.generator.is_some() {
            return self.code.firstlineno;
        }
        self.code.line_of(self.last_pc as usize)
    }

    /// Every value the frame keeps alive, for the collector.
    pub fn roots(&self, out: &mut Vec<Value>) {
        out.extend(self.locals.iter().flatten());
        out.extend(self.cells.iter().map(|&c| Value::Obj(c)));
        out.extend(self.function.map(Value::Obj));
        out.push(Value::Obj(self.globals));
        out.extend(self.generator.map(Value::Obj));
        out.extend(self.namespace.map(Value::Obj));
        out.extend(self.init_instance);
        out.extend(self.locals_dict.map(Value::Obj));
        if let Some(pending) = &self.after_new {
            out.push(Value::Obj(pending.class));
            out.extend(pending.args.iter().copied());
            out.extend(pending.kwargs.0.iter().map(|&(_, v)| v));
        }
        out.extend(self.suspended_handling.map(Value::Obj));
        out.extend(self.code_object.map(Value::Obj));
        for block in &self.blocks {
            if let BlockKind::Handling { previous: Some(e) } = block.kind {
                out.push(Value::Obj(e));
            }
        }
    }
}
