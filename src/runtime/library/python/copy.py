"""Generic (shallow and deep) copying operations.

copy(x) makes a shallow copy: a new compound object holding the same items.
deepcopy(x) copies recursively; its memo dict maps id(original) to the copy, so
shared and recursive structures are copied once and stay shared.
Classes customise copying with __copy__() and __deepcopy__(memo).
"""

from _blank_instances import blank_like

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


# Values copied as themselves: immutable, or copied by identity in CPython.
_ATOMIC = (type(None), int, float, bool, complex, bytes, str, type, range,
           type(len), type(_function), type(...), type(NotImplemented), property)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls in (tuple, frozenset) or isinstance(x, type):
        return x
    if cls in (list, dict, set):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    y = blank_like(x)
    if y is None:
        raise Error("un(shallow)copyable object of type %s" % cls)
    state = _state_of(x)
    if state:
        _set_state(y, state)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls in (set, frozenset):
        y = cls([deepcopy(item, memo) for item in x])
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _deepcopy_instance(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that (through a list) contains itself was copied meanwhile.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_instance(x, memo):
    y = blank_like(x)
    if y is None:
        raise Error("un(deep)copyable object of type %s" % type(x))
    memo[id(x)] = y
    if isinstance(x, list):
        y[:] = [deepcopy(item, memo) for item in x]
    elif isinstance(x, dict):
        y.clear()
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    state = _state_of(x)
    if state:
        _set_state(y, deepcopy(state, memo))
    return y


def _state_of(x):
    # object.__getstate__: the __dict__, and with set __slots__ (None, slots) or
    # (__dict__, slots).
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    state = getattr(x, "__dict__", None)
    slots = {}
    for name in _slotnames(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state or None, slots)
    return state


def _slotnames(cls):
    # copyreg._slotnames: every slot name along the MRO, mangled, cached in the class.
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        namespace = getattr(c, "__dict__", None)
        if namespace is None or "__slots__" not in namespace:
            continue
        slots = namespace["__slots__"]
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _set_state(y, state):
    setstate = getattr(type(y), "__setstate__", None)
    if setstate is not None:
        setstate(y, state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _keep_alive(x, memo):
    """Keeps a reference to x in the memo, so that no id in it is reused while it lives."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
