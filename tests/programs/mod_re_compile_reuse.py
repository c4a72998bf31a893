# compiling once and reusing a Pattern: methods with pos and endpos, and its attributes
import re

word = re.compile(r"(?P<word>[A-Za-z]+)(?P<digits>\d*)")
text = "abc12 def x9 ghi"
print(word.match(text).groupdict(), word.match(text, 6).group(), word.search(text, 7).group())
print(word.findall(text), word.fullmatch("abc12"), word.fullmatch("abc12 "))
print(word.pattern, word.groups, word.groupindex, bool(word.flags & re.IGNORECASE))
print(word.sub(lambda m: m["word"].upper() + str(len(m["digits"])), text))
print(word.split(text), word.subn("#", text))
m = word.search(text, 2, 4)
print(m.group(), m.pos, m.endpos)
