# Instances created by a class factory share one closure cell through their methods.
def make_counter_class():
    created = 0

    class Tracked:
        def __init__(self):
            nonlocal created
            created += 1
            self.serial = created

        @staticmethod
        def total():
            return created

    return Tracked


Tracked = make_counter_class()
a, b, c = Tracked(), Tracked(), Tracked()
print(a.serial, b.serial, c.serial, Tracked.total())
print(Tracked.__init__.__closure__[0] is Tracked.total.__closure__[0])
