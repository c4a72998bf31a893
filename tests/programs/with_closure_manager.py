# A context manager class whose __exit__ calls a callback closure recorded at entry.
def make_recorder():
    events = []

    def record(event):
        events.append(event)

    return record, events


class Guard:
    def __init__(self, on_exit):
        self.on_exit = on_exit

    def __enter__(self):
        self.on_exit("entered")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.on_exit("exited" if exc_type is None else f"failed: {exc}")
        return True


record, events = make_recorder()
with Guard(record):
    pass
with Guard(record):
    raise ValueError("oops")
print(events)
