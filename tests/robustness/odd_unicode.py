# Right-to-left text, combining marks, emoji and wide characters in strings and names.
# python3: prints them; len counts code points.
# run: ok
s = "שלום עולם ‮reversed‬ e\u0301 👩‍👩‍👧 漢字"
print(s, len(s))
café = "é"
print(café, len(café))
print(repr("\u202e\u0301\U0001F600"))
print(ascii(s))
