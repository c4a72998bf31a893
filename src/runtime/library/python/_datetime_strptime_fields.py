"""What `strptime` makes of the texts its directives matched: CPython's
`_strptime` rules for the default fields (1900-01-01 00:00), two-digit years,
12-hour clocks, days of the year, week numbers, ISO weeks and UTC offsets."""

import _datetime_calendar as calendar
from _datetime_timedelta import timedelta
from _datetime_timezone import timezone

_ISO_YEAR_NEEDS = ("ISO year directive '%G' must be used with the ISO week directive "
                   "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
_ISO_YEAR_JULIAN = ("Day of the year directive '%j' is not compatible with ISO year "
                    "directive '%G'. Use '%Y' instead.")
_ISO_WEEK_NEEDS = ("ISO week directive '%V' must be used with the ISO year directive "
                   "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
_ISO_WEEK_WITH_YEAR = ("ISO week directive '%V' is incompatible with the year directive "
                       "'%Y'. Use the ISO year '%G' instead.")


def _day_of_year_from_week(year, week, weekday, monday_first):
    """The day of the year of a %U or %W week number and a weekday."""
    first_weekday = (calendar.ymd_to_ordinal(year, 1, 1) + 6) % 7
    if not monday_first:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week0_length = (7 - first_weekday) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    return 1 + week0_length + 7 * (week - 1) + weekday


def _day_of_year_from_iso(iso_year, iso_week, iso_weekday):
    correction = calendar.ymd_to_ordinal(iso_year, 1, 4) % 7 or 7
    day = iso_week * 7 + iso_weekday - (correction + 3)
    if day < 1:
        day += calendar.ymd_to_ordinal(iso_year, 1, 1)
        iso_year -= 1
        day -= calendar.ymd_to_ordinal(iso_year, 1, 1)
    return iso_year, day


def _offset(text):
    """Seconds and microseconds of a %z text: Z, +HHMM, +HH:MM, +HH:MM:SS.ffffff."""
    if text == "Z":
        return 0, 0
    given = text
    if text[3] == ":":
        text = text[:3] + text[4:]
        if len(text) > 5:
            if text[5] != ":":
                raise ValueError(f"Inconsistent use of : in {given}")
            text = text[:5] + text[6:]
    seconds = int(text[1:3]) * 3600 + int(text[3:5]) * 60 + int(text[5:7] or 0)
    fraction = int((text[8:] + "000000")[:6])
    if text[0] == "-":
        return -seconds, -fraction
    return seconds, fraction


class Fields:
    """The fields of a strptime result, from the directives' texts."""

    def __init__(self, found, names):
        self.found, self.names = found, names
        self.year = self.iso_year = self.iso_week = self.week = None
        self.month = self.day = 1
        self.hour = self.minute = self.second = self.fraction = 0
        self.weekday = self.julian = self.offset = None
        for code, text in found.items():
            self._read(code, text)

    def _read(self, code, text):
        if code == "y":
            self.year = int(text) + (2000 if int(text) <= 68 else 1900)
        elif code in ("Y", "m", "d", "H", "M", "S", "j", "G", "V"):
            attribute = {"Y": "year", "m": "month", "d": "day", "H": "hour",
                         "M": "minute", "S": "second", "j": "julian",
                         "G": "iso_year", "V": "iso_week"}[code]
            setattr(self, attribute, int(text))
        elif code in ("B", "b"):
            self.month = self._month_index(code, text.lower())
        elif code in ("A", "a"):
            self.weekday = self._weekday_index(code, text.lower())
        elif code == "I":
            self.hour = self._twelve_hour(int(text))
        elif code == "f":
            self.fraction = int((text + "000000")[:6])
        elif code == "w":
            self.weekday = (int(text) + 6) % 7
        elif code == "u":
            self.weekday = int(text) - 1
        elif code in ("U", "W"):
            self.week = (int(text), code == "W")
        elif code == "z":
            self.offset = _offset(text)

    def _month_index(self, code, text):
        names = [name.lower() for name in calendar.MONTH_NAMES[1:]]
        if code == "b":
            names = [name[:3] for name in names]
        return names.index(text) + 1

    def _weekday_index(self, code, text):
        names = [name.lower() for name in calendar.DAY_NAMES]
        if code == "a":
            names = [name[:3] for name in names]
        return names.index(text)

    def _twelve_hour(self, hour):
        """%I with %p: 12 AM is midnight, 12 PM noon; without %p, AM."""
        if self.found.get("p", "").lower() == "pm":
            return hour if hour == 12 else hour + 12
        return 0 if hour == 12 else hour

    def _check_iso(self):
        if self.year is None and self.iso_year is not None:
            if self.iso_week is None or self.weekday is None:
                raise ValueError(_ISO_YEAR_NEEDS)
            if self.julian is not None:
                raise ValueError(_ISO_YEAR_JULIAN)
        elif self.week is None and self.iso_week is not None:
            raise ValueError(_ISO_WEEK_NEEDS if self.weekday is None else _ISO_WEEK_WITH_YEAR)

    def _resolve_date(self):
        """Year, month and day, from a day of the year or a week when one was given."""
        leap_year_fix = self.year is None and self.month == 2 and self.day == 29
        year = 1904 if leap_year_fix else 1900 if self.year is None else self.year
        julian = self.julian
        if julian is None and self.weekday is not None:
            if self.week is not None:
                week, monday_first = self.week
                julian = _day_of_year_from_week(year, week, self.weekday, monday_first)
            elif self.iso_year is not None and self.iso_week is not None:
                year, julian = _day_of_year_from_iso(self.iso_year, self.iso_week,
                                                     self.weekday + 1)
            if julian is not None and julian <= 0:
                year -= 1
                julian += 366 if calendar.is_leap(year) else 365
        month, day = self.month, self.day
        if julian is not None:
            start = calendar.ymd_to_ordinal(year, 1, 1)
            year, month, day = calendar.ordinal_to_ymd(start + julian - 1)
        return (1900 if leap_year_fix else year), month, day

    def build(self, cls):
        self._check_iso()
        fields = self._resolve_date() + (self.hour, self.minute, self.second,
                                         self.fraction)
        if self.offset is None:
            return cls(*fields)
        seconds, microseconds = self.offset
        delta = timedelta(seconds=seconds, microseconds=microseconds)
        name = self.found.get("Z")
        return cls(*fields, timezone(delta, name) if name else timezone(delta))
