# f-strings: expressions, conversions, = debugging, nested quotes and braces.
name = "Ada"
age = 36
items = [1, 2, 3]
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{age + 1=}", f"{name=}", f"{items[1] = }")
print(f"{{literal braces}} {len(items)}")
print(f"{'nested' + ' quotes'}", f"{items}", f"{ {'k': 1}['k'] }")
width = 8
print(f"[{name:>{width}}]", f"[{name:^{width}}]", f"[{age:0{width}d}]")
print(f"{3.14159:.2f} {1234567:,} {0.25:.1%} {255:#x} {255:b}")
