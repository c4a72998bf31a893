# asdict, astuple, replace and fields on nested dataclasses.
from dataclasses import dataclass, asdict, astuple, replace, fields, is_dataclass

@dataclass
class Address:
    city: str
    zip_code: str

@dataclass
class Person:
    name: str
    age: int
    address: Address

ann = Person("Ann", 31, Address("Oslo", "0150"))
print(asdict(ann))
print(astuple(ann))
older = replace(ann, age=32)
print(older, older is ann, ann.age)
print([(f.name, f.type.__name__) for f in fields(Person)])
print(is_dataclass(ann), is_dataclass(Person), is_dataclass(3))
