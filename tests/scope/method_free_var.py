# A method's free variable resolves past its class to the enclosing function.
def make_class(value):
    class Holder:
        def get(self):
            return value
    return Holder
