# An exception raised by __exit__ replaces the body's exception, keeping it as context.
class Faulty:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(f"exit failed while handling {exc_type.__name__}")


with Faulty():
    raise ValueError("original")
