# datetime: a tzinfo subclass written by the program, its methods called back by datetime, and fromutc's default algorithm
from datetime import datetime, timedelta, tzinfo


class SummerTime(tzinfo):
    """An hour ahead of UTC, two from April to September."""

    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        if dt is not None and 4 <= dt.month <= 9:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"

    def __repr__(self):
        return "SummerTime()"


zone = SummerTime()
winter = datetime(2024, 1, 15, 12, tzinfo=zone)
summer = datetime(2024, 7, 15, 12, tzinfo=zone)
print(repr(winter), winter.tzname(), winter.utcoffset())
print(summer.isoformat(), summer.strftime("%H:%M %Z %z"), summer.dst())
utc_noon = datetime(2024, 7, 15, 12, tzinfo=zone).replace(tzinfo=None)
print(zone.fromutc(utc_noon.replace(tzinfo=zone)))
print(summer - winter, summer > winter)


class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5


try:
    datetime(2024, 1, 1, tzinfo=Broken()).utcoffset()
except TypeError as error:
    print("TypeError:", error)
try:
    datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset()
except NotImplementedError as error:
    print("NotImplementedError:", error)
