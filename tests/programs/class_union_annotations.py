# PEP 604 unions in annotations: int | None evaluates when the def runs.
def parse(text: str, default: int | None = None) -> int | float | None:
    try:
        return int(text)
    except ValueError:
        return default

print(parse("12"), parse("x"), parse("x", 0))
print(parse.__annotations__)
print(int | None, str | int | None)
