def make_counter_class(step):
    class Counter:
        start = 0
        def bump(self, value):
            return value + step
        label = f"by {step}"
    return Counter

Counter = make_counter_class(2)
print(Counter().bump(Counter.start), Counter.label)
