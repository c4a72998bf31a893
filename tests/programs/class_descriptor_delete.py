# A descriptor's __delete__ runs on del, as the descriptor how-to shows.
class Field:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)

class Record:
    title = Field()

r = Record()
r.title = "Dune"
print(r.title)
del r.title
print(r.title)
