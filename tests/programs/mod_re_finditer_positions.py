# re.finditer gives positions: underline every match of a word in a line of text
import re

line = "the cat and the hat and the bat"
marks = [" "] * len(line)
for m in re.finditer(r"\bthe\b", line):
    for i in range(*m.span()):
        marks[i] = "^"
print(line)
print("".join(marks))
spans = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[a-z]at", line)]
print(spans)
iterator = re.finditer(r"\d", "a1b2")
print(next(iterator).group(), next(iterator).span())
