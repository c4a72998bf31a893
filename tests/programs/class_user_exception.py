# User-defined exceptions with extra attributes, caught by base class.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key


def find(table, key):
    if key not in table:
        raise NotFound(key)
    return table[key]


try:
    find({}, "x")
except AppError as error:
    print(type(error).__name__, error, error.key, error.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
find({"a": 1}, "b")
