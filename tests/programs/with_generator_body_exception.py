# A with block inside a generator: closing the generator runs __exit__.
class Session:
    def __enter__(self):
        print("session open")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("session closed", exc_type.__name__ if exc_type else None)
        return False


def rows():
    with Session():
        yield 1
        yield 2


g = rows()
print(next(g))
g.close()
print("after close")
print(list(rows()))
