# datetime: a generator of dates stepping by a timedelta, a closure that remembers the last date, and weekends skipped
from datetime import date, timedelta


def date_range(start, stop, step=timedelta(days=1)):
    current = start
    while current < stop:
        yield current
        current += step


print([d.isoformat() for d in date_range(date(2024, 2, 26), date(2024, 3, 3))])
print([d.strftime("%d %b") for d in date_range(date(2024, 1, 1), date(2024, 3, 1), timedelta(weeks=2))])


def make_tracker():
    last = None

    def seen(day):
        nonlocal last
        gap = None if last is None else (day - last).days
        last = day
        return gap

    return seen


track = make_tracker()
for day in [date(2024, 5, 1), date(2024, 5, 4), date(2024, 6, 1)]:
    print(day, track(day))
weekdays = [d for d in date_range(date(2024, 6, 1), date(2024, 6, 11)) if d.isoweekday() < 6]
print(len(weekdays), weekdays[0], weekdays[-1])
