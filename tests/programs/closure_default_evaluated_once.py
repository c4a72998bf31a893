# Default values are evaluated once at def time; later changes to the name do not affect them.
base = 10


def add(x, y=base):
    return x + y


base = 1000
print(add(1))


def outer():
    limit = 3

    def check(n, limit=limit):
        return n < limit

    limit = 100
    return check(5), check(2)


print(outer())
