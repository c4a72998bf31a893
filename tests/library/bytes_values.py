# bytes: literals, operators, slicing, the constructor, decode, encode and hex.
b = b"\x00abc\xff"
print(str(b"bytes"), repr(b), b[1], b[-1], len(b), list(b), b == b"\x00abc\xff", b != b"x", bool(b""))
print(hash(b"abc") == hash("abc"), {b"k": 1}[b"k"], type(b).__name__, type(b), b"it's", b'say "hi"')
print(b"ab" + b"cd", b"b" in b"abc", 98 in b"abc", b[1:3], b"abc".decode(), b"x" * 3)
try:
    b[10]
except IndexError as e:
    print(e)
print(f"{b'x'}", b"%d" if False else "")
b = b"hello"
print(b + b" world", b * 2, 3 * b"ab", b"ll" in b, 104 in b, b"" in b, b[1:3], b[::-1], b[10:])
print("héllo".encode(), "héllo".encode("utf-8").decode(), b"abc".decode("ascii"), b"\x01\xff".hex())
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes("hé", "utf-8"), bytes(range(3)), len(bytes(5)))
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: bytes(-1), lambda: 300 in b, lambda: "h" in b,
            lambda: b + "x", lambda: b"\xff".decode(), lambda: "é".encode("ascii"), lambda: b"x".decode("nope")]:
    try:
        print(bad())
    except (ValueError, TypeError, LookupError) as error:
        print(type(error).__name__, error)
for raw in [b"\xff", b"ab\xc3", b"\xc3(", b"\xe2\x82", b"\xed\xa0\x80", b"\x80"]:
    try:
        raw.decode()
    except UnicodeDecodeError as error:
        print(error)
for raw in [b"\xe2\x82(", b"\xf0\x9f\x98"]:
    try:
        raw.decode()
    except UnicodeDecodeError as error:
        print(error)
