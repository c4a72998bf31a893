# A linked list class with iteration, length and repr.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for value in reversed(list(values)):
            self.head = Node(value, self.head)

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "empty"


items = LinkedList([1, "two", 3.0])
print(items, len(items), list(items), LinkedList())
