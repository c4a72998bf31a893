"""`datetime.time`: a time of day, naive or with a tzinfo, and the writing of
clock times that `time` and `datetime` share."""

from _datetime_calendar import check_time_fields, cmp, read_only, type_name
from _datetime_timedelta import timedelta
from _datetime_timezone import check_offset, check_tzinfo, format_offset
import _datetime_iso
import _datetime_strftime

_TIMESPECS = {
    "hours": lambda h, m, s, us: f"{h:02d}",
    "minutes": lambda h, m, s, us: f"{h:02d}:{m:02d}",
    "seconds": lambda h, m, s, us: f"{h:02d}:{m:02d}:{s:02d}",
    "milliseconds": lambda h, m, s, us: f"{h:02d}:{m:02d}:{s:02d}.{us // 1000:03d}",
    "microseconds": lambda h, m, s, us: f"{h:02d}:{m:02d}:{s:02d}.{us:06d}",
}


def clock_text(hour, minute, second, microsecond, timespec):
    """HH:MM:SS[.ffffff] as isoformat writes it for `timespec`; "auto" shows the
    microseconds only when they are not zero."""
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    writer = _TIMESPECS.get(timespec)
    if writer is None:
        raise ValueError("Unknown timespec value")
    return writer(hour, minute, second, microsecond)


def repr_fields(fields, shown):
    """The positional fields of a repr: the first `shown` always, then the seconds
    and microseconds unless they are zero, as CPython writes them."""
    fields = list(fields)
    while len(fields) > shown and fields[-1] == 0:
        fields.pop()
    return ", ".join(str(field) for field in fields)


def repr_keywords(fold, tz):
    text = ", fold=1" if fold else ""
    if tz is not None:
        text += f", tzinfo={tz!r}"
    return text


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __module__ = "datetime"
    __c_type_name__ = "datetime.time"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_fold", "_tzinfo",
                 "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        fields = check_time_fields(hour, minute, second, microsecond, fold)
        check_tzinfo(tzinfo)
        self = object.__new__(cls)
        (self._hour, self._minute, self._second, self._microsecond,
         self._fold) = fields
        self._tzinfo = tzinfo
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        fields = _datetime_iso.parse_time(text)
        if fields is None:
            raise _datetime_iso.invalid(time_string)
        return cls(*fields)

    hour = read_only("datetime.time", "hour")
    minute = read_only("datetime.time", "minute")
    second = read_only("datetime.time", "second")
    microsecond = read_only("datetime.time", "microsecond")
    tzinfo = read_only("datetime.time", "tzinfo")
    fold = read_only("datetime.time", "fold")

    def _fields(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __repr__(self):
        keywords = repr_keywords(self._fold, self._tzinfo)
        return f"{type_name(self)}({repr_fields(self._fields(), 2)}{keywords})"

    def isoformat(self, timespec="auto"):
        text = clock_text(*self._fields(), timespec)
        return text + format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, fmt):
        _datetime_strftime.check_format(fmt)
        moment = _datetime_strftime.Moment(1900, 1, 1, *self._fields(), self.utcoffset,
                                           self.tzname)
        return _datetime_strftime.render(moment, fmt)

    def __format__(self, fmt):
        return _datetime_strftime.format_spec(self, fmt)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, "
                            f"not '{type(name).__name__}'")
        return name

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        hour = self._hour if hour is None else hour
        minute = self._minute if minute is None else minute
        second = self._second if second is None else second
        microsecond = self._microsecond if microsecond is None else microsecond
        tzinfo = self._tzinfo if tzinfo is True else tzinfo
        fold = self._fold if fold is None else fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _compare(self, other, equality):
        """CPython's rule: same tzinfo (or both naive) compares the fields; else
        the times less their UTC offsets, and naive against aware only for ==."""
        mine, theirs = self._fields(), other._fields()
        if self._tzinfo is other._tzinfo:
            return cmp(mine, theirs)
        offset, other_offset = self.utcoffset(), other.utcoffset()
        if offset == other_offset:
            return cmp(mine, theirs)
        if offset is None or other_offset is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        return cmp(self._minutes_since_utc(offset), other._minutes_since_utc(other_offset))

    def _minutes_since_utc(self, offset):
        minutes = self._hour * 60 + self._minute - offset // timedelta(minutes=1)
        return (minutes, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if offset is None:
                self._hashcode = hash(self._fields())
            else:
                self._hashcode = hash(self._minutes_since_utc(offset))
        return self._hashcode

    def __reduce__(self):
        return (type(self), self._fields() + (self._tzinfo,))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
