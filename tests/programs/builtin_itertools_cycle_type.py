# itertools.cycle and count report their own type names.
import itertools

colors = itertools.cycle(["red", "green"])
print(type(colors), type(colors).__name__)
print([next(colors) for _ in range(5)])
counter = itertools.count(10, 5)
print(type(counter).__name__, next(counter), next(counter))
print(type(itertools.repeat("x", 2)).__name__, type(itertools.chain([1], [2])).__name__)
print(type(itertools.islice("abc", 2)).__name__)
