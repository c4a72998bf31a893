# datetime: leap years by the Gregorian rule checked against date(), days in each month, and 29 February
from datetime import date, timedelta


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


for year in [1600, 1700, 1900, 2000, 2023, 2024, 2100]:
    try:
        date(year, 2, 29)
        valid = True
    except ValueError:
        valid = False
    print(year, is_leap(year), valid, (date(year + 1, 1, 1) - date(year, 1, 1)).days)


def days_in_month(year, month):
    next_first = date(year + month // 12, month % 12 + 1, 1)
    return (next_first - timedelta(days=1)).day


print([days_in_month(2024, month) for month in range(1, 13)])
print([days_in_month(2023, month) for month in range(1, 13)])
print(date(2024, 2, 28) + timedelta(days=1), date(2023, 2, 28) + timedelta(days=1))
print(date(2024, 2, 29).isocalendar(), date(2024, 2, 29).toordinal() - date(2024, 1, 1).toordinal() + 1)
