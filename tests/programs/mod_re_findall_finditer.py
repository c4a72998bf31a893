# re.findall and finditer: no groups, one group, several groups, empty matches
import re

text = "In 1999 and 2024 we paid $3.50, then $10, then 4 dollars."
print(re.findall(r"\d+", text))
print(re.findall(r"\b\d{4}\b", text))
print(re.findall(r"\$(\d+(?:\.\d\d)?)", text))
print(re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=333"))
print(re.findall(r"x*", "axxb"))
print(re.findall(r"[A-Z][a-z]*|\d+", "Hello World 42 Foo"))
print(re.findall(r"(a)|(b)", "abc"))
for m in re.finditer(r"\b(\w)(\w*)\b", "hi you there"):
    print(m.span(), m.group(1).upper() + m.group(2))
words = re.findall(r"[a-z']+", "It's the cat's hat, isn't it? The CAT.".lower())
counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1
print(counts)
print([m.group() for m in re.finditer(r"\S+", "  spaced   out  ")])
emails = "ann@example.com, bob.smith@mail.org; not-an-email@, cy@x.io"
print(re.findall(r"[\w.]+@\w+\.\w+", emails))
