"""Abstract Base Classes (PEP 3119).

A class made by ABCMeta records in __abstractmethods__ the names of the abstract
methods it defines or inherits without overriding; calling such a class raises
CPython's TypeError instead of making an instance.

isinstance() and issubclass() ask the ABC (_py_abc's rules, without its caches): its
__subclasshook__ first, then real inheritance, then the classes registered with it or
with its subclasses.
"""

from _abc import collection_flags as _collection_flags
from _abc import set_collection_flag as _set_collection_flag

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'get_cache_token']


def abstractmethod(funcobj):
    """A decorator marking a method abstract: subclasses must override it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # staticmethod, classmethod and property wrap the function that carries the mark.
    for inner in ('__func__', 'fget', 'fset', 'fdel'):
        if getattr(getattr(value, inner, None), '__isabstractmethod__', False):
            return True
    return False


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = [key for key, value in namespace.items() if _is_abstract(value)]
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                value = getattr(cls, key, None)
                if _is_abstract(value) and key not in abstracts:
                    abstracts.append(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        # _abc_init: a class saying which match patterns take it (Sequence, Mapping).
        if '__abc_tpflags__' in namespace:
            _set_collection_flag(cls, namespace['__abc_tpflags__'])
            del cls.__abc_tpflags__
        cls._abc_registry = []
        # What type.__subclasses__() would list, for the subclasses' registries.
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            plural = 's' if len(names) > 1 else ''
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} "
                f"with abstract method{plural} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Records a virtual subclass; returns it, so that it works as a decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _set_collection_flag(subclass, _collection_flags(cls))
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for derived in cls._abc_subclasses:
            if issubclass(subclass, derived):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """A helper class that has ABCMeta as its metaclass."""


def get_cache_token():
    return 0
