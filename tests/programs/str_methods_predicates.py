# str predicates and partition, with non-ASCII letters.
for s in ["abc", "ABC", "123", "a1", "   ", "", "Ünïcödé", "Title Case", "3.5"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"))
print("hello"[::-1], "ab" * 3, "b" in "abc", "abc" < "abd", "Z" < "a")
print(len("naïve café"), "straße".upper(), "ǅ".lower())
print("hello world".removeprefix("hello "), "file.py".removesuffix(".py"))
print("tab\tsep".expandtabs(4), "a\tb".split("\t"))
