"""`time.struct_time` as `timetuple()` and `utctimetuple()` return it: a 9-tuple of
the calendar fields with named attributes."""

from _datetime_calendar import days_before_month, ymd_to_ordinal

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()"""
    __module__ = "time"
    __c_type_name__ = "time.struct_time"

    def __new__(cls, fields):
        return super().__new__(cls, fields)

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: None)
    tm_gmtoff = property(lambda self: None)

    def __repr__(self):
        fields = ", ".join(f"{name}={value}" for name, value in zip(_FIELDS, self))
        return f"time.struct_time({fields})"


def time_tuple(year, month, day, hour, minute, second, dst):
    """The struct_time of those fields; `dst` is the tzinfo's dst(): None gives -1,
    a zero timedelta 0, any other 1."""
    weekday = (ymd_to_ordinal(year, month, day) + 6) % 7
    yearday = days_before_month(year, month) + day
    flag = -1 if dst is None else int(bool(dst))
    return struct_time((year, month, day, hour, minute, second, weekday, yearday, flag))
