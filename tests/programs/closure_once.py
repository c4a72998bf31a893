# A decorator that lets a function run only once, remembering the first result.
def once(func):
    done = False
    result = None

    def wrapper(*args):
        nonlocal done, result
        if not done:
            result = func(*args)
            done = True
        return result

    return wrapper


@once
def initialize(name):
    print("initializing", name)
    return name.upper()


print(initialize("db"), initialize("cache"), initialize("other"))
print(sorted(initialize.__code__.co_freevars))
