# Annotations at module and class level are evaluated.
x: int = 1
y: "str"
z: list[int]

class C:
    a: int
    b: int = 2
