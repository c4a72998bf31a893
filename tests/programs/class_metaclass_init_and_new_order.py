# The order in which a metaclass's __prepare__, __new__ and __init__ run around the class body.
class Tracing(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {}
    def __new__(mcs, name, bases, namespace, **kwargs):
        print("new", name, [k for k in namespace if not k.startswith("__")])
        return super().__new__(mcs, name, bases, namespace)
    def __init__(cls, name, bases, namespace, **kwargs):
        print("init", name, kwargs)
        super().__init__(name, bases, namespace)

class Model(metaclass=Tracing, table="models"):
    print("body runs")
    x = 1
    def method(self):
        return self.x

print(Model().method(), Model.__name__, type(Model).__name__)
