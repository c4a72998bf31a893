# catching re.error when the pattern comes from the user, as a search tool would
import re


def safe_search(pattern, text):
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        return f"bad pattern: {error.msg} (at {error.pos})"
    found = compiled.search(text)
    return found.group() if found else "no match"


for pattern in [r"\d+", r"[a-", r"(ab", r"a{2}", r"?x", r"(?P<n>\w+)"]:
    print(repr(pattern), "->", safe_search(pattern, "abc 123 aab"))
