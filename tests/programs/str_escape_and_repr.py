# repr of strings chooses quotes and escapes control characters.
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"), repr("\x00\x7f"))
print(repr("é ☕ 𝄞"), ascii("é ☕"), repr("\u200b"))
print("raw: " + r"\n\t", len("\n"), len(r"\n"))
print(str(b"bytes"), repr(b"\x00abc\xff"))
print("multi\nline")
print(ord("A"), chr(97), ord("€"), chr(0x1F600) == "\U0001F600")
