//! What a heap slot holds.

use super::code::CodeObject;
use super::dict::Dict;
use super::exception::ExceptionObject;
use super::heap::ObjRef;
use super::native::NativeFunction;
use super::str_text::{CountedBuffers, StrText};
use super::types::TypeId;
use super::value::Value;
use num_bigint::BigInt;
use std::rc::Rc;

/// A `str`. The text is immutable and shared (see [`StrText`] for how `s += t` grows
/// it); the length in characters is computed once, and the hash the first time it is
/// needed (most strs are never hashed).
#[derive(Clone, Debug)]
pub struct PyStr {
    text: StrText,
    hash: std::cell::Cell<u64>,
    /// `len(s)`: the number of characters (equal to the byte length when ASCII).
    pub char_len: usize,
}

/// Marks a hash not computed yet (`hash_str` never returns it).
const HASH_UNKNOWN: u64 = u64::MAX;

impl PyStr {
    pub fn new(text: Rc<str>) -> PyStr {
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text: StrText::whole(text),
            hash: std::cell::Cell::new(HASH_UNKNOWN),
            char_len,
        }
    }

    /// `self + tail`, for the str that will get id `made_by`; with `may_append`, by
    /// appending to a buffer this str shares. Also the bytes it newly takes (see
    /// [`StrText::concat`]).
    pub fn concat(&self, tail: &PyStr, made_by: u64, may_append: bool) -> (PyStr, usize) {
        let (text, new_bytes) = self.text.concat(tail.text(), made_by, may_append);
        let joined = PyStr {
            text,
            hash: std::cell::Cell::new(HASH_UNKNOWN),
            char_len: self.char_len + tail.char_len,
        };
        (joined, new_bytes)
    }

    pub fn text(&self) -> &Rc<str> {
        self.text.as_rc()
    }

    pub fn byte_len(&self) -> usize {
        self.text.byte_len()
    }

    /// What the str adds to the heap's size (see [`StrText::heap_bytes`]).
    pub fn heap_bytes(&self, counted: &mut CountedBuffers, next_id: u64) -> usize {
        self.text.heap_bytes(counted, next_id)
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.byte_len()
    }

    /// The str's hash (CPython's), computed once.
    pub fn hash(&self) -> u64 {
        let known = self.hash.get();
        if known != HASH_UNKNOWN {
            return known;
        }
        let hash = super::hashing::hash_str(self.text());
        self.hash.set(hash);
        hash
    }
}

/// A function made by `def` or `lambda` (or a comprehension's hidden function).
#[derive(Clone, Debug)]
pub struct Function {
    pub code: Rc<CodeObject>,
    /// The code object on the heap, which `__code__` returns (the same for every
    /// function made from one `def`).
    pub code_object: ObjRef,
    pub name: Value,
    pub qualname: Value,
    /// `__defaults__`: a tuple, evaluated once when the `def` ran.
    pub defaults: Option<ObjRef>,
    /// `__kwdefaults__`: a dict from keyword-only parameter name to default.
    pub kwdefaults: Option<ObjRef>,
    /// `__annotations__`: parameter names (and `return`) to their annotations,
    /// evaluated when the `def` ran.
    pub annotations: Option<ObjRef>,
    /// `__closure__`: a tuple of cells in `co_freevars` order.
    pub closure: Option<ObjRef>,
    /// The module's globals dict the function reads free names from.
    pub globals: ObjRef,
    pub doc: Value,
    pub module: Value,
    /// `__dict__`, made on the first attribute assignment.
    pub dict: Option<ObjRef>,
    /// This object's number among the functions made under its name, 1-based.
    pub definition: u32,
    /// How many times it has been called.
    pub calls: u32,
}

/// Where a generator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneratorState {
    Created,
    Suspended,
    Running,
    Finished,
}

/// A generator object. While it runs, its frame is on the frame stack and `frame` is
/// `None`; while suspended, the frame and its slice of the operand stack live here.
#[derive(Clone, Debug)]
pub struct Generator {
    pub frame: Option<Box<crate::runtime::vm::Frame>>,
    pub saved_stack: Vec<Value>,
    pub state: GeneratorState,
    pub code: Rc<CodeObject>,
    pub qualname: Value,
    /// What the body returned, for the StopIteration that ends it.
    pub return_value: Value,
    /// `gi_code`: the code object of the generator function.
    pub code_object: Option<ObjRef>,
    /// A coroutine (the call of an `async def`) and an async generator (one that
    /// also yields) run on the same machinery, with their own types and rules.
    pub kind: GeneratorKind,
    /// What only an async generator keeps (CPython's `ag_running_async`, `ag_closed`
    /// and whether its first iteration ran the `firstiter` hook).
    pub async_flags: AsyncGenFlags,
}

/// Which of the three objects a suspendable frame belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneratorKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GeneratorKind {
    /// The noun CPython's messages use: "generator already executing".
    pub fn noun(self) -> &'static str {
        match self {
            GeneratorKind::Generator => "generator",
            GeneratorKind::Coroutine => "coroutine",
            GeneratorKind::AsyncGenerator => "async generator",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AsyncGenFlags {
    /// An `__anext__()`, `asend()`, `athrow()` or `aclose()` awaitable is running it.
    pub running_async: bool,
    /// It finished by StopAsyncIteration or GeneratorExit, or `aclose()` began.
    pub closed: bool,
    /// Its first step ran, with the `firstiter` hook of `sys.set_asyncgen_hooks`.
    pub hooks_initialised: bool,
}

impl Generator {
    pub fn is_coroutine(&self) -> bool {
        self.kind == GeneratorKind::Coroutine
    }

    /// A plain generator: iterable with `next()`, unlike the asynchronous two.
    pub fn is_iterable(&self) -> bool {
        self.kind == GeneratorKind::Generator
    }
}

/// What an async generator's awaitable does when it is first awaited (PEP 525): an
/// `__anext__()` or `asend(value)` sends, an `athrow(...)` throws, an `aclose()` throws
/// GeneratorExit and expects the generator to finish.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AsyncGenAction {
    Send(Value),
    Throw(ObjRef),
    Close,
}

/// Where such an awaitable is: CPython's AWAITABLE_STATE_INIT, _ITER and _CLOSED.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitableState {
    Init,
    Iter,
    Closed,
}

/// `async_generator_asend` or `async_generator_athrow`: awaiting it runs the async
/// generator to its next `yield`, whose value ends the await.
#[derive(Clone, Debug)]
pub struct AsyncGenStep {
    pub generator: ObjRef,
    pub action: AsyncGenAction,
    pub state: AwaitableState,
    /// The value the await ended with, read by the awaiting frame's GeneratorResult.
    pub result: Value,
}

/// A class made by a `class` statement.
#[derive(Clone, Debug)]
pub struct ClassObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Value,
    /// `__bases__`: classes or built-in type objects.
    pub bases: Vec<Value>,
    /// `__mro__`, the class itself first, by C3 linearisation.
    pub mro: Vec<Value>,
    /// The class namespace (`__dict__`).
    pub dict: ObjRef,
    /// The stable id of the namespace the class body filled, which `type.__new__`
    /// copies into `dict`: what links the body's bindings to the class's attributes
    /// when a debugger asks where an attribute was set. `None` for native classes.
    pub body_namespace: Option<u64>,
    /// The built-in type its instances are made of: `object`, or an exception class.
    pub builtin_base: TypeId,
    /// `type(cls)` when it is a user-defined metaclass; `None` means `type`. The
    /// collector reaches it through `Vm::lasting_roots`.
    pub metaclass: Option<ObjRef>,
    /// CPython's `Py_TPFLAGS_SEQUENCE` or `Py_TPFLAGS_MAPPING` as an ABC set it
    /// (`collections.abc.Sequence`, a class registered with `Mapping`): which of
    /// `match`'s sequence and mapping patterns the instances take.
    pub collection_flag: Option<CollectionFlag>,
    /// Where its instances keep their attributes, as `__slots__` decided.
    pub layout: SlotLayout,
}

/// What `type.__new__` decides about the instances of a class from the `__slots__`
/// of the class and its bases (CPython's `tp_dictoffset`, `tp_weaklistoffset` and
/// member slots).
#[derive(Clone, Debug)]
pub struct SlotLayout {
    /// Every slot an instance has, inherited ones first: a member descriptor reads
    /// the value at its index.
    pub names: Rc<[Rc<str>]>,
    /// Whether instances have a `__dict__`.
    pub has_dict: bool,
    /// Whether instances can be weakly referenced (a `__weakref__` slot).
    pub has_weakref: bool,
    /// CPython's `solid_base`: the nearest class up the chain of layouts that adds
    /// slots of its own (or the built-in type the layout starts from). Two bases
    /// whose solid bases are not in one line cannot share an instance layout.
    pub solid_base: Value,
}

/// `C.x` for a `__slots__` name `x`: CPython's `member_descriptor`, reading and
/// writing the value at `index` of an instance's slots.
#[derive(Clone, Debug)]
pub struct MemberDescriptor {
    /// The class whose `__slots__` declared it (`__objclass__`).
    pub owner: ObjRef,
    pub name: Rc<str>,
    pub index: usize,
}

/// A class's answer to `match`'s sequence and mapping patterns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CollectionFlag {
    Sequence,
    Mapping,
}

/// An instance of a class (one that is not an exception).
#[derive(Clone, Debug)]
pub struct Instance {
    pub class: ObjRef,
    pub dict: ObjRef,
    /// For a subclass of a built-in type (`class Stack(list)`), the built-in value the
    /// instance extends; its methods and operators act on it.
    pub base_value: Option<Value>,
    /// The values of its `__slots__`, by the index of their member descriptor;
    /// `None` (or an index past the end) is a slot never set or deleted.
    pub slots: Vec<Option<Value>>,
}

/// `range(start, stop, step)`; step is never zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RangeObject {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObject {
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (
            i128::from(self.start),
            i128::from(self.stop),
            i128::from(self.step),
        );
        let (lo, hi, step) = if step > 0 {
            (start, stop, step)
        } else {
            (stop, start, -step)
        };
        if lo >= hi {
            0
        } else {
            ((hi - lo - 1) / step + 1).min(i128::from(i64::MAX)) as i64
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn item(&self, index: i64) -> i64 {
        self.start.saturating_add(self.step.saturating_mul(index))
    }
}

/// The state of a built-in iterator: what it walks and how far it got.
#[derive(Clone, Debug)]
pub enum IterState {
    /// Over a list or tuple by index, so appending while iterating behaves as in Python.
    Seq {
        seq: ObjRef,
        index: usize,
        ty: TypeId,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    BigRange(Box<super::big_range::BigRangeIter>),
    /// Over the characters of a str, by byte offset.
    Str {
        text: Rc<str>,
        offset: usize,
    },
    /// Over a dict's (or set's) entries by entry index; `kind` picks keys, values or items.
    DictEntries {
        dict: ObjRef,
        index: usize,
        kind: DictView,
        expected_len: usize,
        /// How many entries came out: a dict yielding more than it had when iteration
        /// began has had keys deleted and others added ("keys changed").
        yielded: usize,
    },
    /// `iter(callable, sentinel)`: calls until the sentinel comes back. Lazy built-ins
    /// (`map`, `zip`, ...) are callable iterators too, reporting their own `ty`.
    Callable {
        func: Value,
        sentinel: Value,
        ty: TypeId,
    },
    /// The old sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError.
    Indexing {
        object: Value,
        index: i64,
    },
    /// A snapshot of values (used by built-ins that produce a fixed sequence).
    Values {
        items: Rc<[Value]>,
        index: usize,
    },
    /// An iterator that has ended; it keeps the type it had (`list_iterator`, `map`).
    Exhausted {
        ty: TypeId,
    },
}

impl IterState {
    /// Ends the iteration for good: every later `next()` finds nothing.
    pub fn exhaust(&mut self) {
        *self = IterState::Exhausted {
            ty: iterator_type(self),
        };
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

/// A module: its name and its globals dict.
#[derive(Clone, Debug)]
pub struct Module {
    pub name: Rc<str>,
    pub dict: ObjRef,
}

/// A list's items: shared in pages between checkpoints once the list is long, so a
/// write after a checkpoint copies one page of 32 items, not the whole list.
pub type ListItems = super::paged_vec::PagedVec<Value, 32>;

#[derive(Clone, Debug)]
pub enum Object {
    Str(PyStr),
    /// A `complex` number.
    Complex(super::ops::Complex),
    /// A `bytes` value: immutable, shared.
    Bytes(Rc<[u8]>),
    BigInt(Rc<BigInt>),
    List(ListItems),
    Tuple(Rc<[Value]>),
    Dict(Dict),
    /// A set or frozenset: a dict whose values are unused.
    Set {
        items: Dict,
        frozen: bool,
    },
    Range(RangeObject),
    /// A range whose bounds or length pass i64 (`range(2**64)`).
    BigRange(Box<super::big_range::BigRange>),
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Function(Box<Function>),
    /// A cell: the box a closure shares with the frame that created the variable.
    Cell(Option<Value>),
    Native(NativeFunction),
    /// A method bound to its receiver: `[].append`, or a function bound to an instance.
    BoundMethod {
        receiver: Value,
        function: Value,
    },
    Module(Module),
    Type(TypeId),
    Exception(Box<ExceptionObject>),
    Code(Rc<CodeObject>),
    Iterator(IterState),
    /// A view over a dict: `d.keys()`, `d.values()`, `d.items()`.
    DictView {
        dict: ObjRef,
        kind: DictView,
    },
    /// A generator: a suspended frame and the operand stack it had.
    Generator(Box<Generator>),
    Class(Box<ClassObject>),
    Instance(Box<Instance>),
    /// `staticmethod(f)`, `classmethod(f)` and `property(fget, fset)` wrappers.
    StaticMethod(Value),
    ClassMethod(Value),
    Property {
        fget: Value,
        fset: Value,
    },
    /// A `__slots__` name's descriptor in its class (`C.x`).
    Member(Box<MemberDescriptor>),
    /// What `super()` returns: look up after `class` in the MRO of `instance`'s class.
    Super {
        class: Value,
        instance: Value,
    },
    /// A generator's frame as `gi_frame` shows it, read live from the generator.
    GeneratorFrame(ObjRef),
    /// An awaitable an async generator's `__anext__`, `asend`, `athrow` or `aclose` made.
    AsyncGenStep(Box<AsyncGenStep>),
    /// A traceback object (`e.__traceback__`), or with `frame` its `tb_frame`: one entry
    /// of an exception's traceback.
    Traceback {
        entry: super::traceback_objects::EntryRef,
        frame: bool,
    },
    /// `sys.stdout` or `sys.stderr`.
    Stream(super::sys_module::StreamKind),
    /// A heap slot that has been freed and waits on the free list.
    Free,
}

impl Object {
    /// The built-in type of the object, as `type(x)` reports it.
    pub fn type_id(&self) -> TypeId {
        match self {
            Object::Str(_) => TypeId::Str,
            Object::Bytes(_) => TypeId::Bytes,
            Object::Complex(_) => TypeId::Complex,
            Object::BigInt(_) => TypeId::Int,
            Object::List(_) => TypeId::List,
            Object::Tuple(_) => TypeId::Tuple,
            Object::Dict(_) => TypeId::Dict,
            Object::Set { frozen: false, .. } => TypeId::Set,
            Object::Set { frozen: true, .. } => TypeId::FrozenSet,
            Object::Range(_) | Object::BigRange(_) => TypeId::Range,
            Object::Slice { .. } => TypeId::Slice,
            Object::Function(_) => TypeId::Function,
            Object::Cell(_) => TypeId::Cell,
            Object::Native(_) => TypeId::BuiltinFunction,
            Object::BoundMethod { .. } => TypeId::Method,
            Object::Module(_) => TypeId::Module,
            Object::Type(_) => TypeId::Type,
            Object::Exception(e) => e.ty,
            Object::Code(_) => TypeId::Code,
            Object::Iterator(state) => iterator_type(state),
            Object::Generator(g) => match g.kind {
                GeneratorKind::Generator => TypeId::Generator,
                GeneratorKind::Coroutine => TypeId::Coroutine,
                GeneratorKind::AsyncGenerator => TypeId::AsyncGenerator,
            },
            Object::AsyncGenStep(step) => match step.action {
                AsyncGenAction::Send(_) => TypeId::AsyncGenASend,
                AsyncGenAction::Throw(_) | AsyncGenAction::Close => TypeId::AsyncGenAThrow,
            },
            Object::Stream(_) => TypeId::TextStream,
            Object::GeneratorFrame(_) => TypeId::Frame,
            Object::Traceback { frame: true, .. } => TypeId::Frame,
            Object::Traceback { frame: false, .. } => TypeId::Traceback,
            Object::Class(_) => TypeId::Type,
            Object::Instance(_) => TypeId::Object,
            Object::StaticMethod(_) => TypeId::StaticMethod,
            Object::ClassMethod(_) => TypeId::ClassMethod,
            Object::Property { .. } => TypeId::Property,
            Object::Member(_) => TypeId::MemberDescriptor,
            Object::Super { .. } => TypeId::Super,
            Object::DictView {
                kind: DictView::Keys,
                ..
            } => TypeId::DictKeys,
            Object::DictView {
                kind: DictView::Values,
                ..
            } => TypeId::DictValues,
            Object::DictView {
                kind: DictView::Items,
                ..
            } => TypeId::DictItems,
            Object::Free => TypeId::Object,
        }
    }
}

fn iterator_type(state: &IterState) -> TypeId {
    match state {
        IterState::Seq { ty, .. } => *ty,
        IterState::Range { .. } => TypeId::RangeIterator,
        IterState::BigRange(_) => TypeId::LongRangeIterator,
        IterState::Str { .. } => TypeId::StrIterator,
        IterState::DictEntries { .. } => TypeId::DictKeyIterator,
        IterState::Callable { ty, .. } | IterState::Exhausted { ty } => *ty,
        IterState::Indexing { .. } | IterState::Values { .. } => TypeId::Iterator,
    }
}
