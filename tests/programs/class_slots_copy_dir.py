# dir() lists slots; copy.copy and copy.deepcopy copy slot values (and a __dict__ beside them)
import copy


class Pair:
    __slots__ = ('left', 'right', '__dict__')


class Node:
    __slots__ = ('children', 'name')

    def __init__(self, name):
        self.name = name
        self.children = []


pair = Pair()
pair.left = [1]
pair.extra = 'e'
print([n for n in dir(pair) if not n.startswith('__')])
twin = copy.copy(pair)
print(twin.left is pair.left, twin.extra, hasattr(twin, 'right'))
root = Node('root')
root.children.append(Node('leaf'))
deep = copy.deepcopy(root)
print(deep.name, deep.children[0].name, deep.children is root.children)
print(sorted(Node.__dict__))
print(Node.__slotnames__)
