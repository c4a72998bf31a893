# PEP 563 annotations on closures and methods that name types defined later in the file
from __future__ import annotations


def make_account(owner: str, balance: Money = 0) -> Callable[[Money], Money]:
    def deposit(amount: Money) -> Money:
        nonlocal balance
        balance += amount
        return balance
    return deposit


class Money:
    pass


deposit = make_account("ann")
print(deposit(10), deposit(5))
print(make_account.__annotations__)
print(deposit.__annotations__)


class Tree:
    def add(self, child: Tree) -> list[Tree]:
        return [child]


print(Tree.add.__annotations__, Tree().add(Tree())[0].__class__.__name__)
