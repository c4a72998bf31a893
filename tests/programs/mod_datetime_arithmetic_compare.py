# datetime: adding and subtracting timedeltas, month ends and leap years, comparisons, hashing and min/max
from datetime import date, datetime, time, timedelta

start = date(2024, 1, 31)
print(start + timedelta(days=1), start + timedelta(days=29), start - timedelta(weeks=5))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1))
print(datetime(2024, 12, 31, 23, 59, 59) + timedelta(seconds=1), datetime(2024, 3, 1) - timedelta(microseconds=1))
print(timedelta(hours=5) + datetime(2024, 1, 1, 22), date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == datetime(2024, 1, 1))
print(datetime(2024, 1, 1, 12) > datetime(2024, 1, 1), time(9) < time(17, 30), time(12) == time(12, 0, 0, 0))
try:
    date(2024, 1, 1) < datetime(2024, 1, 1)
except TypeError as error:
    print("TypeError:", error)
days = {date(2024, 1, 1): "new year", date(2024, 12, 25): "christmas"}
print(days[date(2024, 12, 25)], date(2024, 1, 1) in days, len({date(2024, 1, 1), date(2024, 1, 1)}))
print(min(days), max(days), sorted(days, reverse=True))
print(date.min, date.max, datetime.min, datetime.max, time.min, time.max)
print(date.resolution, datetime.resolution, repr(date.max - date.min))
for year in [1900, 2000, 2023, 2024]:
    print(year, (date(year, 3, 1) - date(year, 2, 1)).days)
print(date(2024, 2, 29).toordinal(), date.fromordinal(738945), date(1, 1, 1).toordinal())
try:
    date.max + timedelta(days=1)
except OverflowError as error:
    print("OverflowError:", error)
