# A Stack class raising a custom error when popped empty, uncaught at the end.
class EmptyStackError(Exception):
    pass


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise EmptyStackError("pop from empty stack")
        return self._items.pop()


s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.pop())
s.pop()
