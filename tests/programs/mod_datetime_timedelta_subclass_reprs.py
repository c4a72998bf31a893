# datetime: reprs and type names of the module's classes and of a program's subclasses, as messages print them
import datetime as dt


class Day(dt.date):
    def describe(self):
        return f"{self:%A}"


class Span(dt.timedelta):
    pass


day = Day(2024, 2, 14)
print(repr(day), day.describe(), repr(day + dt.timedelta(days=1)), type(day.replace(day=1)).__name__)
print(repr(Span(hours=3)), repr(Span(hours=3) + Span(1)), type(Span(1) + Span(1)).__name__)
print(dt.date, dt.datetime, dt.timedelta, dt.timezone, dt.tzinfo, dt.time, type(dt.date(2024, 1, 1)))
print(dt.date.__name__, dt.datetime.__qualname__, dt.date.__module__, issubclass(dt.datetime, dt.date))
print(isinstance(dt.datetime(2024, 1, 1), dt.date), isinstance(dt.timezone.utc, dt.tzinfo), dt.MINYEAR, dt.MAXYEAR)
for make in [lambda: day + 1, lambda: dt.timedelta(1) + 1, lambda: dt.date(2024, 1, 1) < 3, lambda: Span(1) * "x"]:
    try:
        make()
    except TypeError as error:
        print("TypeError:", error)
try:
    dt.datetime(2024, 1, 1).nonexistent
except AttributeError as error:
    print("AttributeError:", error)
