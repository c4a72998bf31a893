# Building strings: join, split with maxsplit, splitlines with keepends, str multiplication.
words = "the quick  brown fox".split(" ")
print(words, " ".join(words))
print("a:b:c:d".split(":", 2), "a:b:c:d".rsplit(":", 2))
print("one\ntwo\r\nthree".splitlines(), "one\ntwo\n".splitlines(True))
print("=" * 10, "-".join("abc"), ", ".join(str(n) for n in range(4)))
print("%s is %d years and %.1f%%" % ("Ada", 36, 99.5))
print("%5s|%-5s|%05d|%x|%r" % ("a", "b", 42, 255, "q"))
