# A class body is not an enclosing scope for its methods: they skip to the global scope.
x = "global x"


class Demo:
    x = "class x"

    def method(self):
        return x

    values = [x for _ in range(2)]
    doubled = (lambda: x)()


print(Demo().method(), Demo.x, Demo.values, Demo.doubled)


def outer():
    y = "outer y"

    class Inner:
        y = "class y"

        def get(self):
            return y

    return Inner().get(), Inner.y, Inner.get.__code__.co_freevars


print(outer())
