# from __future__ import annotations: a class can name itself in its methods' annotations
from __future__ import annotations


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def prepend(self, value: int) -> Node:
        return Node(value, self)

    def values(self) -> list[int]:
        node: Node | None = self
        result = []
        while node is not None:
            result.append(node.value)
            node = node.next
        return result


head = Node(3).prepend(2).prepend(1)
print(head.values())
print(Node.__init__.__annotations__)
print(Node.prepend.__annotations__)
print(Node.values.__annotations__)


def make_counter(start: int = 0) -> Callable[[], int]:
    count = start

    def increment() -> int:
        nonlocal count
        count += 1
        return count

    return increment


tick = make_counter()
print(tick(), tick(), make_counter.__annotations__)
total: Undefined = 10
print(__annotations__)
