# datetime: timetuple() and utctimetuple() as time.struct_time, its named fields, indexing and unpacking
from datetime import date, datetime, timedelta, timezone

day = date(2024, 2, 29)
parts = day.timetuple()
print(repr(parts))
print(parts.tm_yday, parts.tm_wday, parts[0], len(parts), type(parts).__name__, tuple(parts)[:3])
year, month, mday, *rest = datetime(2024, 12, 31, 23, 59, 1).timetuple()
print(year, month, mday, rest)
aware = datetime(2024, 6, 1, 1, 30, tzinfo=timezone(timedelta(hours=2)))
print(repr(aware.timetuple()))
print(repr(aware.utctimetuple()))
print(repr(datetime(2024, 6, 1, 1, 30).utctimetuple()))
print(f"day {parts.tm_yday} of {parts.tm_year}", parts.tm_zone, parts.tm_gmtoff)
