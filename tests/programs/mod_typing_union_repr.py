# typing.Union and Optional reprs, NoneType in typing aliases, and calling type(list[int])
import typing
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: typing.Union[int, None])
t(lambda: typing.Union[int, str])
t(lambda: type(list[int])())
t(lambda: typing.Optional[str])
t(lambda: typing.Union[None, int])
t(lambda: typing.Union[int, str, None])
t(lambda: typing.Optional[typing.Union[int, str]])
t(lambda: typing.Callable[[], None])
t(lambda: typing.Dict[str, None])
t(lambda: list[type(None)])
t(lambda: type(list[int])(list, (int,)))
t(lambda: type(list[int])(list))
