# __iter__ and __next__ implement the iterator protocol by hand.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
print(sum(Countdown(100)), [x * 2 for x in Countdown(3)])
