# datetime: today(), now() and utcnow() read the clock; only what does not depend on the moment is printed
import time
from datetime import date, datetime, timedelta, timezone

today = date.today()
now = datetime.now()
utc = datetime.now(timezone.utc)
print(type(today).__name__, type(now).__name__, now.tzinfo, repr(utc.tzinfo))
print(today.year >= 2024, now.date() - today <= timedelta(days=1), now.microsecond < 10**6)
print(abs(datetime.utcnow() - utc.replace(tzinfo=None)) < timedelta(minutes=1))
print(abs(utc.timestamp() - time.time()) < 60, abs(datetime.fromtimestamp(time.time()) - now) < timedelta(minutes=1))
start = datetime.now()
time.sleep(0.5)
elapsed = datetime.now() - start
print(elapsed >= timedelta(seconds=0.5), elapsed < timedelta(seconds=30))
local = datetime.now().astimezone()
print(local.utcoffset() is not None, local.tzinfo is not None, type(local.tzinfo).__name__)
