# Optional values annotated with X | None, checked with isinstance at run time.
def greet(name: str | None = None) -> str:
    if isinstance(name, str):
        return f"Hello, {name}!"
    return "Hello, stranger!"

print(greet("Ada"), greet())
print(greet.__annotations__["name"], greet.__annotations__["return"])
Number = int | float
print(Number, isinstance(2.5, Number), isinstance("2", Number))
