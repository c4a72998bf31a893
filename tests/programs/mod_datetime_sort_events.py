# datetime: sorting and grouping events by datetime, with sorted(key=...), min/max and a dict by day
from datetime import datetime, timedelta

log = [
    ("deploy", datetime(2024, 2, 29, 23, 15)),
    ("backup", datetime(2024, 2, 29, 2, 0)),
    ("alert", datetime(2024, 3, 1, 0, 5, 12)),
    ("login", datetime(2024, 2, 28, 9, 30)),
    ("logout", datetime(2024, 3, 1, 0, 5, 12, 500)),
]
for name, when in sorted(log, key=lambda item: item[1]):
    print(f"{when:%Y-%m-%d %H:%M:%S} {name}")
print("latest:", max(log, key=lambda item: item[1])[0])
print("earliest:", min(when for _, when in log))

by_day = {}
for name, when in log:
    by_day.setdefault(when.date(), []).append(name)
for day in sorted(by_day):
    print(day, day.strftime("%a"), by_day[day])

gaps = []
ordered = sorted(when for _, when in log)
for before, after in zip(ordered, ordered[1:]):
    gaps.append(after - before)
print([str(gap) for gap in gaps])
print("longest gap:", max(gaps), "shortest:", min(gaps))
print(sum(gaps, timedelta()) == ordered[-1] - ordered[0])
recent = [name for name, when in log if when >= datetime(2024, 2, 29, 12)]
print(recent)
