xs = [3, 1, 2]
xs.append(4); xs.extend((5, 6)); xs.insert(0, 9); xs.insert(-1, 7); xs.insert(100, 8)
print(xs, xs.pop(), xs.pop(0), xs.index(2), xs.count(1))
xs.remove(1); xs.sort(); print(xs); xs.sort(reverse=True); print(xs); xs.reverse(); print(xs, xs.copy())
words = ["bb", "a", "ccc", "dd"]; words.sort(key=len); print(words)
xs.clear(); print(xs)
t = (1, 2, 1); print(t.index(2), t.count(1))
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("b", 2), d.setdefault("a", 5), d)
print(list(d.keys()), list(d.values()), list(d.items()), d.pop("a"), d.pop("q", None), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d, d.popitem(), d.copy(), dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
d.clear(); print(d)
s = {1, 2, 3}
s.add(4); s.discard(9); s.remove(1); print(s, s.pop(), s)
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection({2, 3, 4}), {1, 2, 3}.difference([2]), {1, 2}.symmetric_difference({2, 3}))
print({1}.issubset([1, 2]), {1, 2}.issuperset({1}), {1}.isdisjoint({2}), frozenset([1, 2]).union({3}))
s.update([7], {8}); print(sorted(s)); s.clear(); print(s)

def attempt(action):
    try:
        action()
    except Exception as error:
        print(type(error).__name__, error)


attempt(lambda: [].pop())
attempt(lambda: [1].index(5))
attempt(lambda: (1,).index(5))
attempt(lambda: {}.pop("k"))
attempt(lambda: {}.popitem())
attempt(lambda: set().pop())
attempt(lambda: {1}.remove(2))
attempt(lambda: [].remove(0))
attempt(lambda: {}.update([(1,)]))
attempt(lambda: [].sort(1))
attempt(lambda: [].insert(1))
attempt(lambda: [].append())
attempt(lambda: {}.get())
attempt(lambda: {}.keys(1))
