//! The built-in types, exception classes among them, as one table.
//!
//! Every built-in type is a heap object allocated when the interpreter starts, in the
//! order of [`TypeId`], so the heap slot of a type is its `TypeId` and finding it costs
//! nothing. Exception classes carry their base so `except LookupError` catches a
//! `KeyError`, as Python's class hierarchy says.

macro_rules! builtin_types {
    ($($variant:ident => $name:literal : $base:ident),* $(,)?) => {
        /// A built-in type. The order is the order of allocation at start-up.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum TypeId { $($variant),* }

        impl TypeId {
            pub const ALL: &'static [TypeId] = &[$(TypeId::$variant),*];

            /// The type's `__name__`.
            pub fn name(self) -> &'static str {
                match self { $(TypeId::$variant => $name),* }
            }

            /// The type's single base class; `object` is its own root.
            pub fn base(self) -> TypeId {
                match self { $(TypeId::$variant => TypeId::$base),* }
            }
        }
    };
}

builtin_types! {
    Object => "object": Object,
    Type => "type": Object,
    NoneType => "NoneType": Object,
    Bool => "bool": Int,
    Int => "int": Object,
    Float => "float": Object,
    Complex => "complex": Object,
    Str => "str": Object,
    Bytes => "bytes": Object,
    List => "list": Object,
    Tuple => "tuple": Object,
    Dict => "dict": Object,
    Set => "set": Object,
    FrozenSet => "frozenset": Object,
    Range => "range": Object,
    Slice => "slice": Object,
    Function => "function": Object,
    BuiltinFunction => "builtin_function_or_method": Object,
    Method => "method": Object,
    Cell => "cell": Object,
    Module => "module": Object,
    Code => "code": Object,
    Iterator => "iterator": Object,
    ListIterator => "list_iterator": Object,
    TupleIterator => "tuple_iterator": Object,
    RangeIterator => "range_iterator": Object,
    LongRangeIterator => "longrange_iterator": Object,
    StrIterator => "str_ascii_iterator": Object,
    DictKeyIterator => "dict_keyiterator": Object,
    SetIterator => "set_iterator": Object,
    CallableIterator => "callable_iterator": Object,
    Map => "map": Object,
    Filter => "filter": Object,
    Zip => "zip": Object,
    Enumerate => "enumerate": Object,
    Count => "count": Object,
    Cycle => "cycle": Object,
    Repeat => "repeat": Object,
    Chain => "chain": Object,
    Islice => "islice": Object,
    Accumulate => "accumulate": Object,
    Compress => "compress": Object,
    ZipLongest => "zip_longest": Object,
    Generator => "generator": Object,
    Coroutine => "coroutine": Object,
    AsyncGenerator => "async_generator": Object,
    AsyncGenASend => "async_generator_asend": Object,
    AsyncGenAThrow => "async_generator_athrow": Object,
    Frame => "frame": Object,
    Traceback => "traceback": Object,
    TextStream => "TextIOWrapper": Object,
    StaticMethod => "staticmethod": Object,
    ClassMethod => "classmethod": Object,
    Property => "property": Object,
    MemberDescriptor => "member_descriptor": Object,
    Super => "super": Object,
    DictKeys => "dict_keys": Object,
    DictValues => "dict_values": Object,
    DictItems => "dict_items": Object,
    NotImplementedType => "NotImplementedType": Object,
    Ellipsis => "ellipsis": Object,
    BaseException => "BaseException": Object,
    SystemExit => "SystemExit": BaseException,
    KeyboardInterrupt => "KeyboardInterrupt": BaseException,
    GeneratorExit => "GeneratorExit": BaseException,
    Exception => "Exception": BaseException,
    StopIteration => "StopIteration": Exception,
    StopAsyncIteration => "StopAsyncIteration": Exception,
    ArithmeticError => "ArithmeticError": Exception,
    ZeroDivisionError => "ZeroDivisionError": ArithmeticError,
    OverflowError => "OverflowError": ArithmeticError,
    AssertionError => "AssertionError": Exception,
    AttributeError => "AttributeError": Exception,
    ImportError => "ImportError": Exception,
    ModuleNotFoundError => "ModuleNotFoundError": ImportError,
    LookupError => "LookupError": Exception,
    IndexError => "IndexError": LookupError,
    KeyError => "KeyError": LookupError,
    MemoryError => "MemoryError": Exception,
    NameError => "NameError": Exception,
    UnboundLocalError => "UnboundLocalError": NameError,
    RuntimeError => "RuntimeError": Exception,
    NotImplementedError => "NotImplementedError": RuntimeError,
    RecursionError => "RecursionError": RuntimeError,
    TypeError => "TypeError": Exception,
    ValueError => "ValueError": Exception,
    UnicodeError => "UnicodeError": ValueError,
    UnicodeDecodeError => "UnicodeDecodeError": UnicodeError,
    UnicodeEncodeError => "UnicodeEncodeError": UnicodeError,
    EOFError => "EOFError": Exception,
    OSError => "OSError": Exception,
    PermissionError => "PermissionError": OSError,
    FileNotFoundError => "FileNotFoundError": OSError,
    TimeoutError => "TimeoutError": OSError,
    SyntaxError => "SyntaxError": Exception,
    IndentationError => "IndentationError": SyntaxError,
    TabError => "TabError": IndentationError,
    BaseExceptionGroup => "BaseExceptionGroup": BaseException,
    // Also an Exception: see `TypeId::mro`.
    ExceptionGroup => "ExceptionGroup": BaseExceptionGroup,
}

impl TypeId {
    /// The heap slot the type object lives in (types are allocated first, in order).
    pub fn slot(self) -> u32 {
        self as u32
    }

    pub fn from_slot(slot: u32) -> Option<TypeId> {
        TypeId::ALL.get(slot as usize).copied()
    }

    /// Python's `issubclass` for built-in types.
    pub fn is_subtype_of(self, other: TypeId) -> bool {
        if self == TypeId::ExceptionGroup && other == TypeId::Exception {
            return true;
        }
        let mut current = self;
        loop {
            if current == other {
                return true;
            }
            if current == TypeId::Object {
                return false;
            }
            current = current.base();
        }
    }

    /// The method resolution order: the chain of single bases, except that
    /// `ExceptionGroup` derives from both `BaseExceptionGroup` and `Exception`
    /// (PEP 654), whose MRO is ExceptionGroup, BaseExceptionGroup, Exception,
    /// BaseException, object.
    pub fn mro(self) -> Vec<TypeId> {
        if self == TypeId::ExceptionGroup {
            return vec![
                TypeId::ExceptionGroup,
                TypeId::BaseExceptionGroup,
                TypeId::Exception,
                TypeId::BaseException,
                TypeId::Object,
            ];
        }
        let mut chain = vec![self];
        let mut current = self;
        while current != TypeId::Object {
            current = current.base();
            chain.push(current);
        }
        chain
    }

    /// `BaseExceptionGroup` or one of its subclasses.
    pub fn is_exception_group(self) -> bool {
        matches!(self, TypeId::BaseExceptionGroup | TypeId::ExceptionGroup)
    }

    pub fn is_exception(self) -> bool {
        self.is_subtype_of(TypeId::BaseException)
    }

    /// The module a type's repr names (`<class 'itertools.cycle'>`); built-ins have none.
    pub fn module(self) -> Option<&'static str> {
        match self {
            TypeId::Count
            | TypeId::Cycle
            | TypeId::Repeat
            | TypeId::Chain
            | TypeId::Islice
            | TypeId::Accumulate
            | TypeId::Compress
            | TypeId::ZipLongest => Some("itertools"),
            _ => None,
        }
    }

    /// The name a traceback and `repr(type)` print: built-ins have no module prefix.
    pub fn exposed_as_builtin(self) -> bool {
        !matches!(
            self,
            TypeId::NoneType
                | TypeId::Function
                | TypeId::BuiltinFunction
                | TypeId::Method
                | TypeId::Cell
                | TypeId::Module
                | TypeId::Code
                | TypeId::Iterator
                | TypeId::ListIterator
                | TypeId::TupleIterator
                | TypeId::RangeIterator
                | TypeId::LongRangeIterator
                | TypeId::StrIterator
                | TypeId::DictKeyIterator
                | TypeId::SetIterator
                | TypeId::CallableIterator
                | TypeId::Count
                | TypeId::Cycle
                | TypeId::Repeat
                | TypeId::Chain
                | TypeId::Islice
                | TypeId::Accumulate
                | TypeId::Compress
                | TypeId::ZipLongest
                | TypeId::Generator
                | TypeId::Coroutine
                | TypeId::AsyncGenerator
                | TypeId::AsyncGenASend
                | TypeId::AsyncGenAThrow
                | TypeId::Frame
                | TypeId::Traceback
                | TypeId::TextStream
                | TypeId::DictKeys
                | TypeId::DictValues
                | TypeId::DictItems
                | TypeId::NotImplementedType
                | TypeId::Ellipsis
                | TypeId::MemberDescriptor
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_error_is_a_lookup_error_and_an_exception() {
        assert!(TypeId::KeyError.is_subtype_of(TypeId::LookupError));
        assert!(TypeId::KeyError.is_subtype_of(TypeId::BaseException));
        assert!(!TypeId::KeyError.is_subtype_of(TypeId::ValueError));
        assert!(TypeId::Bool.is_subtype_of(TypeId::Int));
    }

    #[test]
    fn slots_round_trip() {
        for &ty in TypeId::ALL {
            assert_eq!(TypeId::from_slot(ty.slot()), Some(ty));
        }
    }
}
