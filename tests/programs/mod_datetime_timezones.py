# datetime: aware datetimes with fixed-offset timezones, astimezone, comparisons across zones and UTC
from datetime import datetime, timedelta, timezone, UTC

tokyo = timezone(timedelta(hours=9), "JST")
new_york = timezone(timedelta(hours=-5))
meeting = datetime(2024, 11, 5, 9, 30, tzinfo=tokyo)
print(repr(meeting))
print(meeting, meeting.tzname(), meeting.utcoffset(), meeting.dst())
in_ny = meeting.astimezone(new_york)
print(in_ny, in_ny.tzname(), repr(in_ny.tzinfo))
print(meeting.astimezone(timezone.utc), meeting == in_ny, meeting - in_ny, hash(meeting) == hash(in_ny))
print(UTC is timezone.utc, repr(UTC), str(timezone(timedelta(minutes=-90))), timezone.min, timezone.max)
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(0, tz=timezone.utc))
print(datetime.fromtimestamp(1700000000, tz=tokyo), datetime.fromtimestamp(1700000000.25, tz=new_york))
naive = datetime(2024, 11, 5, 9, 30)
print(naive == meeting, naive.tzinfo, naive.replace(tzinfo=tokyo) == meeting)
try:
    naive < meeting
except TypeError as error:
    print("TypeError:", error)
try:
    timezone(timedelta(hours=24))
except ValueError as error:
    print("ValueError:", error)
flights = [datetime(2024, 6, 1, 8, tzinfo=tokyo), datetime(2024, 6, 1, 0, tzinfo=timezone.utc),
           datetime(2024, 5, 31, 19, tzinfo=new_york)]
for flight in sorted(flights):
    print(flight.isoformat(), flight.astimezone(UTC).strftime("%H:%M UTC"))
