# Grouping and inverting with dict comprehensions and setdefault.
words = ["apple", "bob", "cat", "anna", "civic", "banana"]
by_letter = {}
for word in words:
    by_letter.setdefault(word[0], []).append(word)
print(by_letter)
lengths = {word: len(word) for word in words}
inverted = {}
for word, n in lengths.items():
    inverted.setdefault(n, []).append(word)
print(dict(sorted(inverted.items())))
print({w: w == w[::-1] for w in words})
