# property with getter, setter and deleter, the full @x.deleter pattern.
class Account:
    def __init__(self, owner):
        self._owner = owner
    @property
    def owner(self):
        """The account holder."""
        return self._owner
    @owner.setter
    def owner(self, value):
        print("setting owner")
        self._owner = value
    @owner.deleter
    def owner(self):
        print("deleting owner")
        del self._owner

a = Account("Ann")
a.owner = "Bob"
print(a.owner)
del a.owner
print(hasattr(a, "_owner"))
try:
    a.owner
except AttributeError as error:
    print(error)
