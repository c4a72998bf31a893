# String building: concatenation, f-strings, slicing and reprs.
text = ""
for i in range(100_000):
    text += f"{i % 10}"
    if len(text) > 1000:
        text = text[500:]
words = [str(n) + ":" + repr(n * 0.5) for n in range(50_000)]
print(len(text), text[:20], len(words), words[-1])
