# The time module: time(), perf_counter() and monotonic() grow, sleep(0) returns None.
import time

start = time.time()
counter_start = time.perf_counter()
mono = time.monotonic()
print(time.sleep(0))
print(type(start).__name__, start > 1_000_000_000)
print(time.perf_counter() >= counter_start, time.monotonic() >= mono)
print(isinstance(time.time_ns(), int))
