# class creation errors for bad __slots__, in CPython 3.11's words
def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', sorted(k for k in cls.__dict__ if not k.startswith('__')))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def conflict():
    class C:
        __slots__ = ('x',)
        x = 1
    return C


def not_str():
    class C:
        __slots__ = ('a', 1)
    return C


def not_identifier():
    class C:
        __slots__ = ('1a',)
    return C


def empty_name():
    class C:
        __slots__ = ('',)
    return C


def two_dicts():
    class C:
        __slots__ = ('__dict__', '__dict__')
    return C


def two_weakrefs():
    class C:
        __slots__ = ('__weakref__', '__weakref__')
    return C


def dict_again():
    class B:
        pass

    class C(B):
        __slots__ = ('__dict__',)
    return C


def int_slots():
    class C(int):
        __slots__ = ('a',)
    return C


def int_empty_slots():
    class C(int):
        __slots__ = ()
    return C


def not_iterable():
    class C:
        __slots__ = 3
    return C


def duplicates():
    class C:
        __slots__ = ('a', 'a')
    return C


for label, make in [('conflict', conflict), ('not_str', not_str),
                    ('not_identifier', not_identifier), ('empty', empty_name),
                    ('two_dicts', two_dicts), ('two_weakrefs', two_weakrefs),
                    ('dict_again', dict_again), ('int_slots', int_slots),
                    ('int_empty', int_empty_slots), ('not_iterable', not_iterable),
                    ('duplicates', duplicates)]:
    attempt(label, make)
