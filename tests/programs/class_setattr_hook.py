# __setattr__ and __getattr__ written in Python run for every assignment and every missing name.
class Tracked:
    def __init__(self):
        self.changes = []
        self.x = 1
    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append(name)
        object.__setattr__(self, name, value)
    def __getattr__(self, name):
        return f"no {name}"

t = Tracked()
t.y = 2
t.x = 3
print(t.changes, t.x, t.y, t.missing)
