"""`datetime.tzinfo`, the abstract base of time zones, and `datetime.timezone`, a
fixed offset from UTC with an optional name."""

from _datetime_calendar import type_name
from _datetime_timedelta import timedelta


def format_offset(offset, separator=":"):
    """`+HH:MM`, with `:SS` and `.ffffff` only when they are not zero, as isoformat
    and `%z` write a UTC offset; an empty string for no offset."""
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    minutes, seconds = divmod(offset.days * 86400 + offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{sign}{hours:02d}{separator}{minutes:02d}"
    if seconds or offset.microseconds:
        text += f"{separator}{seconds:02d}"
        if offset.microseconds:
            text += f".{offset.microseconds:06d}"
    return text


def check_offset(name, offset):
    """What a tzinfo's `utcoffset()` or `dst()` returned: None, or a timedelta
    strictly within a day."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, "
                        f"not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError(f"offset must be a timedelta strictly between "
                         f"-timedelta(hours=24) and timedelta(hours=24), not {offset!r}.")
    return offset


def check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        f"not type '{type(tz).__name__}'")


class tzinfo:
    """Abstract base class for time zone info objects."""
    __module__ = "datetime"
    __c_type_name__ = "datetime.tzinfo"

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """The local time of UTC time `dt`, for a zone whose standard offset is
        `utcoffset() - dst()` (CPython's default algorithm)."""
        from _datetime_datetime import datetime
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset, dst = dt.utcoffset(), dt.dst()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt += offset - dst
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst




def _argument_check(method, dt):
    from _datetime_datetime import datetime
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError(f"{method}(dt) argument must be a datetime instance or None, "
                        f"not {type(dt).__name__}")


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __module__ = "datetime"
    __c_type_name__ = "datetime.timezone"

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            f"not {type(offset).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             f"not {offset!r}.")
        if name is None and not offset and getattr(timezone, "utc", None) is not None:
            return timezone.utc
        self = object.__new__(cls)
        self._offset, self._name = offset, name
        return self

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"{type_name(self)}({self._offset!r})"
        return f"{type_name(self)}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def utcoffset(self, dt):
        _argument_check("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        _argument_check("dst", dt)
        return None

    def tzname(self, dt):
        _argument_check("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + format_offset(self._offset)

    def fromutc(self, dt):
        from _datetime_datetime import datetime
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)


timezone.utc = None
timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
