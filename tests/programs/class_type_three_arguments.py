# type(name, bases, namespace) builds a class at run time, like a class statement.
def greet(self):
    return f"Hello from {self.name}"

Person = type("Person", (), {"name": "Ada", "greet": greet, "count": 0})
p = Person()
print(p.greet(), Person.count, Person.__name__, Person.__qualname__)
print(Person.__module__, type(Person), Person.__bases__)

Student = type("Student", (Person,), {"school": "MIT"})
s = Student()
print(s.greet(), s.school, Student.__mro__)
print(isinstance(s, Person), issubclass(Student, Person))
print(type(s).__name__, type(type(s)))
