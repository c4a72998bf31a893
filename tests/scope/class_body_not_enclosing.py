class C:
    x = 1
    def method(self):
        return x

x = 2
