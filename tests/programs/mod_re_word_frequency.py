# word frequencies with re.findall and a dict, the first text-processing tutorial
import re

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness."""
words = re.findall(r"[a-z]+", text.lower())
freq = {}
for word in words:
    freq[word] = freq.get(word, 0) + 1
top = sorted(freq.items(), key=lambda item: (-item[1], item[0]))[:5]
print(len(words), top)
print(re.findall(r"\b\w{6,}\b", text), len(re.findall(r"[,.]", text)))
