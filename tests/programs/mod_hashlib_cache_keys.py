# hashlib digests as cache keys for a memoising decorator that closes over its cache
import hashlib
import json


def memoize(function):
    cache = {}

    def wrapper(*args, **kwargs):
        key = hashlib.sha1(json.dumps([args, kwargs], sort_keys=True).encode()).hexdigest()[:10]
        if key not in cache:
            print("computing", key)
            cache[key] = function(*args, **kwargs)
        return cache[key]

    wrapper.cache = cache
    return wrapper


@memoize
def area(width, height=1):
    return width * height


print(area(3, height=4), area(3, height=4), area(2))
print(sorted(area.cache.values()), len(area.cache))
