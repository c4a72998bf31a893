# A __repr__ that calls repr on itself.
# python3: RecursionError: maximum recursion depth exceeded while calling a Python object
# run: RecursionError: maximum recursion depth exceeded
class R:
    def __repr__(self):
        return repr(self)

repr(R())
