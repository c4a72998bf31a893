# unicodedata.category, numeric, decimal and digit, with their defaults and errors.
import unicodedata as ud

for c in "aZ1 \n\u2603\u4e00\uac00\u00bd\u0663\u2460\u00b2\u0378\ue000\U0010ffff\U0001f600_-(":
    print(ascii(c), ud.category(c), ud.numeric(c, None), ud.decimal(c, None), ud.digit(c, None))
print(ud.numeric("\u2155"), ud.numeric("\u4e07"), ud.numeric("\U0001f10c"), ud.numeric("\u0f33"))
print(ud.decimal("\uff19"), ud.digit("\u2469", -1), ud.numeric("\u216b"))
for function, message in [(ud.numeric, "numeric"), (ud.decimal, "decimal"), (ud.digit, "digit")]:
    try:
        function("x")
    except ValueError as error:
        print(message, "ValueError", error)
    print(function("x", "fallback"))
for call in [lambda: ud.category("ab"), lambda: ud.category(3), lambda: ud.category(),
             lambda: ud.numeric("12"), lambda: ud.numeric(), lambda: ud.digit("1", 2, 3),
             lambda: ud.decimal(5)]:
    try:
        call()
    except TypeError as error:
        print("TypeError", error)
# Whole ranges go through map() and Counter, which run no Python frame per character,
# so the recorded trace stays short.
from collections import Counter
from itertools import chain
print(Counter(map(ud.category, map(chr, range(0x3000))))["Lu"])
print(sorted(set(map(ud.category, map(chr, chain(range(0xD800), range(0xE000, 0x10000)))))))
