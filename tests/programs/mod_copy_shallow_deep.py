# copy.copy shares nested lists, copy.deepcopy does not; the classic aliasing lesson
import copy

grid = [[0, 0], [0, 0]]
alias = grid
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 1
grid.append([9])
print(alias)
print(shallow)
print(deep)
print(shallow[0] is grid[0], deep[0] is grid[0])

config = {"name": "app", "plugins": ["a"], "limits": {"cpu": 2}}
backup = copy.deepcopy(config)
config["plugins"].append("b")
config["limits"]["cpu"] = 4
print(config)
print(backup)

shared = [1, 2]
pair = [shared, shared]
copied = copy.deepcopy(pair)
print(copied[0] is copied[1], copied[0] is shared)

loop = [1]
loop.append(loop)
cloned = copy.deepcopy(loop)
print(cloned[1] is cloned, cloned is not loop)

point = (1, 2)
print(copy.copy(point) is point, copy.deepcopy(point) is point)
nested = (1, [2])
print(copy.deepcopy(nested) is nested, copy.deepcopy(nested))
print(copy.copy({1, 2}), copy.copy(frozenset([3])), copy.deepcopy("text"))
