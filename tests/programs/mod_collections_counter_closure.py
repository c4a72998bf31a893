# A word-frequency tracker: a closure holds a Counter and reports the top words.
from collections import Counter


def tracker():
    counts = Counter()

    def add(text):
        counts.update(text.lower().split())
        return counts.most_common(2)

    return add


add = tracker()
add("the cat and the hat")
print(add("The end"))
