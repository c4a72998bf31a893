# re.split into sentences and words, keeping delimiters with a group, and maxsplit
import re

text = "Hello there! How are you? I am fine. Thanks... Bye"
sentences = re.split(r"(?<=[.!?])\s+", text)
print(sentences)
print(re.split(r"([.!?]+)", text))
print(re.split(r"[\s,]+", "a, b  c,d"), re.split(r",", "a,b,c,d", maxsplit=2))
print([len(re.findall(r"\w+", s)) for s in sentences])
key, _, value = re.split(r"(\s*=\s*)", "name = value", maxsplit=1)
print(repr(key), repr(value))
