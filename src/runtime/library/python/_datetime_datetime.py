"""`datetime.datetime`: a date and a time of day, naive or aware of its UTC
offset through a tzinfo."""

from _datetime_calendar import (DAY_NAMES, MONTH_NAMES, MAX_ORDINAL, MISSING,
                                check_date_fields, check_time_fields, cmp, ordinal_to_ymd,
                                read_only, type_name, ymd_to_ordinal)
from _datetime_timedelta import US_PER_SECOND, timedelta
from _datetime_timezone import check_offset, check_tzinfo, format_offset, timezone, tzinfo
from _datetime_date import check_isoformat_argument, date
from _datetime_time import clock_text, repr_fields, repr_keywords, time
import _datetime_iso
import _datetime_local
import _datetime_strftime


# The classes under other names, for methods whose parameters are called date and time.
_date, _time = date, time


def _from_fields(cls, fields, tz, fold=0):
    return cls(*fields, tzinfo=tz, fold=fold)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __module__ = "datetime"
    __c_type_name__ = "datetime.datetime"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_fold", "_tzinfo")
    _is_datetime = True

    def __new__(cls, year=MISSING, month=MISSING, day=MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = check_date_fields(year, month, day)
        clock = check_time_fields(hour, minute, second, microsecond, fold)
        check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        (self._hour, self._minute, self._second, self._microsecond,
         self._fold) = clock
        self._tzinfo = tzinfo
        self._hashcode = -1
        return self

    year = read_only("datetime.datetime", "year")
    month = read_only("datetime.datetime", "month")
    day = read_only("datetime.datetime", "day")
    hour = read_only("datetime.datetime", "hour")
    minute = read_only("datetime.datetime", "minute")
    second = read_only("datetime.datetime", "second")
    microsecond = read_only("datetime.datetime", "microsecond")
    tzinfo = read_only("datetime.datetime", "tzinfo")
    fold = read_only("datetime.datetime", "fold")

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        check_tzinfo(tz)
        fields = _datetime_local.local_fields(t, tz is None)
        if tz is None:
            return cls(*fields)
        return tz.fromutc(_from_fields(cls, fields, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls(*_datetime_local.local_fields(t, False))

    @classmethod
    def now(cls, tz=None):
        import time as clock
        return cls.fromtimestamp(clock.time(), tz)

    @classmethod
    def utcnow(cls):
        import time as clock
        return cls.utcfromtimestamp(clock.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            f"not {type(date).__name__}")
        if not isinstance(time, _time):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            f"not {type(time).__name__}")
        tz = time.tzinfo if tzinfo is True else tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tz, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        check_isoformat_argument(date_string)
        if len(date_string) < 7:
            raise _datetime_iso.invalid(date_string)
        split = _datetime_iso.date_length(date_string)
        day = _datetime_iso.parse_date(date_string[:split])
        clock = [0, 0, 0, 0, None]
        if split < len(date_string):
            clock = _datetime_iso.parse_time(date_string[split + 1:])
        if day is None or clock is None:
            raise _datetime_iso.invalid(date_string)
        return cls(*day, *clock)

    @classmethod
    def strptime(cls, date_string, format):
        import _datetime_strptime
        return _datetime_strptime.parse_datetime(cls, date_string, format)

    def _clock(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(*self._clock(), fold=self._fold)

    def timetz(self):
        return time(*self._clock(), self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        given = (year, month, day, hour, minute, second, microsecond)
        current = (self._year, self._month, self._day) + self._clock()
        fields = [now if new is None else new for new, now in zip(given, current)]
        tz = self._tzinfo if tzinfo is True else tzinfo
        fold = self._fold if fold is None else fold
        return type(self)(*fields, tz, fold=fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, "
                            f"not '{type(name).__name__}'")
        return name

    def timetuple(self):
        from _datetime_timetuple import time_tuple
        return time_tuple(self._year, self._month, self._day, self._hour, self._minute,
                          self._second, self.dst())

    def utctimetuple(self):
        """The time tuple of this moment in UTC (as naive when it is naive)."""
        from _datetime_timetuple import time_tuple
        offset = self.utcoffset()
        moment = self if offset is None else (self - offset)
        return time_tuple(moment.year, moment.month, moment.day, moment.hour,
                          moment.minute, moment.second, timedelta(0))

    def _local_seconds(self):
        """The fields read as UTC, in whole seconds since the epoch."""
        return _datetime_local.naive_seconds(self._year, self._month, self._day,
                                             self._hour, self._minute, self._second)

    def timestamp(self):
        if self._tzinfo is None:
            seconds = _datetime_local.local_timestamp(self._year, self._month, self._day,
                                                      self._hour, self._minute,
                                                      self._second)
            return seconds + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, "
                            f"not {type(tz).__name__}")
        offset = self.utcoffset()
        if offset is None:
            seconds = int(self.replace(microsecond=0).timestamp())
            offset = _datetime_local.local_timezone(seconds).utcoffset(None)
        if tz is None:
            utc_seconds = (self._local_seconds() - offset // timedelta(seconds=1))
            tz = _datetime_local.local_timezone(utc_seconds)
        if tz is self._tzinfo:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def __repr__(self):
        fields = (self._year, self._month, self._day) + self._clock()
        keywords = repr_keywords(self._fold, self._tzinfo)
        return f"{type_name(self)}({repr_fields(fields, 5)}{keywords})"

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, "
                            f"not {type(sep).__name__}")
        text = clock_text(*self._clock(), timespec)
        day = f"{self._year:04d}-{self._month:02d}-{self._day:02d}"
        return f"{day}{sep}{text}{format_offset(self.utcoffset())}"

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        weekday = DAY_NAMES[self.weekday()][:3]
        month = MONTH_NAMES[self._month][:3]
        return (f"{weekday} {month} {self._day:2d} {self._hour:02d}:{self._minute:02d}:"
                f"{self._second:02d} {self._year:04d}")

    def strftime(self, fmt):
        _datetime_strftime.check_format(fmt)
        # CPython builds the time tuple first, whose tm_isdst asks the tzinfo's dst().
        self.dst()
        moment = _datetime_strftime.Moment(self._year, self._month, self._day,
                                           *self._clock(), self.utcoffset,
                                           self.tzname)
        return _datetime_strftime.render(moment, fmt)

    def _difference(self, other, verb):
        """self - other in microseconds; CPython refuses naive against aware."""
        mine = (self.toordinal() - other.toordinal()) * 86400 * US_PER_SECOND
        mine += (self._seconds_of_day() - other._seconds_of_day()) * US_PER_SECOND
        mine += self._microsecond - other._microsecond
        if self._tzinfo is other._tzinfo:
            return mine
        offset, other_offset = self.utcoffset(), other.utcoffset()
        if (offset is None) != (other_offset is None):
            if verb is None:
                return None
            raise TypeError(f"can't {verb} offset-naive and offset-aware datetimes")
        if offset is None:
            return mine
        return mine - (offset - other_offset) // timedelta(microseconds=1)

    def _seconds_of_day(self):
        return self._hour * 3600 + self._minute * 60 + self._second

    def _order(self, other, equality):
        if isinstance(other, datetime):
            difference = self._difference(other, None if equality else "compare")
            if difference is None:
                return 2
            return cmp(difference, 0)
        if isinstance(other, date):
            if equality:
                return 2
            raise TypeError(f"can't compare {type_name(self)} to {type_name(other)}")
        return None

    def __eq__(self, other):
        order = self._order(other, True)
        return NotImplemented if order is None else order == 0

    def __lt__(self, other):
        order = self._order(other, False)
        return NotImplemented if order is None else order < 0

    def __le__(self, other):
        order = self._order(other, False)
        return NotImplemented if order is None else order <= 0

    def __gt__(self, other):
        order = self._order(other, False)
        return NotImplemented if order is None else order > 0

    def __ge__(self, other):
        order = self._order(other, False)
        return NotImplemented if order is None else order >= 0

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            moment = self.replace(fold=0, tzinfo=None)
            if offset is not None:
                moment = moment - offset
            self._hashcode = hash((moment.toordinal(), moment._seconds_of_day(),
                                   moment._microsecond))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = (self.toordinal() * 86400 + self._seconds_of_day()) * US_PER_SECOND
        total += self._microsecond + other // timedelta(microseconds=1)
        seconds, microsecond = divmod(total, US_PER_SECOND)
        ordinal, rest = divmod(seconds, 86400)
        if not 0 < ordinal <= MAX_ORDINAL:
            raise OverflowError("date value out of range")
        hour, rest = divmod(rest, 3600)
        minute, second = divmod(rest, 60)
        return type(self)(*ordinal_to_ymd(ordinal), hour, minute, second, microsecond,
                          self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            return timedelta(microseconds=self._difference(other, "subtract"))
        return NotImplemented

    def __reduce__(self):
        fields = (self._year, self._month, self._day) + self._clock()
        return (type(self), fields + (self._tzinfo,))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
