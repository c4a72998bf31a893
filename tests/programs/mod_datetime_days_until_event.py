# datetime: days until an event and a countdown in days, hours and minutes, as tutorials print them
from datetime import date, datetime, timedelta

now = datetime(2024, 12, 20, 18, 45, 30)
events = [("Christmas", datetime(2024, 12, 25)), ("New Year", datetime(2025, 1, 1)),
          ("Launch", datetime(2024, 12, 20, 21, 0)), ("Past", datetime(2024, 12, 1))]


def countdown(delta):
    if delta < timedelta(0):
        return "already happened"
    hours, rest = divmod(delta.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{delta.days} days, {hours} hours, {minutes} minutes, {seconds} seconds"


for name, when in events:
    left = when - now
    print(f"{name}: {countdown(left)} ({left})")

birthday = date(2024, 7, 4)
today = date(2024, 12, 20)
next_one = birthday.replace(year=today.year)
if next_one < today:
    next_one = next_one.replace(year=today.year + 1)
print("days to birthday:", (next_one - today).days)
print("weeks:", (next_one - today) // timedelta(weeks=1), "remainder:", (next_one - today) % timedelta(weeks=1))
print("hours:", (events[0][1] - now) / timedelta(hours=1))
print("total seconds:", (events[0][1] - now).total_seconds())
