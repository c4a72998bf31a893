# datetime: the messages for an invalid date, time or timedelta, caught as tutorials catch them
from datetime import date, datetime, time, timedelta


def attempt(label, make):
    try:
        print(label, "->", repr(make()))
    except (ValueError, TypeError, OverflowError) as error:
        print(label, "->", type(error).__name__ + ":", error)


attempt("Feb 30", lambda: date(2023, 2, 30))
attempt("Feb 29 2023", lambda: date(2023, 2, 29))
attempt("Feb 29 2024", lambda: date(2024, 2, 29))
attempt("month 13", lambda: date(2024, 13, 1))
attempt("year 0", lambda: date(0, 1, 1))
attempt("day 0", lambda: date(2024, 1, 0))
attempt("str year", lambda: date("2024", 1, 1))
attempt("float day", lambda: date(2024, 1, 1.0))
attempt("hour 24", lambda: time(24, 0))
attempt("minute 60", lambda: datetime(2024, 1, 1, 12, 60))
attempt("microsecond", lambda: time(0, 0, 0, 1000000))
attempt("tzinfo", lambda: datetime(2024, 1, 1, tzinfo="UTC"))
attempt("too far", lambda: date.max + timedelta(days=1))
attempt("too big", lambda: timedelta(days=10**9))
attempt("ordinal", lambda: date.fromordinal(0))
attempt("add int", lambda: date(2024, 1, 1) + 1)
attempt("compare", lambda: date(2024, 1, 1) < "2024-01-01")
attempt("missing day", lambda: date(2024, 1))
attempt("no arguments", lambda: datetime())


def assign(obj, name):
    try:
        setattr(obj, name, 1)
    except AttributeError as error:
        print(f"{name} =", "AttributeError:", error)


assign(date(2024, 1, 1), "year")
assign(datetime(2024, 1, 1), "hour")
assign(timedelta(1), "days")
assign(date(2024, 1, 1), "note")
attempt("naive-aware", lambda: datetime(2024, 1, 1) - datetime.fromisoformat("2024-01-01T00:00+00:00"))


def parse_user_date(text):
    year, month, day = map(int, text.split("-"))
    return date(year, month, day)


for text in ["2024-02-29", "2023-02-29", "2024-04-31"]:
    try:
        print(parse_user_date(text).strftime("%d %b %Y"))
    except ValueError as error:
        print(f"{text!r} is not a date: {error}")
