# A metaclass __repr__ changes how the classes it makes print.
class Pretty(type):
    def __repr__(cls):
        return f"<model {cls.__name__}>"

class Order(metaclass=Pretty):
    pass

print(Order)
print(repr(Order), str(Order), [Order])
print(Order())
