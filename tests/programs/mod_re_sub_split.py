# re.sub with group references and a function, subn, and re.split with and without groups
import re

print(re.sub(r"(\d+)", r"<\1>", "a1b22c333"))
print(re.sub(r"\s+", " ", "too    many \t spaces\n here"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<word>\w+)@", r"[\g<word>]", "me@ you@"))
print(re.sub("x*", "-", "abxd"))
print(re.sub(r"\d", "#", "call 555-1234", count=3))
print(re.subn(r"a", "o", "banana"), re.subn(r"z", "o", "banana"))


def shout(match):
    return match.group(0).upper() + "!"


print(re.sub(r"\b\w{4,}\b", shout, "this is a small example"))
prices = "apple 1.50 pear 0.75"
print(re.sub(r"\d+\.\d+", lambda m: f"{float(m.group()) * 2:.2f}", prices))
print(re.sub(r"(a)|b", lambda m: "A" if m.group(1) else "B", "abcab"))
print(re.sub(r"^", "> ", "line one\nline two", flags=re.MULTILINE))
print(re.sub(r"\\", "/", "C:\\temp\\file"), re.sub(r"\.", r"\\.", "a.b"))

print(re.split(r"[,;]\s*", "a, b;c ,d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"\s+", "  lead and trail  "))
print(re.split(r"x*", "axbc"), re.split(r"(\d)", "a1b2c"))
