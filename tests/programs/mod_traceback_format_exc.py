# traceback.format_exc() and print_exc() inside a handler: CPython's text with carets, limit, chained causes and contexts, chain=False, file=
import sys
import traceback

def parse(text):
    return int(text)

def load(items):
    return [parse(item) for item in items]

try:
    load(["1", "x"])
except ValueError:
    message = traceback.format_exc()
    print(message, end="")
    traceback.print_exc()
    print(traceback.format_exc(limit=1))
    print(traceback.format_exc(limit=-1))

def fetch(settings):
    try:
        return settings["port"]
    except KeyError as e:
        raise RuntimeError("no port configured") from e

try:
    fetch({})
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_total += 1
except NameError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(chain=False)

try:
    raise KeyError("quiet") from None
except KeyError:
    print(traceback.format_exc())

def countdown(n):
    if n == 0:
        raise RecursionError("bottom reached")
    countdown(n - 1)

try:
    countdown(6)
except RecursionError:
    traceback.print_exc()
print(repr(traceback.format_exc()))
