# Stacked decorators apply bottom-up.
def bold(func):
    def wrapper():
        return "<b>" + func() + "</b>"
    return wrapper


def italic(func):
    def wrapper():
        return "<i>" + func() + "</i>"
    return wrapper


@bold
@italic
def text():
    return "hi"


print(text())
print(text.__qualname__)
print(text.__closure__[0].cell_contents.__qualname__)
