# super(Class, self) with explicit arguments and super() in a classmethod.
class Base:
    @classmethod
    def create(cls):
        return f"created {cls.__name__}"

    def name(self):
        return "base"


class Derived(Base):
    @classmethod
    def create(cls):
        return super().create() + " via Derived"

    def name(self):
        return "derived+" + super(Derived, self).name()


print(Derived.create(), Derived().name(), Base.create())
