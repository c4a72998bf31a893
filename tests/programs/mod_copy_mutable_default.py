# copy fixes the shared mutable default: each call gets its own deep copy of a template
import copy

TEMPLATE = {"name": None, "tags": [], "meta": {"views": 0}}


def buggy(name, record=TEMPLATE):
    record["name"] = name
    record["tags"].append(name)
    return record


def fixed(name, template=TEMPLATE):
    record = copy.deepcopy(template)
    record["name"] = name
    record["tags"].append(name)
    return record


a = fixed("a")
b = fixed("b")
print(a, b, TEMPLATE)
c = buggy("c")
d = buggy("d")
print(c is d, c["tags"], TEMPLATE["tags"])

matrix = [[0] * 3] * 2
matrix[0][0] = 1
print(matrix)
rows = [copy.copy([0] * 3) for _ in range(2)]
rows[0][0] = 1
print(rows)
shallow = copy.copy({"k": [1]})
shallow["k"].append(2)
print(shallow)
