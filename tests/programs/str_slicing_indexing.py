# Indexing and slicing strings with negative indices and steps.
s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[-3:], s[:-3])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[100:], s[-100:2])
print(s[2:2], repr(s[5:1]), s[::-3])
text = "héllo wörld"
print(text[1], text[-4:], text[::-1])
