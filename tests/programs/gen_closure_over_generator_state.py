# A closure that advances a generator kept in its cell.
def make_ticker(labels):
    source = iter(labels)
    produced = (f"{i}:{label}" for i, label in enumerate(source))

    def tick():
        return next(produced, None)

    return tick


tick = make_ticker(["a", "b"])
print(tick(), tick(), tick())
print(tick.__code__.co_freevars)
