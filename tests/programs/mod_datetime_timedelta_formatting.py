# datetime: timedelta's str and repr, normalisation of negative and fractional values, and hand-made formats
from datetime import timedelta

samples = [timedelta(0), timedelta(seconds=59), timedelta(minutes=90), timedelta(hours=25, seconds=1),
           timedelta(days=-1), timedelta(seconds=-1), timedelta(days=1, microseconds=5),
           timedelta(weeks=2, days=3, hours=4.5), timedelta(milliseconds=1500), timedelta(days=-3, hours=2),
           timedelta(microseconds=-1), timedelta(days=400)]
for delta in samples:
    print(f"{str(delta):>28} | {delta!r}")


def human(delta):
    total = int(delta.total_seconds())
    sign = "-" if total < 0 else ""
    total = abs(total)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours:02d}:{minutes:02d}:{seconds:02d}"


for delta in samples[:6]:
    print(human(delta), delta.days, delta.seconds, delta.microseconds, delta.total_seconds())
print(timedelta(hours=1) * 2.5, timedelta(hours=1) / 3, timedelta(hours=1) // 7, -timedelta(hours=1) // 7)
print(abs(timedelta(days=-2)), timedelta(1) == timedelta(hours=24), timedelta(1) > timedelta(hours=23))
print(timedelta.max, timedelta.min, timedelta.resolution)
print(repr(timedelta(seconds=1.5e-6)), repr(timedelta(microseconds=3.5)), repr(timedelta(days=0.1)))
