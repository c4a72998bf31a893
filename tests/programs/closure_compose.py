# Function composition built from closures.
def compose(*functions):
    def composed(value):
        for f in reversed(functions):
            value = f(value)
        return value
    return composed


inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5))
print(compose(double, inc)(5))
print(compose()(5))
pipeline = compose(str, inc, double, abs)
print(repr(pipeline(-4)))
