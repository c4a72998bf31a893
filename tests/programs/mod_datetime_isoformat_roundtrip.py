# datetime: isoformat with separators and timespecs, and fromisoformat reading it back, including the forms 3.11 adds
from datetime import date, datetime, time, timedelta, timezone

moment = datetime(2024, 1, 2, 3, 4, 5, 6789, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(moment.isoformat())
print(moment.isoformat(" "), moment.isoformat(timespec="seconds"), moment.isoformat(timespec="milliseconds"))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, datetime(2024, 1, 2, 3, 4, 5).isoformat(timespec=spec), time(7, 8, 9, 10).isoformat(spec))
print(datetime.fromisoformat(moment.isoformat()) == moment)
texts = "2024-01-02|2024-01-02T03:04|2024-01-02 03:04:05.5|2024-01-02T03:04:05+01:00|2024-01-02T03:04:05Z"
texts += "|20240102T030405|2024-W01-2|2024-01-02T03:04:05.123456789|2024-01-02T03:04:05-08:00"
texts = texts.split("|")
for text in texts:
    print(f"{text!r:34} {datetime.fromisoformat(text)!r}")
print(date.fromisoformat("2024-12-31"), date.fromisoformat("20241231"), time.fromisoformat("10:30"), time.fromisoformat("T10:30:15.25"))
for bad in ["2024-1-2", "02/01/2024", "2024-01-02T25:00", "2024-02-30", "", "2024-01-02T10:00+5"]:
    try:
        datetime.fromisoformat(bad)
    except ValueError as error:
        print("ValueError:", error)
try:
    date.fromisoformat(20240102)
except TypeError as error:
    print("TypeError:", error)
