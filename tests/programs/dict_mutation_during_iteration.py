# Changing a dict, set or list while iterating or sorting it is CPython's RuntimeError or ValueError.
def attempt(label, action):
    try:
        action()
    except (RuntimeError, ValueError) as error:
        print(label, type(error).__name__, error)


def grow(d):
    for k in d:
        d[k + 10] = 0


def swap_keys(d):
    for k in d:
        del d[k]
        d[k + 10] = 0


def swap_keys_view(d):
    for k in d.keys():
        d.pop(k)
        d[5] = 1


def grow_items(d):
    for k, v in d.items():
        d[2] = 2


def grow_set(s):
    for x in s:
        s.add(x + 10)


attempt("grow", lambda: grow({1: 1, 2: 2}))
attempt("swap", lambda: swap_keys({1: 1, 2: 2}))
attempt("view", lambda: swap_keys_view({1: 1}))
attempt("items", lambda: grow_items({1: 1}))
attempt("set", lambda: grow_set({1, 2}))
numbers = [3, 1, 2]
attempt("sort", lambda: numbers.sort(key=lambda x: numbers.append(x) or x))
print(numbers)
seen = []
numbers.sort(key=lambda x: seen.append(len(numbers)) or -x)
print(numbers, seen)
broken = [2, 1]
try:
    broken.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError as error:
    print("key failed:", error, broken)
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10
print(d)
