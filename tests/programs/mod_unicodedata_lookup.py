# unicodedata.lookup and name: names, aliases, named sequences, algorithmic names, defaults, errors.
import unicodedata
from unicodedata import lookup, name

print(unicodedata.unidata_version)
for n in ["SNOWMAN", "snowman", "Latin Small Letter A", "LATIN CAPITAL LETTER GHA", "BOM",
          "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GAG", "NULL", "VS256",
          "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "latin small letter a with macron and grave",
          "KEYCAP NUMBER SIGN"]:
    print(ascii(n), ascii(lookup(n)))
print(ascii(lookup(b"SNOWMAN")))
for c in ["a", "\u2603", "\u4e00", "\U0002a6df", "\uac00", "\ud7a3", "\uf900", "\U000e01ef", "\u01a2",
          "\U0001f600", "\U0001b170", "\U00018b00"]:
    print(ascii(c), name(c))
for c in ["\x00", "\ue000", "\u0378", "\U00017000", "\U0010ffff"]:
    print(ascii(c), name(c, None), name(c, "default"))
for n in ["x" * 300, "nope", "", "snowman ", "HANGUL SYLLABLE", "TANGUT IDEOGRAPH-17000", "snow\x00man"]:
    try:
        lookup(n)
    except KeyError as error:
        print("KeyError", ascii(error.args))
try:
    name("\x00")
except ValueError as error:
    print("ValueError", error)
for call in [lambda: name(), lambda: name("ab"), lambda: name(1), lambda: name("a", 1, 2),
             lambda: name(chr="a"), lambda: lookup(), lambda: lookup(1), lambda: lookup("a", "b"),
             lambda: lookup(name="SNOWMAN")]:
    try:
        call()
    except TypeError as error:
        print("TypeError", error)
print(all(lookup(name(chr(c))) == chr(c) for c in range(0x20, 0x7f)))
print([name(c) for c in "Hi!"])
print(unicodedata.name, type(unicodedata.lookup).__name__)
