# Regression: repr() of a user-defined exception without __repr__ recursed until the stack overflowed.
class AppError(Exception):
    pass


class ParseError(ValueError):
    def __init__(self, line, text):
        super().__init__(line, text)
        self.line = line


class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"


print(repr(AppError("boom")), repr(AppError()))
print([ParseError(3, "bad token")], (Quiet(),))
print(str(ParseError(4, "x")), ParseError(4, "x").line)
