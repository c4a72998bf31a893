"""Calendar arithmetic for the datetime module: the proleptic Gregorian calendar,
day ordinals (0001-01-01 is day 1), ISO weeks, and the field checks with the
messages CPython's C datetime gives."""

MINYEAR = 1
MAXYEAR = 9999

DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

MONTH_NAMES = [None, "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Days in 400, 100 and 4 years: the Gregorian cycle repeats every 400 years.
DAYS_IN_400_YEARS = 146097
DAYS_IN_100_YEARS = 36524
DAYS_IN_4_YEARS = 1461
MAX_ORDINAL = 3652059


def is_leap(year):
    """Every fourth year, except centuries not divisible by 400."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return DAYS_IN_MONTH[month]


def days_before_month(year, month):
    return DAYS_BEFORE_MONTH[month] + (month > 2 and is_leap(year))


def ymd_to_ordinal(year, month, day):
    return days_before_year(year) + days_before_month(year, month) + day


def ordinal_to_ymd(n):
    """The (year, month, day) of day ordinal n: whole 400-, 100-, 4- and 1-year
    cycles first, then the month, guessed from the day of the year and corrected."""
    n -= 1
    n400, n = divmod(n, DAYS_IN_400_YEARS)
    year = n400 * 400 + 1
    n100, n = divmod(n, DAYS_IN_100_YEARS)
    n4, n = divmod(n, DAYS_IN_4_YEARS)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def iso_week1_monday(year):
    """The ordinal of the Monday of ISO week 1: the week holding the year's first
    Thursday."""
    first = days_before_year(year) + 1
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def iso_calendar(year, ordinal):
    week1 = iso_week1_monday(year)
    week, day = divmod(ordinal - week1, 7)
    if week < 0:
        year -= 1
        week, day = divmod(ordinal - iso_week1_monday(year), 7)
    elif week >= 52 and ordinal >= iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, day + 1


def iso_to_ordinal(year, week, day):
    """`date.fromisocalendar`'s checks and ordinal."""
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        first_weekday = ymd_to_ordinal(year, 1, 1) % 7
        long_year = first_weekday == 4 or (first_weekday == 3 and is_leap(year))
        if not (week == 53 and long_year):
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
    return iso_week1_monday(year) + (week - 1) * 7 + day - 1


def as_index(value):
    """An int argument, as C's `PyNumber_Index` takes one (a float is refused)."""
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


class Missing:
    """The default of a required constructor argument, so that a missing one is
    reported as C's argument parser reports it."""

    def __repr__(self):
        return "<missing>"


MISSING = Missing()


def check_present(*arguments):
    names = ("year", "month", "day")
    for position, (name, value) in enumerate(zip(names, arguments), 1):
        if value is MISSING:
            raise TypeError(f"function missing required argument '{name}' (pos {position})")


def read_only(owner, name):
    """The property of field `name`, kept in `_name`, refusing assignment with the
    message of CPython's C getters."""
    attribute = "_" + name

    def get(self):
        return getattr(self, attribute)

    def refuse(self, value):
        if owner == "datetime.timedelta":
            raise AttributeError("readonly attribute")
        raise AttributeError(f"attribute '{name}' of '{owner}' objects is not writable")

    return property(get, refuse)


def check_date_fields(year, month, day):
    check_present(year, month, day)
    year, month, day = as_index(year), as_index(month), as_index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second = as_index(hour), as_index(minute), as_index(second)
    microsecond, fold = as_index(microsecond), as_index(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def check_ordinal(n):
    if n < 1:
        raise ValueError("ordinal must be >= 1")
    if n > MAX_ORDINAL:
        raise ValueError(f"year {ordinal_to_ymd(n)[0]} is out of range")


def type_name(value):
    """The type's name as CPython's messages give it: `datetime.date` for the module's
    own classes (types written in C), the bare name for a subclass of one."""
    cls = type(value)
    return cls.__dict__.get("__c_type_name__", cls.__name__)


def cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def divide_nearest(a, b):
    """a / b rounded to the nearest int, ties to even, as C's `divide_nearest`."""
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        greater = r2 > b or (r2 == b and q % 2 == 1)
    else:
        greater = r2 < b or (r2 == b and q % 2 == 1)
    return q + 1 if greater else q
