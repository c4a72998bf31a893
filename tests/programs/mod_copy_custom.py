# copying instances: __dict__ copied, __copy__ and __deepcopy__ with memo, copy.Error
import copy


class Player:
    def __init__(self, name, items):
        print("init", name)
        self.name = name
        self.items = items

    def __repr__(self):
        return f"Player({self.name!r}, {self.items})"


hero = Player("hero", ["sword"])
twin = copy.copy(hero)
clone = copy.deepcopy(hero)
hero.items.append("shield")
twin.name = "twin"
print(hero, twin, clone)
print(type(clone).__name__, clone.items is hero.items, twin.items is hero.items)


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []

    def __copy__(self):
        print("copying", self.value)
        new = Node(self.value)
        new.children = self.children
        return new

    def __deepcopy__(self, memo):
        print("deep copying", self.value, id(self) in memo)
        new = Node(self.value)
        memo[id(self)] = new
        new.children = copy.deepcopy(self.children, memo)
        return new


root = Node("root")
root.children.append(Node("leaf"))
root.children.append(root)
top = copy.copy(root)
print(top.children is root.children)
tree = copy.deepcopy(root)
print(tree.children[1] is tree, tree.children[0].value)

memo = {}
data = [1, [2]]
first = copy.deepcopy(data, memo)
print(len(memo) > 0, memo[id(data)] is first)


class Counter:
    def __init__(self):
        self.count = 0

    def make(self):
        def bump():
            self.count += 1
            return self.count
        return bump


counter = Counter()
bump = counter.make()
copied_counter = copy.deepcopy(counter)
bump()
bump()
print(counter.count, copied_counter.count, copy.deepcopy(bump) is bump)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
