# map and filter are lazy iterators; map takes several iterables.
squares = map(lambda x: x * x, range(5))
print(type(squares).__name__, list(squares), list(squares))
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", [], [0]])))
print(list(filter(lambda w: len(w) > 2, ["a", "abc", "ab", "abcd"])))
print(sum(map(int, "12345")), "".join(map(str.upper, "abc")))
