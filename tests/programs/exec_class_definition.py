# exec defining a class with methods, and a decorator defined alongside it.
source = '''
def shout(method):
    def wrapper(self):
        return method(self).upper()
    return wrapper

class Pet:
    sound = "..."
    def __init__(self, name):
        self.name = name
    @shout
    def speak(self):
        return self.name + " says " + self.sound

class Dog(Pet):
    sound = "woof"
'''
ns = {}
exec(source, ns)
dog = ns["Dog"]("Rex")
print(dog.speak())
print(ns["Dog"].__qualname__, ns["Dog"].__module__)
print(ns["Pet"].__mro__ if False else [c.__name__ for c in ns["Dog"].__mro__])
print(ns["shout"].__code__.co_filename)
