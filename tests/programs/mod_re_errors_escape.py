# re.error for bad patterns (message and position), re.escape, and a pattern cache
import re

for bad in ["(", "a)", "[a", "*a", "a**", r"\q", "(?P<1>x)", r"\2(a)", "x{3,1}", "(?<=a+)b"]:
    try:
        re.compile(bad)
    except re.error as error:
        print(repr(bad), "->", error, "|", error.msg, error.pos)
print(re.escape("a.b*c?"), re.escape("1+1=2"), re.escape("hello_world"))
print(re.findall(re.escape("$5.00"), "price: $5.00 or $5x00"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as error:
    print("re.error:", error)
try:
    re.match(r"\d", 42)
except TypeError as error:
    print("TypeError:", error)
print(re.compile("ab") is re.compile("ab"), re.compile("ab") == re.compile("ab"))
re.purge()
print(issubclass(re.error, Exception), type(re.compile("x")).__name__, type(re.match("x", "x")).__name__)
