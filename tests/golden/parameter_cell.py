def greeter(name):
    def greet():
        return "hello " + name
    return greet

print(greeter("ada")())
