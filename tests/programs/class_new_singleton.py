# __new__ returns the one shared instance; __init__ still runs on each call.
class Logger:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("new instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, name):
        print("init", name)
        self.name = name

a = Logger("app")
b = Logger("db")
print(a is b, a.name)
print(type(Logger.__dict__["__new__"]).__name__)
