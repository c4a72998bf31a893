# datetime: time objects for opening hours, comparisons, greetings by hour, and time arithmetic through datetime.combine
from datetime import date, datetime, time, timedelta

opening, closing = time(9, 0), time(17, 30)


def is_open(moment):
    return opening <= moment.time() < closing


for text in ["2024-05-06 08:59", "2024-05-06 09:00", "2024-05-06 17:29:59", "2024-05-06 17:30"]:
    moment = datetime.fromisoformat(text)
    print(text, is_open(moment))


def greeting(at):
    if at < time(12):
        return "Good morning"
    if at < time(18):
        return "Good afternoon"
    return "Good evening"


print([greeting(time(hour)) for hour in (6, 12, 17, 23)])
later = (datetime.combine(date.min, time(23, 45)) + timedelta(minutes=30)).time()
print(later, repr(later), time(23, 45) > later, str(time(7, 5, 3, 20)), time(12).isoformat(timespec="minutes"))
print(sorted([time(14), time(9, 30), time(9, 5)]), time.fromisoformat("08:30:15").second)
try:
    time(9) + timedelta(hours=1)
except TypeError as error:
    print("TypeError:", error)
