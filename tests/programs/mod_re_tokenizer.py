# a tutorial tokenizer: one alternation of named groups, lastgroup tells which matched
import re

TOKENS = [("NUMBER", r"\d+(?:\.\d*)?"), ("NAME", r"[A-Za-z_]\w*")]
TOKENS += [("OP", r"[+\-*/=()]"), ("SKIP", r"[ \t]+"), ("MISMATCH", r".")]
MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in TOKENS))


def tokenize(code):
    for match in MASTER.finditer(code):
        kind = match.lastgroup
        value = match.group()
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise ValueError(f"unexpected {value!r} at {match.start()}")
        yield kind, value


print(list(tokenize("total = price * 3 + 4.5")))
try:
    list(tokenize("a = $b"))
except ValueError as error:
    print(error)


def make_validator(pattern):
    compiled = re.compile(pattern)

    def validate(text):
        return compiled.fullmatch(text) is not None

    return validate


is_hex = make_validator(r"0[xX][0-9a-fA-F]+")
is_word = make_validator(r"[a-z]+")
print([is_hex(t) for t in ["0x1F", "0xG", "1F"]], [is_word(t) for t in ["abc", "Abc", ""]])
