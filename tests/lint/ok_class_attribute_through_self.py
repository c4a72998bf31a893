class Counter:
    count = 0
    label = "counter"

    def increment(self):
        Counter.count += 1
        label = self.label.upper()
        return label, self.count


print(Counter().increment())
