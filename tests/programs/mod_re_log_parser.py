# re in a log parser: named groups per line, counts per level, and the slowest request
import re

LOG = """2024-01-05 10:00:01 INFO  GET /index.html 200 12ms
2024-01-05 10:00:02 WARN  GET /missing 404 3ms
2024-01-05 10:00:04 INFO  POST /api/save 201 150ms
2024-01-05 10:00:09 ERROR GET /api/load 500 1203ms
malformed line here
2024-01-05 10:00:10 INFO  GET /about 200 8ms"""

LINE = re.compile(r"(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+"
                  r"(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms")
levels = {}
slowest = None
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        print("skipped:", line)
        continue
    levels[m["level"]] = levels.get(m["level"], 0) + 1
    if slowest is None or int(m["ms"]) > int(slowest["ms"]):
        slowest = m
print(levels)
print(slowest.group("path"), slowest.group("ms"), slowest.span("path"))
print(re.findall(r"/api/\w+", LOG), len(re.findall(r"^2024", LOG, re.M)))
