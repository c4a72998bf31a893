# More itertools: repeat, cycle with islice, accumulate, product, permutations, groupby.
import itertools

print(list(itertools.repeat("x", 3)), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
print(list(itertools.product("ab", [0, 1])), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.combinations([1, 2, 3], 2)))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.zip_longest("ab", [1], fillvalue="-")))
