# re.sub tricks from tutorials: camelCase to snake_case and back, collapsing whitespace
import re


def snake(name):
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


for name in ["camelCase", "HTTPResponseCode", "getHTTP2Status", "already_snake"]:
    print(name, "->", snake(name), "->", camel(snake(name)))
print(re.sub(r"\s+", " ", "  lots   of\n\tspace  ").strip())
print(re.sub(r"(\d{3})(\d{3})(\d{4})", r"(\1) \2-\3", "5551234567"))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "the cat sat"))
