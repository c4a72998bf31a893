"""The one-trick ABCs of collections.abc (Hashable, Iterable, Iterator, Reversible,
Generator, Sized, Container, Collection, Callable) and the structural test their
__subclasshook__ uses: does a class, or a class it inherits from, define a method
(and not set it to None)?

The built-in types here have no __dict__ to look in, so the methods CPython 3.11's
built-in types define among those the hooks ask about are listed below.
"""

from abc import ABCMeta, abstractmethod

# Classes made here say they come from collections.abc, as CPython's do.
__name__ = "collections.abc"


def _namespace(defined, cleared=''):
    """A stand-in for a built-in type's __dict__: the methods it defines, and those
    it sets to None (an unhashable type's __hash__)."""
    namespace = dict.fromkeys(defined.split(), True)
    namespace.update(dict.fromkeys(cleared.split()))
    return namespace


class _Probe:
    def method(self):
        pass


_ITERATOR = '__iter__ __next__'
_SEQUENCE = '__hash__ __iter__ __len__ __contains__'
_MUTABLE = '__iter__ __len__ __contains__'
_BUILTIN_NAMESPACES = {
    object: _namespace('__hash__'),
    int: _namespace('__hash__'),
    float: _namespace('__hash__'),
    complex: _namespace('__hash__'),
    str: _namespace(_SEQUENCE),
    bytes: _namespace(_SEQUENCE),
    tuple: _namespace(_SEQUENCE),
    frozenset: _namespace(_SEQUENCE),
    range: _namespace(_SEQUENCE + ' __reversed__'),
    set: _namespace(_MUTABLE, '__hash__'),
    list: _namespace(_MUTABLE + ' __reversed__', '__hash__'),
    dict: _namespace(_MUTABLE + ' __reversed__', '__hash__'),
    type({}.keys()): _namespace(_MUTABLE + ' __reversed__', '__hash__'),
    type({}.items()): _namespace(_MUTABLE + ' __reversed__', '__hash__'),
    type({}.values()): _namespace('__iter__ __len__ __reversed__'),
    slice: _namespace('', '__hash__'),
    type: _namespace('__call__'),
    type(len): _namespace('__hash__ __call__'),
    type(_namespace): _namespace('__call__'),
    staticmethod: _namespace('__call__'),
    type(_Probe().method): _namespace('__hash__ __call__'),
    type((lambda: (yield))()): _namespace(_ITERATOR + ' send throw close'),
}
for _iterator in (iter(b''), iter({}), iter({}.values()),
                  iter({}.items()), iter([]), reversed([]), iter(range(0)),
                  iter(set()), iter(''), iter(()), zip(),
                  map(len, ()), filter(None, ()), enumerate(())):
    _BUILTIN_NAMESPACES.setdefault(type(_iterator), _namespace(_ITERATOR))
del _iterator, _Probe


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            namespace = _BUILTIN_NAMESPACES.get(B)
            if namespace is None:
                namespace = getattr(B, '__dict__', {})
            if method in namespace:
                if namespace[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


_GenericAlias = type(list[int])


def _class_getitem(cls, item):
    """`Iterable[int]`: a generic alias that prints as `collections.abc.Iterable[int]`."""
    alias = _GenericAlias(cls, item)
    alias.__origin__ = f'{cls.__module__}.{cls.__qualname__}'
    alias.__args__ = item
    return alias


class Hashable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Iterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


class Iterator(Iterable):

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        'Return the next item from the iterator. When exhausted, raise StopIteration'
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):

    __slots__ = ()

    def __next__(self):
        """Return the next item from the generator.
        When exhausted, raise StopIteration.
        """
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Send a value into the generator.
        Return next yielded value or raise StopIteration.
        """
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the generator.
        Return next yielded value or raise StopIteration.
        """
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raise GeneratorExit inside generator.
        """
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__',
                                  'send', 'throw', 'close')
        return NotImplemented


class Sized(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


class Collection(Sized, Iterable, Container):

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C,  "__len__", "__iter__", "__contains__")
        return NotImplemented


class Callable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)
