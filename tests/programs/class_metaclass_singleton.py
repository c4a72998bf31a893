# The singleton pattern with a metaclass __call__ that caches the one instance.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        self.name = name

a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)
print(len(Singleton._instances))
