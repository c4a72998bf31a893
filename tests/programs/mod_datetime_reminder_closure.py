# datetime: a closure that schedules reminders from a start date, holding the start and a list in its cells
from datetime import date, timedelta


def make_scheduler(start):
    reminders = []

    def remind(what, after_days):
        when = start + timedelta(days=after_days)
        reminders.append((when, what))
        return when

    def upcoming(today):
        return [f"{when:%b %d}: {what}" for when, what in sorted(reminders) if when >= today]

    return remind, upcoming


remind, upcoming = make_scheduler(date(2024, 4, 1))
print(remind("water plants", 3), remind("pay rent", 30), remind("call mom", 1))
print(upcoming(date(2024, 4, 2)))
print(upcoming(date(2024, 5, 1)))
print(remind.__code__.co_freevars, upcoming.__code__.co_freevars)
