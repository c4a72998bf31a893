"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.

EnumType turns the names a class body binds (other than dunders, _sunders_ and
descriptors such as methods) into the class's members: single instances with a
name and a value, iterated in definition order, looked up by value with
Color(1) and by name with Color['RED']. A second name for an existing value is an
alias of the first member.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique']


class auto:
    """Stands for the value _generate_next_value_ picks for the member."""

    def __repr__(self):
        return 'auto(...)'


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


_WRAPPERS = ('staticmethod', 'classmethod', 'property')


def _is_descriptor(value):
    # Functions, and the method wrappers, which are not members.
    return (hasattr(value, '__get__') or hasattr(value, '__set__')
            or hasattr(value, '__delete__') or callable(value)
            or type(value).__name__ in _WRAPPERS)


def _is_private(class_name, name):
    prefix = '_' + class_name.lstrip('_') + '__'
    return name.startswith(prefix) and not name.endswith('__')


class EnumType(type):
    """The metaclass of every enumeration."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        for key, value in classdict.items():
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key):
                continue
            if _is_descriptor(value) and not isinstance(value, auto):
                continue
            member_names.append(key)
        for base in bases:
            if getattr(base, '_member_names_', None):
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        values = {key: classdict[key] for key in member_names}
        for key in member_names:
            del classdict[key]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._unhashable_members_ = []
        enum_class._member_type_ = _member_type(bases)
        last_values = []
        for name in member_names:
            value = values[name]
            if isinstance(value, auto):
                value = enum_class._generate_next_value_(
                    name, 1, len(enum_class._member_names_), last_values[:])
            last_values.append(value)
            enum_class._add_member_(name, value)
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member_type = cls._member_type_
        if member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        member._value_ = value if member_type is object else member_type(*args)
        init = _find_init(cls)
        if init is not None:
            init(member, *args)
        for existing in cls._member_map_.values():
            if existing._value_ == member._value_:
                cls._member_map_[name] = existing
                type.__setattr__(cls, name, existing)
                return
        member._name_ = name
        member.__objclass__ = cls
        cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_[member._value_] = member
        except TypeError:
            cls._unhashable_members_.append(member)
        type.__setattr__(cls, name, member)

    def __call__(cls, value, *args, **kwargs):
        if args or kwargs:
            raise TypeError("creating new enumerations by calling an Enum is not supported")
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._unhashable_members_:
            if member._value_ == value:
                return member
        missing = cls._missing_(value)
        if isinstance(missing, cls):
            return missing
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        return member in cls._value2member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot delete member {name!r}')
        super().__delattr__(name)


EnumMeta = EnumType


def _member_type(bases):
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                found = klass.__dict__.get('_member_type_')
                if found is not None and found is not object:
                    return found
                continue
            return klass
    return object


def _find_init(cls):
    """An __init__ the enumeration (or an enum base) defines, which members run."""
    for klass in cls.__mro__:
        if not isinstance(klass, EnumType):
            return None
        if '__init__' in klass.__dict__:
            return klass.__dict__['__init__']
    return None


class Enum(metaclass=EnumType):
    """A set of symbolic names bound to unique values."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = repr(self._value_)
        return f"<{type(self).__name__}.{self._name_}: {value_repr}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """Only the repr changes; str() and format() are those of the mixed-in type."""


class IntEnum(int, ReprEnum):
    """An Enum whose members are also ints."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """An Enum whose members are also strs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def _bits(value):
    bit = 1
    while bit <= value:
        if value & bit:
            yield bit
        bit <<= 1


class Flag(Enum):
    """Members are bit flags combined with |, &, ^ and ~."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        known = 0
        for name in cls._member_names_:
            known |= cls._member_map_[name]._value_
        if value < 0 or value & ~known:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        return cls._pseudo_member_(value)

    @classmethod
    def _pseudo_member_(cls, value):
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        names = [name for name in cls._member_names_
                 if cls._member_map_[name]._value_ & value == cls._member_map_[name]._value_
                 and cls._member_map_[name]._value_ != 0
                 and cls._member_map_[name]._value_ in list(_bits(value))]
        member._name_ = '|'.join(names) if names else None
        cls._value2member_map_[value] = member
        return member

    def __iter__(self):
        for name in self._member_names_:
            member = self._member_map_[name]
            if member._value_ and member._value_ & self._value_ == member._value_ \
                    and member._value_ in list(_bits(member._value_)):
                yield member

    def __len__(self):
        return len(list(_bits(self._value_)))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                f"and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        known = 0
        for name in self._member_names_:
            known |= self._member_map_[name]._value_
        return self.__class__(known & ~self._value_)

    def __repr__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return f"<{cls_name}: {self._value_!r}>"
        return f"<{cls_name}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"

    def __hash__(self):
        return hash(self._value_)


class IntFlag(int, ReprEnum, Flag):
    """A Flag whose members are also ints."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __or__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            other = self.__class__(other)
        return Flag.__or__(self, other)

    def __and__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            other = self.__class__(other)
        return Flag.__and__(self, other)


def unique(enumeration):
    """A class decorator that rejects aliases (two names for one value)."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration
