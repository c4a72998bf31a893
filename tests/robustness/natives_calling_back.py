# Natives that call back into Python, holding values across the calls; the test runs it
# with a collection at every allocation (CELLSCOPE_GC_STRESS=1) against python3.
import functools, itertools
def key(x):
    junk = [[x] * 3 for _ in range(3)]
    return (x % 7, str(x), junk[0][0])
print(sorted(range(200), key=key)[:10])
print(min(range(50), key=lambda x: [str(x)] * 2), max(["a", "bb", "c"], key=lambda s: [len(s)]))
print(list(map(lambda x: [x, str(x)], range(20)))[-1])
def g():
    for i in range(30):
        yield "x" * (i % 3) + str([i])
print("".join(g()))
print(sum(len([x] * x) for x in range(40)))
print(list(filter(lambda x: len(str([x] * 2)) > 8, range(30))))
print(functools.reduce(lambda a, b: a + [b, str(b)], range(10), []))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        tmp = [self.v] * 5
        return hash(tuple(tmp)) % 5
    def __eq__(self, o):
        tmp = {"v": [self.v]}
        return isinstance(o, K) and tmp["v"][0] == o.v
    def __lt__(self, o):
        return [self.v] < [o.v]
    def __repr__(self): return "K(%r)" % ([self.v][0],)
d = {K(i): str(i) for i in range(20)}
print(d[K(7)], K(3) in d, len(set(K(i % 5) for i in range(30))))
print(sorted([K(5), K(2), K(9), K(1)]))
print(dict(zip(map(str, range(5)), (([i] * 2) for i in range(5)))))
print(list(itertools.chain.from_iterable([x] * 2 for x in map(str, range(5)))))
print(tuple(x for x in (str([i]) for i in range(5))), any(str([x]) == "[40]" for x in itertools.count()))
print(sorted({str(i): [i] for i in range(10)}.items(), key=lambda kv: -kv[1][0])[:3])
print(list(enumerate((str([i]) for i in range(4)), start=len([1] * 3))))
print(all(isinstance(y, list) for y in ([x] for x in range(100))))
