# A class finds methods and properties of its metaclass, which instances do not see.
class Meta(type):
    @property
    def table(cls):
        return cls.__name__.lower() + "s"
    def describe(cls):
        return f"class {cls.__name__} in table {cls.table}"

class User(metaclass=Meta):
    pass

print(User.table)
print(User.describe())
try:
    User().describe()
except AttributeError as error:
    print(error)
print(User.__class__.__name__, User().__class__.__name__)
