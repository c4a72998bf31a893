# A timing decorator that measures with time.perf_counter but prints only the call count.
import functools
import time


def timed(func):
    elapsed = []

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            elapsed.append(time.perf_counter() - start)

    wrapper.elapsed = elapsed
    return wrapper


@timed
def work(n):
    return sum(i * i for i in range(n))


print(work(10), work(100))
print(len(work.elapsed), all(t >= 0 for t in work.elapsed), work.__name__)
