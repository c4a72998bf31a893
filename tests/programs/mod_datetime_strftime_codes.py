# datetime: strftime with the common directives, padding flags and literal percent signs, and f-string formats
from datetime import date, datetime, time, timezone, timedelta

moment = datetime(2024, 7, 4, 15, 7, 9, 123456)
for code in "aAbBcdfHIjmMpSUwWxXyYzZ%":
    print(f"%{code} -> {moment.strftime('%' + code)!r}")
print(moment.strftime("%-d/%-m/%Y %-I:%M %p"), moment.strftime("%e|%k|%l|%F %T|%D|%R"))
print(moment.strftime("Week %W, day %j, ISO %G-W%V-%u"))
print(moment.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3])
print(date(2024, 1, 1).strftime("%A, %B %d, %Y %H:%M"), time(6, 30).strftime("%I:%M %p"))
aware = moment.replace(tzinfo=timezone(timedelta(hours=-4), "EDT"))
print(aware.strftime("%H:%M %Z (%z)"), moment.replace(tzinfo=timezone.utc).strftime("%z %Z"))
print(f"{moment:%d.%m.%Y}", f"{moment.date():%b %d}", f"{moment.time():%H%M}", f"[{moment:}]")
print("{:%Y}".format(moment), format(date(1999, 12, 31), "%y"))
print(repr(moment.strftime("")), moment.strftime("100%% sure %Q"))
print(moment.ctime(), date(2024, 1, 5).ctime())
print(datetime(5, 1, 3).strftime("%Y %y %C"), datetime(1900, 1, 1).strftime("%U %W %a"))
