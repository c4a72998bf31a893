# Super() inside a lambda in a method still reaches the __class__ cell.
class C:
    def m(self):
        return lambda: super()
