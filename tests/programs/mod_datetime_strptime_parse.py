# datetime: strptime on log lines and user input, with %b, %p, %f, %z and the error messages for text that does not fit
from datetime import datetime

lines = ["2024-03-09 14:02:11,INFO,started", "2024-03-09 14:05:40,ERROR,disk full", "2024-03-10 08:00:00,INFO,restart"]
stamps = []
for line in lines:
    when, level, message = line.split(",")
    stamp = datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
    stamps.append(stamp)
    print(repr(stamp), level, message)
print("span:", stamps[-1] - stamps[0])

samples = [("03/15/24", "%m/%d/%y"), ("15 March 2024", "%d %B %Y"), ("Mar 5 2024 7:30PM", "%b %d %Y %I:%M%p")]
samples += [("12:00 AM", "%I:%M %p"), ("2024-03-15T10:20:30.25", "%Y-%m-%dT%H:%M:%S.%f")]
samples += [("2024-03-15 10:20 +0530", "%Y-%m-%d %H:%M %z"), ("2024-03-15T10:20:00Z", "%Y-%m-%dT%H:%M:%S%z")]
samples += [("friday 15 MARCH 2024", "%A %d %B %Y"), ("2024 075", "%Y %j"), ("1 1 69", "%d %m %y")]
for text, fmt in samples:
    print(f"{text!r:28} {fmt!r:24} {datetime.strptime(text, fmt)!r}")

bad = [("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2024-03-15 10:20", "%Y-%m-%d")]
bad += [("15/03/2024", "%Y-%m-%d"), ("2024", "%Y %Q"), ("2024", "%Y%")]
for text, fmt in bad:
    try:
        datetime.strptime(text, fmt)
    except ValueError as error:
        print("ValueError:", error)
