def make_class(value):
    class Holder:
        def get(self):
            return value
    return Holder
