# datetime: a dataclass with a date field, its repr, ordering and a default_factory that fixes a date
from dataclasses import dataclass, field, asdict
from datetime import date, timedelta


@dataclass(order=True)
class Task:
    due: date
    title: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)

    def overdue(self, today):
        return self.due < today

    @property
    def days_left(self):
        return (self.due - date(2024, 5, 1)).days


tasks = [Task(date(2024, 5, 10), "report"), Task(date(2024, 4, 28), "taxes", ["money"]),
         Task(date(2024, 5, 1), "call")]
print(tasks[0])
for task in sorted(tasks):
    print(task.due.isoformat(), task.title, task.overdue(date(2024, 5, 1)), task.days_left)
print(asdict(tasks[1]))
print(min(tasks).title, max(tasks).title)
moved = Task(tasks[0].due + timedelta(days=7), tasks[0].title)
print(moved, moved == tasks[0], moved > tasks[0])
