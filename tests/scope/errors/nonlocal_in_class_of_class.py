# Misuse: nonlocal in class of class.
class C:
    y = 1
    def m(self):
        nonlocal y
