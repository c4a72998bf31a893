def make_counter_class(start):
    class Counter:
        def __init__(self):
            self.value = start
        def bump(self):
            self.value += 1
            return self.value
    return Counter

Counter = make_counter_class(10)
c = Counter()
print(c.bump())
