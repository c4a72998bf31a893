# metaclass=ABCMeta instead of inheriting ABC, with an abstract property.
from abc import ABCMeta, abstractmethod

class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...
    @abstractmethod
    def run(self, data):
        ...

class Upper(Plugin):
    @property
    def name(self):
        return "upper"
    def run(self, data):
        return data.upper()

p = Upper()
print(p.name, p.run("hello"), type(Plugin).__name__)
try:
    Plugin()
except TypeError as error:
    print(error)
