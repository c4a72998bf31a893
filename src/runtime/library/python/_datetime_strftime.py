"""`strftime` for date, time and datetime: the directives of the C library's
`strftime` in the C locale (as python3 on Linux hands them to glibc), with `%f`,
`%z` and `%Z` filled in by the datetime module itself, as CPython's wrapper does.
A directive the C library does not know is written out unchanged."""

from _datetime_calendar import (DAY_NAMES, MONTH_NAMES, days_before_month,
                                iso_calendar, ymd_to_ordinal)
from _datetime_timezone import format_offset


def nothing():
    return None

# Composite directives, as the C locale spells them.
_COMPOSITES = {"c": "%a %b %e %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S",
               "D": "%m/%d/%y", "F": "%Y-%m-%d", "T": "%H:%M:%S", "R": "%H:%M",
               "r": "%I:%M:%S %p", "h": "%b"}
_FLAGS = "-_0^#"


class Moment:
    """The fields a format reads: the calendar date and the clock time, and
    callables for what `%z` and `%Z` need from the object being formatted.
    CPython asks the tzinfo for the offset and the name only when the format first
    names them, so a tzinfo written by the program is called in the same order."""

    def __init__(self, year, month, day, hour, minute, second, microsecond,
                 offset_of, zone_name_of):
        self.year, self.month, self.day = year, month, day
        self.hour, self.minute, self.second = hour, minute, second
        self.microsecond = microsecond
        self.offset_of, self.zone_name_of = offset_of, zone_name_of
        self.answers = {}
        ordinal = ymd_to_ordinal(year, month, day)
        self.weekday = (ordinal + 6) % 7
        self.yearday = days_before_month(year, month) + day

    def asked(self, question):
        if question not in self.answers:
            self.answers[question] = question()
        return self.answers[question]

    def offset(self):
        return self.asked(self.offset_of)

    def zone_name(self):
        return self.asked(self.zone_name_of)

    def iso(self):
        return iso_calendar(self.year, ymd_to_ordinal(self.year, self.month, self.day))


def _epoch(moment):
    """`%s`: the fields read as local time (C's mktime of the time tuple), even for
    an aware datetime, as glibc computes it."""
    from _datetime_local import local_timestamp
    return local_timestamp(moment.year, moment.month, moment.day, moment.hour,
                           moment.minute, moment.second)


def _twelve_hour(moment):
    return moment.hour % 12 or 12


def _week_number(moment, first_weekday):
    """%U (weeks start on Sunday) and %W (on Monday): days before the first such
    day of the year are in week 0."""
    weekday = (moment.weekday - first_weekday) % 7
    return (moment.yearday - 1 - weekday + 7) // 7


# Numeric directives: (value, width, pad) with pad "0" or " ".
_NUMBERS = {
    "d": lambda m: (m.day, 2, "0"), "e": lambda m: (m.day, 2, " "),
    "m": lambda m: (m.month, 2, "0"), "Y": lambda m: (m.year, 1, "0"),
    "y": lambda m: (m.year % 100, 2, "0"), "C": lambda m: (m.year // 100, 1, "0"),
    "H": lambda m: (m.hour, 2, "0"), "k": lambda m: (m.hour, 2, " "),
    "I": lambda m: (_twelve_hour(m), 2, "0"), "l": lambda m: (_twelve_hour(m), 2, " "),
    "M": lambda m: (m.minute, 2, "0"), "S": lambda m: (m.second, 2, "0"),
    "j": lambda m: (m.yearday, 3, "0"), "w": lambda m: ((m.weekday + 1) % 7, 1, "0"),
    "u": lambda m: (m.weekday + 1, 1, "0"), "U": lambda m: (_week_number(m, 6), 2, "0"),
    "W": lambda m: (_week_number(m, 0), 2, "0"), "G": lambda m: (m.iso()[0], 1, "0"),
    "g": lambda m: (m.iso()[0] % 100, 2, "0"), "V": lambda m: (m.iso()[1], 2, "0"),
}

_TEXTS = {
    "a": lambda m: DAY_NAMES[m.weekday][:3], "A": lambda m: DAY_NAMES[m.weekday],
    "b": lambda m: MONTH_NAMES[m.month][:3], "B": lambda m: MONTH_NAMES[m.month],
    "p": lambda m: "AM" if m.hour < 12 else "PM",
    "P": lambda m: "am" if m.hour < 12 else "pm",
    "f": lambda m: f"{m.microsecond:06d}",
    "z": lambda m: format_offset(m.offset(), ""),
    "Z": lambda m: m.zone_name() or "",
    "s": lambda m: str(_epoch(m)),
    "n": lambda m: "\n", "t": lambda m: "\t", "%": lambda m: "%",
}


def _number(moment, code, flag):
    value, width, pad = _NUMBERS[code](moment)
    if flag == "-":
        return str(value)
    if flag == "_":
        pad = " "
    elif flag == "0":
        pad = "0"
    return str(value).rjust(width, pad)


def _directive(moment, code, flag):
    if code in _COMPOSITES:
        return render(moment, _COMPOSITES[code])
    if code in _NUMBERS:
        return _number(moment, code, flag)
    text = _TEXTS[code](moment)
    return text.upper() if flag == "^" else text


def render(moment, fmt):
    """`fmt` with every directive replaced by its value."""
    out = []
    position, length = 0, len(fmt)
    while position < length:
        percent = fmt.find("%", position)
        if percent < 0:
            out.append(fmt[position:])
            break
        out.append(fmt[position:percent])
        cursor = percent + 1
        flag = ""
        if cursor < length and fmt[cursor] in _FLAGS:
            flag = fmt[cursor]
            cursor += 1
        if cursor < length and fmt[cursor] in "EO":
            cursor += 1
        code = fmt[cursor:cursor + 1]
        known = code in _COMPOSITES or code in _NUMBERS or code in _TEXTS
        if known and code:
            out.append(_directive(moment, code, flag))
            position = cursor + 1
        else:
            out.append(fmt[percent:cursor + 1])
            position = cursor + 1
    return "".join(out)


def check_format(fmt):
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")


def format_spec(obj, spec):
    """`format(obj, spec)`: str(obj) for an empty spec, else strftime."""
    if not isinstance(spec, str):
        raise TypeError(f"format() argument 2 must be str, not {type(spec).__name__}")
    if spec:
        return obj.strftime(spec)
    return str(obj)
