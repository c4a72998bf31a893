# datetime: weekday, isoweekday, isocalendar and fromisocalendar, and a month calendar printed by hand
from datetime import date, timedelta

for day in [date(2024, 1, 1), date(2024, 12, 30), date(2021, 1, 3), date(2020, 12, 31), date(2026, 12, 31)]:
    iso = day.isocalendar()
    print(day, day.weekday(), day.isoweekday(), iso, iso.year, iso.week, iso.weekday, tuple(iso))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1))
try:
    date.fromisocalendar(2024, 53, 1)
except ValueError as error:
    print("ValueError:", error)


def month_calendar(year, month):
    first = date(year, month, 1)
    print(first.strftime("%B %Y").center(20))
    print("Mo Tu We Th Fr Sa Su")
    cells = ["  "] * first.weekday()
    day = first
    while day.month == month:
        cells.append(f"{day.day:2d}")
        day += timedelta(days=1)
    for start in range(0, len(cells), 7):
        print(" ".join(cells[start:start + 7]))


month_calendar(2024, 2)


def business_days(start, end):
    count, day = 0, start
    while day < end:
        if day.weekday() < 5:
            count += 1
        day += timedelta(days=1)
    return count


print("business days in March 2024:", business_days(date(2024, 3, 1), date(2024, 4, 1)))
