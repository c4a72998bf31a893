# a replacement callback that counts with nonlocal: re.sub calls the closure per match
import re


def censor(words):
    count = 0
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)

    def replace(match):
        nonlocal count
        count += 1
        return "*" * len(match.group())

    def clean(text):
        return pattern.sub(replace, text)

    def total():
        return count

    return clean, total


clean, total = censor(["darn", "heck"])
print(clean("Darn it, what the heck. DARN!"))
print(clean("nothing to see"), total())
print(clean("heckle is fine, heck is not"), total())
