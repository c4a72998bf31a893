"""Reading ISO 8601 text for `fromisoformat`, in the forms CPython 3.11 accepts.
Each parser returns None when the text is not of the form, so that the caller
reports CPython's `Invalid isoformat string: '…'`; the ranges of the fields are
checked afterwards by the constructors, whose messages CPython lets through."""

from _datetime_calendar import iso_to_ordinal, ordinal_to_ymd
from _datetime_timedelta import timedelta
from _datetime_timezone import timezone


def invalid(text):
    return ValueError(f"Invalid isoformat string: {text!r}")


def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not all(c in "0123456789" for c in part):
        return None
    return int(part)


def _week_date(text, year, position, dashed):
    """YYYY-Www[-D] or YYYYWww[D]: the date of that ISO week day."""
    week = _digits(text, position, 2)
    if week is None:
        return None
    position += 2
    day = 1
    if position < len(text):
        if (text[position] == "-") != dashed:
            return None
        position += dashed
        day = _digits(text, position, 1)
        if day is None:
            return None
    try:
        return ordinal_to_ymd(iso_to_ordinal(year, week, day))
    except ValueError:
        return None


def parse_date(text):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD or an ISO week date. As in
    CPython, what follows a whole date in a text of 10 characters is not read."""
    if len(text) not in (7, 8, 10):
        return None
    year = _digits(text, 0, 4)
    if year is None:
        return None
    dashed = text[4] == "-"
    position = 4 + dashed
    if text[position:position + 1] == "W":
        return _week_date(text, year, position + 1, dashed)
    month = _digits(text, position, 2)
    position += 2
    if month is None or (text[position:position + 1] == "-") != dashed:
        return None
    position += dashed
    day = _digits(text, position, 2)
    if day is None:
        return None
    return year, month, day


def date_length(text):
    """Where the date part of a datetime's text ends (CPython's
    `_find_isoformat_datetime_separator`): 10 for YYYY-MM-DD, 8 for YYYYMMDD or
    YYYY-Www, and so on."""
    if len(text) == 7:
        return 7
    if text[4] == "-":
        if text[5] != "W":
            return 10
        if len(text) > 8 and text[8] == "-":
            if len(text) > 10 and text[10] in "0123456789":
                return 8
            return 10
        return 8
    if text[4] == "W":
        end = 7
        while end < len(text) and text[end] in "0123456789":
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _clock(text):
    """[hour, minute, second, microsecond] of HH[:MM[:SS[.f…]]] or HH[MM[SS[.f…]]]."""
    fields = [0, 0, 0, 0]
    position, separated = 0, False
    for index in range(3):
        value = _digits(text, position, 2)
        if value is None:
            return None
        fields[index] = value
        position += 2
        following = text[position:position + 1]
        if index == 0:
            separated = following == ":"
        if not following or index == 2:
            break
        if separated and following != ":":
            return None
        position += separated
    if position < len(text):
        if text[position] not in ".,":
            return None
        fraction = text[position + 1:]
        if not fraction or not all(c in "0123456789" for c in fraction):
            return None
        fields[3] = int((fraction[:6] + "00000")[:6])
    return fields


def _offset(text, sign):
    """The timezone of a UTC offset's HH[:MM[:SS[.f]]], or None when malformed."""
    if len(text) in (0, 1, 3):
        return None
    fields = _clock(text)
    if fields is None:
        return None
    if not any(fields):
        return timezone.utc
    hours, minutes, seconds, microseconds = fields
    delta = timedelta(hours=hours, minutes=minutes, seconds=seconds,
                      microseconds=microseconds)
    return timezone(-delta if sign == "-" else delta)


def parse_time(text):
    """[hour, minute, second, microsecond, tzinfo] of a time with an optional UTC
    offset (`Z`, `+HH`, `+HH:MM`, …), or None."""
    if len(text) < 2:
        return None
    # CPython looks for a '-' first, then a '+', then a 'Z'.
    zone_at = text.find("-")
    if zone_at < 0:
        zone_at = text.find("+")
    if zone_at < 0:
        zone_at = text.find("Z")
    clock_text = text if zone_at < 0 else text[:zone_at]
    fields = _clock(clock_text)
    if fields is None:
        return None
    tz = None
    if zone_at >= 0:
        if text[zone_at] == "Z":
            if zone_at != len(text) - 1:
                return None
            tz = timezone.utc
        else:
            tz = _offset(text[zone_at + 1:], text[zone_at])
            if tz is None:
                return None
    return fields + [tz]
