# property(fget, fset, fdel) written as a call, as older tutorials do.
class Temperature:
    def __init__(self):
        self._celsius = 0
    def get_celsius(self):
        return self._celsius
    def set_celsius(self, value):
        self._celsius = value
    def del_celsius(self):
        print("reset")
        self._celsius = 0
    celsius = property(get_celsius, set_celsius, del_celsius)

t = Temperature()
t.celsius = 37
print(t.celsius)
del t.celsius
print(t.celsius)
