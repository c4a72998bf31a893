"""isinstance() and issubclass() with typing's aliases, for the typing module (written in
Rust): an alias checks against the class it stands for (`typing.List` against list,
`typing.Iterable` against collections.abc.Iterable), a Union or Optional against its
members, and the rest raise CPython 3.11's TypeError.
"""

import collections

_CLASSES = {
    'List': list, 'Dict': dict, 'Set': set, 'FrozenSet': frozenset,
    'Tuple': tuple, 'Type': type, 'Deque': collections.deque,
    'DefaultDict': collections.defaultdict, 'Counter': collections.Counter,
}
_SPECIAL_FORMS = ('Any', 'Optional', 'Union', 'Literal', 'Final')


def check(origin, args, subject, instance):
    """isinstance(subject, alias) when `instance`, else issubclass(subject, alias), for
    the alias written `origin[args]` (args None when it is not subscripted)."""
    what = 'isinstance' if instance else 'issubclass'
    if not origin.startswith('typing.'):
        if origin.startswith('~') or args is None:
            if instance:
                raise TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
            raise TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        raise TypeError(f"{what}() argument 2 cannot be a parameterized generic")
    name = origin[len('typing.'):]
    if name == 'Any' and not instance:
        return False
    if args is None and name in _SPECIAL_FORMS:
        raise TypeError(f"typing.{name} cannot be used with {what}()")
    if name == 'Union' and args is not None:
        target = args if type(args) is tuple else (args,)
    elif name == 'Optional' and args is not None:
        target = (args, type(None))
    elif args is not None:
        raise TypeError("Subscripted generics cannot be used with class and instance checks")
    elif name in _CLASSES:
        target = _CLASSES[name]
    else:
        target = getattr(collections.abc, name)
    return isinstance(subject, target) if instance else issubclass(subject, target)
