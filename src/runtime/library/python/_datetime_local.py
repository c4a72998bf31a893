"""Timestamps and the host's local time for the datetime module: seconds since
the epoch to calendar fields and back, in UTC or in the host's zone, whose UTC
offset at an instant `_host_time.utc_offset` reads (recorded, like the clock)."""

from _datetime_calendar import ordinal_to_ymd, ymd_to_ordinal
from _datetime_timedelta import timedelta
from _datetime_timezone import format_offset, timezone
import _host_time

EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


def _as_seconds(t):
    if isinstance(t, (int, float)):
        return t
    raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")


def split_timestamp(t):
    """Whole seconds and microseconds of timestamp t, the microseconds rounded half
    to even as CPython's `fromtimestamp` rounds them."""
    t = _as_seconds(t)
    if isinstance(t, int):
        return t, 0
    if t != t or t in (float("inf"), float("-inf")):
        raise ValueError("Invalid value NaN (not a number)" if t != t
                         else "cannot convert float infinity to integer")
    seconds = int(t)
    microseconds = round((t - seconds) * 1e6)
    if microseconds >= 1000000:
        seconds, microseconds = seconds + 1, microseconds - 1000000
    elif microseconds < 0:
        seconds, microseconds = seconds - 1, microseconds + 1000000
    return seconds, microseconds


def utc_offset(seconds):
    """The host zone's UTC offset, in whole seconds, at that instant."""
    return int(_host_time.utc_offset(seconds))


def civil_fields(seconds):
    """(year, month, day, hour, minute, second) of seconds since the epoch."""
    days, rest = divmod(seconds, 86400)
    ordinal = days + EPOCH_ORDINAL
    if not 0 < ordinal <= 3652059:
        raise ValueError("year is out of range")
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return ordinal_to_ymd(ordinal) + (hour, minute, second)


def local_fields(t, local):
    """(year, month, day, hour, minute, second, microsecond) of timestamp t, in the
    host's zone when `local`, else in UTC."""
    seconds, microseconds = split_timestamp(t)
    if local:
        seconds += utc_offset(seconds)
    return civil_fields(seconds) + (microseconds,)


def naive_seconds(year, month, day, hour, minute, second):
    """Seconds since the epoch of a calendar time read as UTC."""
    days = ymd_to_ordinal(year, month, day) - EPOCH_ORDINAL
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def local_timestamp(year, month, day, hour, minute, second):
    """The instant whose local time is the given one (C's `mktime`): the offset is
    looked up twice, since the offset at the local time read as UTC can be on the
    other side of a change of offset."""
    as_utc = naive_seconds(year, month, day, hour, minute, second)
    guess = as_utc - utc_offset(as_utc)
    return as_utc - utc_offset(guess)


def local_timezone(seconds):
    """A fixed-offset timezone for the host's offset at that instant, named as
    CPython names a zone it knows only by its offset."""
    offset = timedelta(seconds=utc_offset(seconds))
    name = "UTC" if not offset else "UTC" + format_offset(offset)
    return timezone(offset, name)
