class Counter:
    count = 0

    def __init__(self, start=0):
        self.count = start
        self.history = []

    def increment(self, by=1):
        self.count += by
        self.history.append(by)
        return self.count


counter = Counter()
counter.increment()
print(counter.increment(2), Counter.count)
