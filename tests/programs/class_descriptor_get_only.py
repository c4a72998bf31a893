# A descriptor with only __get__ yields to the instance dict; one with __set__ wins over it.
class Constant:
    def __get__(self, obj, owner):
        return 10

class Logged:
    def __init__(self):
        self.value = None
    def __get__(self, obj, owner):
        print("get through", type(obj).__name__ if obj is not None else None)
        return self.value
    def __set__(self, obj, value):
        print("set", value)
        self.value = value

class Thing:
    c = Constant()
    l = Logged()

t = Thing()
print(t.c, Thing.c)
t.__dict__["c"] = 99
print(t.c)
t.l = 5
t.__dict__["l"] = 7
print(t.l, Thing.l)
