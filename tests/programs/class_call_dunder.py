# __call__ makes instances callable, an object-based alternative to a closure.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.factor


triple = Multiplier(3)
print(triple(4), triple("ab"), triple.calls, callable(triple), callable(Multiplier))
print(list(map(triple, [1, 2])))
