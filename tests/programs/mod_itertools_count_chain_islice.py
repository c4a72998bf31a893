# itertools.count, chain, chain.from_iterable and islice.
import itertools

counter = itertools.count(10, 5)
print(next(counter), next(counter), next(counter))
print(list(itertools.islice(itertools.count(), 5)))
print(list(itertools.islice(itertools.count(1.5, 0.5), 3)))
print(list(itertools.chain([1, 2], "ab", range(2))))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.islice("abcdefgh", 2, None, 2)), list(itertools.islice(range(100), 3)))
print(list(zip(itertools.count(1), "xyz")))
