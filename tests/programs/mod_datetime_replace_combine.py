# datetime: replace, combine, date() and time() parts, timetz, and first and last days of a month
from datetime import date, datetime, time, timedelta, timezone

moment = datetime(2024, 8, 17, 14, 45, 12, 999)
print(moment.replace(hour=0, minute=0, second=0, microsecond=0), moment.replace(year=2025, day=1))
print(moment.date(), moment.time(), repr(moment.timetz()), moment.replace(tzinfo=timezone.utc).timetz())
print(datetime.combine(date(2024, 1, 1), time(9, 30)), datetime.combine(moment.date(), time.min))
print(datetime.combine(date(2024, 1, 1), time(9, tzinfo=timezone.utc)), datetime.combine(date(2024, 1, 1), time(9), timezone.utc))


def month_bounds(day):
    first = day.replace(day=1)
    next_month = (first + timedelta(days=32)).replace(day=1)
    return first, next_month - timedelta(days=1)


for month in [1, 2, 4, 12]:
    print(month_bounds(date(2024, month, 15)))
print(time(9, 30).replace(minute=0), repr(time(23, 59, 59, 999999)), repr(time()), repr(time(1, 2, 3)))
try:
    moment.replace(month=2, day=30)
except ValueError as error:
    print("ValueError:", error)
try:
    datetime.combine("2024-01-01", time())
except TypeError as error:
    print("TypeError:", error)
