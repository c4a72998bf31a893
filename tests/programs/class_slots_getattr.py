# an unset slot falls back to __getattr__; member descriptors called directly
class Lazy:
    __slots__ = ('value',)

    def __getattr__(self, name):
        return f'computed {name}'


lazy = Lazy()
print(lazy.value, lazy.other)
lazy.value = 1
print(lazy.value)
try:
    lazy.other = 2
except AttributeError as e:
    print(e)


class Box:
    __slots__ = ('item',)


box = Box()
member = Box.item
print(member.__get__(None, Box) is member)
member.__set__(box, 'apple')
print(member.__get__(box, Box), box.item)
member.__delete__(box)
print(hasattr(box, 'item'))
for call in (lambda: member.__get__(1), lambda: member.__set__('s', 1)):
    try:
        call()
    except TypeError as e:
        print(e)
setattr(box, 'item', 'pear')
print(getattr(box, 'item'))
del box.item
try:
    del box.item
except AttributeError as e:
    print(repr(e))


class Guarded:
    __slots__ = ('x',)

    def __setattr__(self, name, value):
        print('setting', name)
        object.__setattr__(self, name, value)


g = Guarded()
g.x = 5
print(g.x)
try:
    g.y = 6
except AttributeError as e:
    print(e)
print([n for n in dir(Box.item) if n not in dir(object)])
