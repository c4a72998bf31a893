# functools.cached_property computes once, then reads from the instance dict.
from functools import cached_property

class Dataset:
    def __init__(self, numbers):
        self.numbers = numbers
    @cached_property
    def total(self):
        print("computing total")
        return sum(self.numbers)

d = Dataset([1, 2, 3])
print(d.total)
print(d.total)
print(d.__dict__)
del d.total
print(d.total)
print(type(Dataset.__dict__["total"]).__name__)
print(Dataset.total.attrname)
