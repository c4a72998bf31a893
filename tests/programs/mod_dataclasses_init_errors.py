# The generated __init__ reports missing and unexpected arguments as CPython's does.
from dataclasses import dataclass

@dataclass
class Book:
    title: str
    author: str
    year: int

for args, kwargs in [((), {}), (("Dune",), {}), (("Dune", "Herbert", 1965, 1), {}), (("Dune", "Herbert"), {"year": 1965, "pages": 412})]:
    try:
        print(Book(*args, **kwargs))
    except TypeError as error:
        print(error)
