# Common str methods: case, strip, split, join, replace, find, startswith.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.upper(), t.lower(), t.swapcase(), t.title(), "hello world".capitalize())
print(t.split(", "), "a,b,,c".split(","), "a b  c".split(), "a-b-c".split("-", 1))
print("a,b,c".rsplit(",", 1), "line1\nline2\n".splitlines())
print("-".join(["x", "y", "z"]), "".join(reversed("abc")))
print(t.replace("l", "L"), t.replace("l", "L", 1))
print(t.find("o"), t.rfind("o"), t.find("z"), t.index("W"), t.count("l"))
print(t.startswith("Hell"), t.endswith("!"), t.startswith(("a", "H")))
print("xxhixx".strip("x"), "abc".center(9, "*"), "7".zfill(3), "ab".ljust(5, "."), "ab".rjust(5))
