"""`datetime.timedelta`: a duration kept as days, seconds (0..86399) and
microseconds (0..999999), as CPython normalises it."""

from _datetime_calendar import divide_nearest, read_only, type_name

US_PER_SECOND = 1000000
US_PER_DAY = 86400 * US_PER_SECOND
MAX_DAYS = 999999999

# What each keyword argument is worth in microseconds, in the order C's
# constructor adds them up.
_FACTORS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", US_PER_SECOND),
            ("minutes", 60 * US_PER_SECOND), ("hours", 3600 * US_PER_SECOND),
            ("days", US_PER_DAY), ("weeks", 7 * US_PER_DAY))

def _accumulate(name, value, factor):
    """A component's whole microseconds, and the fraction of one left over: C's
    `accum` keeps int parts exact and sums float fractions apart."""
    if isinstance(value, int):
        return value * factor, 0.0
    if not isinstance(value, float):
        raise TypeError(f"unsupported type for timedelta {name} component: "
                        f"{type(value).__name__}")
    whole = int(value)
    fraction = value - whole
    scaled = fraction * factor
    whole_scaled = int(scaled)
    return whole * factor + whole_scaled, scaled - whole_scaled


def _round_leftover(leftover, total):
    """The leftover fractions rounded so that the sum `total + leftover` is rounded
    half to even, as C's constructor rounds it."""
    whole = round(leftover)
    if abs(whole - leftover) == 0.5:
        odd = total & 1
        whole = 2 * round((leftover + odd) * 0.5) - odd
    return int(whole)


def from_microseconds(cls, total):
    days, rest = divmod(total, US_PER_DAY)
    seconds, microseconds = divmod(rest, US_PER_SECOND)
    if abs(days) > MAX_DAYS:
        raise OverflowError(f"days={days}; must have magnitude <= {MAX_DAYS}")
    self = object.__new__(cls)
    self._days, self._seconds, self._microseconds = days, seconds, microseconds
    self._hashcode = -1
    return self


class timedelta:
    """Difference between two datetime values."""
    __module__ = "datetime"
    __c_type_name__ = "datetime.timedelta"
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        given = {"days": days, "seconds": seconds, "microseconds": microseconds,
                 "milliseconds": milliseconds, "minutes": minutes, "hours": hours,
                 "weeks": weeks}
        total, leftover = 0, 0.0
        for name, factor in _FACTORS:
            whole, fraction = _accumulate(name, given[name], factor)
            total += whole
            leftover += fraction
        if leftover:
            total += _round_leftover(leftover, total)
        return from_microseconds(cls, total)

    days = read_only("datetime.timedelta", "days")
    seconds = read_only("datetime.timedelta", "seconds")
    microseconds = read_only("datetime.timedelta", "microseconds")

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * US_PER_SECOND + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / US_PER_SECOND

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        return f"{type_name(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}"
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = f"{self._days} day{plural}, {text}"
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return from_microseconds(timedelta, self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return from_microseconds(timedelta, self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return from_microseconds(timedelta, -self._to_microseconds())

    def __pos__(self):
        return from_microseconds(timedelta, self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return from_microseconds(timedelta, self._to_microseconds() * other)
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            product = self._to_microseconds() * numerator
            return from_microseconds(timedelta, divide_nearest(product, denominator))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return from_microseconds(timedelta, self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return from_microseconds(timedelta, divide_nearest(self._to_microseconds(), other))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            product = denominator * self._to_microseconds()
            return from_microseconds(timedelta, divide_nearest(product, numerator))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            rest = self._to_microseconds() % other._to_microseconds()
            return from_microseconds(timedelta, rest)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, from_microseconds(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = timedelta(-MAX_DAYS)
timedelta.max = timedelta(days=MAX_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
