# assignment, slicing, list(), copy.copy and copy.deepcopy compared on nested lists
import copy

original = [1, [2, 3], {"k": [4]}]
copies = {
    "assigned": original,
    "sliced": original[:],
    "listed": list(original),
    "copied": copy.copy(original),
    "deep": copy.deepcopy(original),
}
original[1].append(99)
original[2]["k"].append(100)
original.append("new")
for name, value in copies.items():
    print(f"{name:>8}: {value}  same object: {value is original}  shares inner: {value[1] is original[1]}")
