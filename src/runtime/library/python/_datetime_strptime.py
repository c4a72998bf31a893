"""`datetime.strptime`: CPython's `_strptime` in the C locale. CPython turns the
format into a regular expression (a directive into alternatives such as
`3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]` for `%d`, whitespace into `\\s+`) and matches
it case-insensitively from the start of the text, backtracking; the matcher here
tries the same alternatives in the same order, so it accepts and refuses the same
texts, with the same messages."""

import _datetime_calendar as calendar
from _datetime_strptime_fields import Fields

D = "0123456789"
N = "123456789"

# Each alternative is a sequence of character sets, tried in the regex's order.
_NUMERIC = {
    "d": (("3", "01"), ("12", D), ("0", N), (N,), (" ", N)),
    "H": (("2", "0123"), ("01", D), (D,)),
    "I": (("1", "012"), ("0", N), (N,)),
    "G": ((D, D, D, D),),
    "j": (("3", "6", "0123456"), ("3", "012345", D), ("12", D, D), ("0", N, D),
          ("0", "0", N), (N, D), ("0", N), (N,)),
    "m": (("1", "012"), ("0", N), (N,)),
    "M": (("012345", D), (D,)),
    "S": (("6", "01"), ("012345", D), (D,)),
    "U": (("5", "0123"), ("01234", D), (D,)),
    "W": (("5", "0123"), ("01234", D), (D,)),
    "w": (("0123456",),),
    "u": (("1234567",),),
    "V": (("5", "0123"), ("0", N), ("1234", D), (D,)),
    "y": ((D, D),),
    "Y": ((D, D, D, D),),
    "f": tuple((D,) * count for count in range(6, 0, -1)),
}


def _by_length(names):
    return tuple(sorted(names, key=len, reverse=True))


_NAMES = {
    "A": _by_length([name.lower() for name in calendar.DAY_NAMES]),
    "a": _by_length([name[:3].lower() for name in calendar.DAY_NAMES]),
    "B": _by_length([name.lower() for name in calendar.MONTH_NAMES[1:]]),
    "b": _by_length([name[:3].lower() for name in calendar.MONTH_NAMES[1:]]),
    "p": ("am", "pm"),
    "Z": ("utc", "gmt"),
}

# The C locale's %c, %x and %X, expanded before matching as CPython expands them.
_COMPOSITES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _expand(fmt):
    """The format as tokens: ("text", char), ("space",) for a whitespace run, and
    ("directive", code). KeyError names a bad directive, IndexError a stray %."""
    tokens, position = [], 0
    while position < len(fmt):
        char = fmt[position]
        if char == "%":
            code = fmt[position + 1]
            if code in _COMPOSITES:
                tokens.extend(_expand(_COMPOSITES[code]))
            elif code == "%":
                tokens.append(("text", "%"))
            elif code in _NUMERIC or code in _NAMES or code == "z":
                tokens.append(("directive", code))
            else:
                raise KeyError(code)
            position += 2
        elif char.isspace():
            while position < len(fmt) and fmt[position].isspace():
                position += 1
            tokens.append(("space",))
        else:
            tokens.append(("text", char))
            position += 1
    return tokens


def _numeric_ends(text, start, alternatives):
    for alternative in alternatives:
        end = start + len(alternative)
        if end <= len(text) and all(text[start + i] in allowed
                                    for i, allowed in enumerate(alternative)):
            yield end


def _name_ends(text, start, names):
    for name in names:
        if text[start:start + len(name)].lower() == name:
            yield start + len(name)


def _digits_at(text, start, allowed=D):
    return start < len(text) and text[start] in allowed


def _offset_tail_ends(text, start):
    """The optional `(:?[0-5]\\d(\\.\\d{1,6})?)?` after an offset's minutes."""
    for colon in (True, False):
        at = start
        if colon:
            if text[at:at + 1] != ":":
                continue
            at += 1
        if _digits_at(text, at, "012345") and _digits_at(text, at + 1):
            at += 2
            if text[at:at + 1] == ".":
                for count in range(6, 0, -1):
                    if all(_digits_at(text, at + 1 + i) for i in range(count)):
                        yield at + 1 + count
            yield at
    yield start


def _offset_ends(text, start):
    """`[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|Z`, Z in capitals only."""
    if text[start:start + 1] in ("+", "-") and _digits_at(text, start + 1) \
            and _digits_at(text, start + 2):
        for colon in (True, False):
            at = start + 3
            if colon:
                if text[at:at + 1] != ":":
                    continue
                at += 1
            if _digits_at(text, at, "012345") and _digits_at(text, at + 1):
                yield from _offset_tail_ends(text, at + 2)
    if text[start:start + 1] == "Z":
        yield start + 1


def _ends(text, start, token):
    kind = token[0]
    if kind == "text":
        if text[start:start + 1].lower() == token[1].lower():
            yield start + 1
    elif kind == "space":
        end = start
        while end < len(text) and text[end].isspace():
            end += 1
        yield from range(end, start, -1)
    elif token[1] in _NUMERIC:
        yield from _numeric_ends(text, start, _NUMERIC[token[1]])
    elif token[1] in _NAMES:
        yield from _name_ends(text, start, _NAMES[token[1]])
    else:
        yield from _offset_ends(text, start)


def _match(text, tokens, index, start, found):
    """The end of the first match of tokens[index:] at `start`, in the regex's
    order of preference, filling `found` with each directive's text."""
    if index == len(tokens):
        return start
    token = tokens[index]
    for end in _ends(text, start, token):
        matched = _match(text, tokens, index + 1, end, found)
        if matched is not None:
            if token[0] == "directive":
                found.append((token[1], text[start:end]))
            return matched
    return None


def _parse(data_string, fmt):
    for position, value in ((1, data_string), (2, fmt)):
        if not isinstance(value, str):
            raise TypeError(f"strptime() argument {position} must be str, "
                            f"not {type(value).__name__}")
    try:
        tokens = _expand(fmt)
    except KeyError as error:
        raise ValueError(f"'{error.args[0]}' is a bad directive in format '{fmt}'") from None
    except IndexError:
        raise ValueError(f"stray % in format '{fmt}'") from None
    found = []
    end = _match(data_string, tokens, 0, 0, found)
    if end is None:
        raise ValueError(f"time data {data_string!r} does not match format {fmt!r}")
    if end != len(data_string):
        raise ValueError(f"unconverted data remains: {data_string[end:]}")
    return dict(reversed(found))


def parse_datetime(cls, data_string, fmt):
    """An instance of `cls` (datetime or a subclass) for text matching `fmt`."""
    found = _parse(data_string, fmt)
    return Fields(found, _NAMES).build(cls)
