"""`datetime.date`: a day of the proleptic Gregorian calendar, and the named tuple
`isocalendar()` returns."""

from _datetime_calendar import (DAY_NAMES, MONTH_NAMES, MAXYEAR, MAX_ORDINAL, MISSING,
                                as_index, read_only, check_date_fields, check_ordinal, cmp,
                                iso_calendar, iso_to_ordinal, ordinal_to_ymd,
                                type_name, ymd_to_ordinal)
from _datetime_timedelta import timedelta
import _datetime_iso
import _datetime_strftime


class IsoCalendarDate(tuple):
    __module__ = "datetime"
    __c_type_name__ = "datetime.IsoCalendarDate"

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return (f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, "
                f"weekday={self[2]})")

    def __reduce__(self):
        return (tuple, (tuple(self),))


def new_date(cls, year, month, day):
    self = object.__new__(cls)
    self._year, self._month, self._day = year, month, day
    self._hashcode = -1
    return self


def check_isoformat_argument(text):
    if not isinstance(text, str):
        raise TypeError("fromisoformat: argument must be str")


class date:
    """date(year, month, day) --> date object"""
    __module__ = "datetime"
    __c_type_name__ = "datetime.date"
    __slots__ = ("_year", "_month", "_day", "_hashcode")
    _is_datetime = False

    def __new__(cls, year=MISSING, month=MISSING, day=MISSING):
        return new_date(cls, *check_date_fields(year, month, day))

    @classmethod
    def fromtimestamp(cls, t):
        from _datetime_local import local_fields
        year, month, day = local_fields(t, True)[:3]
        return cls(year, month, day)

    @classmethod
    def today(cls):
        import time
        return cls.fromtimestamp(time.time())

    @classmethod
    def fromordinal(cls, n):
        n = as_index(n)
        check_ordinal(n)
        return cls(*ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        check_isoformat_argument(date_string)
        fields = _datetime_iso.parse_date(date_string)
        if fields is None:
            raise _datetime_iso.invalid(date_string)
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*ordinal_to_ymd(iso_to_ordinal(year, week, day)))

    year = read_only("datetime.date", "year")
    month = read_only("datetime.date", "month")
    day = read_only("datetime.date", "day")

    def __repr__(self):
        return f"{type_name(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        weekday = DAY_NAMES[self.weekday()][:3]
        month = MONTH_NAMES[self._month][:3]
        return f"{weekday} {month} {self._day:2d} 00:00:00 {self._year:04d}"

    def _moment(self):
        return _datetime_strftime.Moment(self._year, self._month, self._day, 0, 0, 0, 0,
                                         _datetime_strftime.nothing,
                                         _datetime_strftime.nothing)

    def strftime(self, fmt):
        _datetime_strftime.check_format(fmt)
        return _datetime_strftime.render(self._moment(), fmt)

    def __format__(self, fmt):
        return _datetime_strftime.format_spec(self, fmt)

    def timetuple(self):
        from _datetime_timetuple import time_tuple
        return time_tuple(self._year, self._month, self._day, 0, 0, 0, None)

    def toordinal(self):
        return ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*iso_calendar(self._year, self.toordinal()))

    def replace(self, year=None, month=None, day=None):
        year = self._year if year is None else year
        month = self._month if month is None else month
        day = self._day if day is None else day
        return type(self)(year, month, day)

    def _compare(self, other):
        return cmp((self._year, self._month, self._day),
                   (other._year, other._month, other._day))

    def _comparable(self, other):
        return isinstance(other, date) and not other._is_datetime

    def __eq__(self, other):
        if self._comparable(other):
            return self._compare(other) == 0
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._compare(other) < 0
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._compare(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._compare(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._compare(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if 0 < ordinal <= MAX_ORDINAL:
                return type(self)(*ordinal_to_ymd(ordinal))
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if self._comparable(other):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = timedelta(days=1)
