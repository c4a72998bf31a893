import itertools


def noisy(x):
    print("applying to", x)
    return x * 10


mapped = map(noisy, [1, 2, 3])
print("map made, nothing applied yet")
print(next(mapped), list(mapped))
print(list(zip(itertools.count(1), "xyz")), list(enumerate("ab", start=5)), list(filter(None, [0, 1, "", "a"])))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat("x", 3)))
print(list(itertools.chain([1, 2], "ab")), list(itertools.chain.from_iterable([[1], [2, 3], []])), list(itertools.islice("abcdefgh", 2, None, 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2], initial=100)))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.pairwise("abcd")))
print(list(itertools.product("ab", [0, 1])), list(itertools.product([1, 2], repeat=2)))
print(list(itertools.permutations("abc", 2)), list(itertools.combinations(range(4), 3)))
print([(key, list(group)) for key, group in itertools.groupby("aaabccdd")], [(k, len(list(g))) for k, g in itertools.groupby([1, 3, 2, 4], key=lambda n: n % 2)])
counter = itertools.count()
print(next(counter), next(counter), next(counter))
for bad in [lambda: list(zip([1], [1, 2], strict=True)), lambda: itertools.islice([1], -1), lambda: map(len), lambda: zip(1), lambda: list(itertools.islice([1], 0, 5, 0))]:
    try:
        bad()
    except Exception as error:
        print(type(error).__name__, error)

print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.filterfalse(lambda x: x % 2, range(10))), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.combinations_with_replacement("ABC", 2)), list(itertools.combinations_with_replacement([], 0)))
