class Registry(type):
    classes = []
    def __new__(mcs, name, bases, namespace):
        cls = super().__new__(mcs, name, bases, namespace)
        mcs.classes.append(name)
        return cls

class Plugin(metaclass=Registry):
    kind = "base"

class Audio(Plugin):
    kind = "audio"

print(Registry.classes, type(Audio).__name__)
