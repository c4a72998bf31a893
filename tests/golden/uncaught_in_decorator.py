def checked(limit):
    def decorate(function):
        def wrapper(n):
            if n > limit:
                raise ValueError(f"{n} is over {limit}")
            return function(n)
        return wrapper
    return decorate

@checked(3)
def square(n):
    return n * n

print(square(2))
square(5)
