text = "  Hello, World  "
print(text.strip(), text.lstrip(), text.rstrip(), "xxhixx".strip("x"), sep="|")
print(text.split(), "a,b,,c".split(","), "a,b,,c".split(",", 1), "a b c".rsplit(None, 1), "a,b,c".rsplit(",", 1))
print("one\ntwo\r\nthree\r".splitlines(), "one\ntwo\r\n".splitlines(True))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".find("l", -2), "hello".index("e"), "hello".rindex("l"))
print("banana".count("a"), "banana".count("an", 2), "banana".count(""), "banana".replace("a", "o"), "banana".replace("a", "o", 2), "abc".replace("", "-"))
print("hello".startswith("he"), "hello".startswith(("x", "h")), "hello".endswith("lo", 0, 5), "hello".startswith("l", 2))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("Straße".upper(), "ΟΔΟΣ".lower(), "Straße".casefold(), "hello wORLD 3rd".title(), "hELLO".capitalize(), "Hello".swapcase())
print("42".isdigit(), "4.2".isdigit(), "abc".isalpha(), "abc1".isalnum(), "   ".isspace(), "Abc".istitle(), "ABC".isupper(), "abc".islower())
print("½".isnumeric(), "²".isdigit(), "²".isdecimal(), "_id".isidentifier(), "1id".isidentifier(), "a\tb".isprintable(), "é".isascii())
print(repr("hi".center(7, "*")), repr("hi".ljust(5)), repr("hi".rjust(5, "-")), "-42".zfill(6), "7".zfill(3), repr("a\tbc\td".expandtabs(4)))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"), "file.py".removesuffix(".txt"))
print(", ".join(["a", "b", "c"]), "-".join("xyz"), "{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print(f"{3.14159:.2f}|{42:>6}|{42:<6}|{42:^6}|{1234567:,}|{255:#x}|{0.25:.1%}|{'s':*^5}|{-7:+d}|{1e16}|{2.5e-5}")
print(format(1234.5678, ",.2f"), format(0.1, ".17g"), format(255, "08b"), format("text", ">8"), round(2.675, 2), repr(0.1 + 0.2), str(1e22), repr(-0.0))
print(int("  -12  "), int("ff", 16), int("0b101", 0), int("1_000"), float("  1.5e3 "), float("-inf"), float("nan"), hex(255), oct(8), bin(5))
print(ascii("naïve ☃"), repr("it's"), repr('say "hi"'), repr("tab\there\n"))


def attempt(action):
    try:
        action()
    except Exception as error:
        print(type(error).__name__, error)


attempt(lambda: "abc".index("z"))
attempt(lambda: "abc".split(""))
attempt(lambda: "abc".find(1))
attempt(lambda: "abc".center(5, "ab"))
attempt(lambda: "abc".upper(1))
attempt(lambda: "abc".strip(1))
attempt(lambda: "abc".startswith(1))
attempt(lambda: "abc".replace("a"))
attempt(lambda: int("12x"))
attempt(lambda: float("1.2.3"))
attempt(lambda: format(1.5, "d"))
attempt(lambda: format("s", "+"))
attempt(lambda: "{:,s}".format("x"))
print(str.maketrans("ab", "xy"), str.maketrans({"a": "1", 98: None}), str.maketrans("ab", "xy", "c"))
print("abc".translate({97: "X", 98: None, 99: 100}), "hello".translate(str.maketrans("el", "ip")), "caesar".translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "defghijklmnopqrstuvwxyzabc")))
print("{x}-{y:>4}".format_map({"x": 1, "y": "b"}))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: "abc".translate({97: 1.5}), lambda: "{0}".format_map({}), lambda: "{z}".format_map({})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
