//! Code objects: the compiled form of a module, function, lambda or comprehension.

use super::value::Value;
use crate::syntax::ast::{CmpOperator, Operator, UnaryOperator};
use std::rc::Rc;

/// One bytecode instruction. Operands are indexes into the code object's tables or
/// jump targets (instruction indexes).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    LoadConst(u32),
    /// Fast locals, indexed like `co_varnames`.
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells, indexed over `co_cellvars` then `co_freevars`.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Pushes the cell itself, to build a closure tuple.
    LoadClosure(u32),
    /// Globals then builtins, by `co_names` index.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// A class body's names: its namespace, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// Pops `n` bases, the class name and the body function (and first, with the
    /// `CLASS_KEYWORDS` bit, a dict of the class keywords such as `metaclass=`);
    /// pushes what `FinishClass` needs and starts the body's frame.
    BuildClass(u32),
    /// After the class body returned: calls the metaclass, keeping the `__class__`
    /// cell under its result.
    FinishClass,
    /// Pops the new class and the `__class__` cell, fills the cell, pushes the class.
    StoreClassCell,
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Pushes `[callable, receiver]`, or `[attribute, NULL]` when it is not a method.
    LoadMethod(u32),
    CallMethod(u32),
    /// Pops `argc` positional arguments and the callable.
    Call(u32),
    /// Like `Call`, with the last `names.len()` arguments passed by the keyword names
    /// stored in the constant tuple at the second operand.
    CallKw(u32, u32),
    /// `f(*args, **kwargs)`: pops a tuple, an optional dict (flag) and the callable.
    CallEx(bool),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BuildSlice(u32),
    BinaryOp(Operator),
    InplaceOp(Operator),
    UnaryOp(UnaryOperator),
    CompareOp(CmpOperator),
    PopTop,
    /// `single` mode: pops a value and, unless it is None, prints its repr and binds
    /// it to `builtins._` (CPython's PRINT_EXPR through `sys.displayhook`).
    PrintExpr,
    /// Pushes a copy of the n-th item from the top (1 is the top).
    Copy(u32),
    /// Swaps the top with the n-th item from the top.
    Swap(u32),
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    BuildMap(u32),
    /// Rebuilds the set on top of the stack by inserting its members in iteration
    /// order: CPython folds a display of three or more constants into a frozenset
    /// constant, which is built twice, and that fixes the order it iterates in.
    RefoldConstantSet,
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// `**mapping` in a call: like `DictUpdate`, but a key already given is a
    /// TypeError naming the callable, which sits two slots below the dict.
    DictMerge(u32),
    ListToTuple,
    BuildString(u32),
    /// f-string `{value!conversion:spec}`; operand bits: conversion (0 none, 1 s, 2 r,
    /// 3 a) and 4 when a format spec is on the stack.
    FormatValue(u32),
    UnpackSequence(u32),
    /// `a, *b, c = x`: counts before and after the starred target.
    UnpackEx(u32, u32),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Pushes the iterator's next item, or pops the iterator and jumps when exhausted.
    ForIter(u32),
    /// `yield from` and `await` (CPython's SEND): pops the value to send and sends it
    /// into the iterator below, pushing what that yields; when the iterator is done,
    /// pops it and jumps. Returning to it is not a backward jump for line events.
    Send(u32),
    /// `await`: pops an object, pushes the iterator to delegate to (a coroutine itself,
    /// or what `__await__` returns).
    GetAwaitable,
    /// `async with`: pops the manager, pushes its bound `__aexit__`, and calls its
    /// `__aenter__` (whose awaitable lands on the stack).
    BeforeAsyncWith,
    /// `async for`: pops an object, pushes what its `__aiter__` returns.
    GetAIter,
    /// `async for`: with the async iterator on top, pushes the awaitable of its
    /// `__anext__`.
    GetANext,
    /// The handler of an `async for`: a StopAsyncIteration ends the loop (the iterator
    /// and the exception are popped); any other exception is raised again.
    EndAsyncFor,
    /// Pops a code object and, by flag bits, a closure tuple (8), annotations (4),
    /// keyword-only defaults (2) and positional defaults (1).
    MakeFunction(u32),
    ReturnValue,
    /// Suspends the generator, handing the top of the stack to whoever resumed it.
    YieldValue,
    /// `with`: pops the context manager, pushes its bound `__exit__`, and calls its
    /// `__enter__` (whose result lands on the stack).
    BeforeWith,
    /// Pops an iterator; pushes what it returned if it is a finished generator (the
    /// value of `yield from`), else None.
    GeneratorResult,
    /// Pushes an exception handler that catches into the target.
    SetupFinally(u32),
    PopBlock,
    /// Leaves an `except` block: restores the exception that was being handled before.
    PopExcept,
    /// Pops an exception and raises it again, keeping its traceback.
    Reraise,
    /// `Reraise` after a `with` block's `__exit__` declined the exception: the frame
    /// reports the line the exception was raised at (CPython's `RERAISE 2`).
    ReraiseAtOrigin,
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    Raise(u32),
    /// Pops the type, peeks the exception; pushes whether it matches.
    CheckExcMatch,
    /// `except* T`: pops the type; splits the unmatched part on top by it (CPython's
    /// CHECK_EG_MATCH). On a match the part becomes the rest (or None), the match is
    /// pushed and becomes the exception being handled; otherwise jumps.
    CheckEgMatch(u32),
    /// The end of `except*` handlers: pops the list of what they raised (the unmatched
    /// rest last) and the original exception, and raises their combination again
    /// (CPython's PREP_RERAISE_STAR and RERAISE); falls through when nothing is left.
    ReraiseStar,
    LoadAssertionError,
    /// `import name`: pushes the module.
    ImportName(u32),
    /// `from module import name`: pushes the attribute, keeps the module.
    ImportFrom(u32),
    /// `from module import *`: pops the module and binds its public names.
    ImportStar,
    /// Pushes whether the subject on top is a sequence a pattern may match (list,
    /// tuple, range and their subclasses; never str, bytes or bytearray).
    MatchSequence,
    /// Pushes whether the subject on top is a mapping (dict and its subclasses).
    MatchMapping,
    /// Pushes `len()` of the top of the stack, leaving it there.
    GetLen,
    /// With a tuple of keys on the subject: pushes a tuple of the subject's values
    /// for them, or None when one is missing.
    MatchKeys,
    /// With a tuple of keys on the subject: pops both, pushes a dict of the subject's
    /// other items (a mapping pattern's `**rest`).
    CopyDictWithoutKeys,
    /// Pops the keyword names, the class and the subject; pushes a tuple of the
    /// `n` positional and the keyword attributes, or None when the subject does not
    /// match (CPython's MATCH_CLASS).
    MatchClass(u32),
    /// A construct that parses but does not run yet; the constant is its name.
    Unsupported(u32),
}

/// The bit of `BuildClass`'s operand saying a dict of class keywords is on the stack.
pub const CLASS_KEYWORDS: u32 = 1 << 31;

/// Where an instruction came from: the source span of its AST node, and for binary
/// operations and subscripts the end of the left operand and the start of the right,
/// which CPython 3.11's traceback uses to place `~` and `^`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub start: u32,
    pub end: u32,
    pub left_end: u32,
    pub right_start: u32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkeywords: bool,
    pub generator: bool,
    /// `async def`: calling it makes a coroutine (`generator` is true as well, since the
    /// frame suspends the same way).
    pub coroutine: bool,
    /// An `async def` that yields, or a generator expression that awaits: calling it
    /// makes an async generator (`coroutine` is true as well).
    pub async_generator: bool,
    /// A comprehension's hidden function (`<listcomp>` and friends).
    pub comprehension: bool,
    pub module: bool,
    /// Code of a module written in Python that ships with the interpreter: its frames
    /// report no trace events and are hidden from snapshots and tracebacks, since the
    /// learner is shown only their own program.
    pub library: bool,
    /// Code that `compile`, `exec` or `eval` compiled while the program ran: its file is
    /// not the program in the editor, even when both are called `<string>`.
    pub compiled_at_run_time: bool,
    /// `compile(..., "eval")` code: it returns its expression's value, which `exec`
    /// throws away.
    pub returns_expression: bool,
}

/// A name in `co_names`, with its str hash computed once.
#[derive(Clone, Debug)]
pub struct Name {
    pub text: Rc<str>,
    pub value: Value,
    pub hash: u64,
}

#[derive(Clone, Debug, Default)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub instructions: Vec<Instr>,
    pub positions: Vec<Position>,
    /// Constants, already on the heap (as permanent objects).
    pub constants: Vec<Value>,
    pub names: Vec<Name>,
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// Parameters that are also cell variables: (cell index, parameter slot). Their
    /// values move into fresh cells on entry, as CPython's MAKE_CELL does.
    pub cell_parameters: Vec<(u32, u32)>,
    pub docstring: Value,
}

impl CodeObject {
    /// The number of parameter slots, `*args` and `**kwargs` included.
    pub fn total_parameters(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
            + usize::from(self.flags.varargs)
            + usize::from(self.flags.varkeywords)
    }

    pub fn line_of(&self, instruction: usize) -> u32 {
        self.positions
            .get(instruction)
            .map_or(self.firstlineno, |p| p.line)
    }

    /// `co_flags` as CPython numbers them.
    pub fn flag_bits(&self) -> i64 {
        if self.flags.module {
            return 0;
        }
        let mut bits = 0x1 | 0x2;
        if self.flags.varargs {
            bits |= 0x4;
        }
        if self.flags.varkeywords {
            bits |= 0x8;
        }
        if self.flags.async_generator {
            bits |= 0x200;
        } else if self.flags.coroutine {
            bits |= 0x80;
        } else if self.flags.generator {
            bits |= 0x20;
        }
        bits
    }
}
