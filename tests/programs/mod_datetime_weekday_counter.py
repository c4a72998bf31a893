# datetime: counting events by weekday and by month with Counter and defaultdict, names from strftime
from collections import Counter, defaultdict
from datetime import date, timedelta

start = date(2024, 1, 1)
visits = [start + timedelta(days=offset) for offset in (0, 2, 3, 7, 9, 14, 31, 45, 59, 60, 61)]
by_weekday = Counter(day.strftime("%A") for day in visits)
print(by_weekday.most_common(3))
by_month = defaultdict(list)
for day in visits:
    by_month[day.strftime("%B")].append(day.day)
for month, days in by_month.items():
    print(f"{month:>9}: {days}")
weekends = [day for day in visits if day.weekday() >= 5]
print("weekend visits:", [day.isoformat() for day in weekends])
first_of_month = sorted({day.replace(day=1) for day in visits})
print(first_of_month)
