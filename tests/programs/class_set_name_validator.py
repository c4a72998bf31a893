# __set_name__ tells a descriptor the attribute name it was assigned to, for validators.
class Positive:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")
        setattr(obj, self.private, value)

class Product:
    price = Positive()
    quantity = Positive()
    def __init__(self, price, quantity):
        self.price = price
        self.quantity = quantity

p = Product(3, 4)
print(p.price * p.quantity, vars(p))
try:
    p.quantity = -1
except ValueError as error:
    print(error)
print(Product.price.public, type(Product.__dict__["price"]).__name__)
