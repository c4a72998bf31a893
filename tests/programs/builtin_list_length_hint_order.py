# list(), tuple() and sorted() of an object with __iter__ and __len__: iter() first, then __len__ as a length hint, then the items (the order sys.settrace sees)
class Shelf:
    def __init__(self, books):
        self.books = books
    def __iter__(self):
        print("iter")
        return iter(self.books)
    def __len__(self):
        print("len")
        return len(self.books)

shelf = Shelf(["b", "a"])
print(list(shelf))
print(tuple(shelf))
print(sorted(shelf))
print(set(shelf) == {"a", "b"})

class Broken(Shelf):
    def __len__(self):
        raise ValueError("no length")

try:
    sorted(Broken(["x"]))
except ValueError as e:
    print("ValueError", e)
