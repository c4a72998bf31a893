# datetime: a person's age from a birthday, as tutorials compute it (today fixed, so the output is deterministic)
from datetime import date


def age_on(birthday, today):
    years = today.year - birthday.year
    if (today.month, today.day) < (birthday.month, birthday.day):
        years -= 1
    return years


today = date(2024, 3, 15)
people = {"Ada": date(1815, 12, 10), "Alan": date(1912, 6, 23), "Grace": date(1906, 12, 9),
          "Leap": date(2000, 2, 29), "Baby": date(2024, 3, 15)}
for name, born in people.items():
    print(f"{name:6} born {born:%d %B %Y} ({born.strftime('%A')}) is {age_on(born, today)}")

# The day someone turns 18: a leap-day birthday has no 29 February in most years.
def eighteenth(born):
    try:
        return born.replace(year=born.year + 18)
    except ValueError as error:
        print("replace failed:", error)
        return born.replace(year=born.year + 18, month=3, day=1)


print(eighteenth(date(2006, 7, 1)))
print(eighteenth(date(2000, 2, 29)))
days_alive = today - people["Leap"]
print(days_alive, days_alive.days, type(days_alive).__name__)
print(repr(today), str(today), today.isoformat())
