# datetime: hours worked from clock-in and clock-out times, overnight shifts and a weekly total
from datetime import datetime, timedelta

shifts = [("Mon", "09:00", "17:30"), ("Tue", "22:00", "06:00"), ("Wed", "08:15", "12:45"), ("Thu", "13:00", "13:00")]
total = timedelta()
for day, clock_in, clock_out in shifts:
    start = datetime.strptime(clock_in, "%H:%M")
    end = datetime.strptime(clock_out, "%H:%M")
    if end <= start:
        end += timedelta(days=1)
    worked = end - start
    total += worked
    print(f"{day}: {start:%H:%M}-{end:%H:%M} {worked} ({worked.total_seconds() / 3600:.2f} h)")
print("total:", total, "=", total / timedelta(hours=1), "hours")
overtime = max(total - timedelta(hours=40), timedelta(0))
print("overtime:", overtime, bool(overtime))
print(repr(datetime.strptime("09:00", "%H:%M")))
