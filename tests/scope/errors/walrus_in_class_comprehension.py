# Misuse: walrus in class comprehension.
class C:
    values = [(last := i) for i in range(3)]
