# re.match, search and fullmatch, and what a Match object tells: group, groups, span
import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups())
print(m.span(), m.start(2), m.end(2), m[1], m.string, m.pos, m.endpos, m.lastindex)
print(re.match("Newton", "Isaac Newton"), re.search("Newton", "Isaac Newton"))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234"), re.fullmatch(r"\d{3}", "5555"))
m = re.search(r"(?P<user>[\w.]+)@(?P<host>\w+\.\w+)", "contact: jane.doe@example.com today")
print(m.group("user"), m.group("host"), m.groupdict(), m.lastgroup, m.span("host"))
print(m.expand(r"\g<host> has \g<user>"), m.regs)
m = re.match(r"(a)(b)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.groupdict())


def classify(text):
    if re.fullmatch(r"[+-]?\d+", text):
        return "int"
    if re.fullmatch(r"[+-]?(\d+\.\d*|\.\d+)([eE][+-]?\d+)?", text):
        return "float"
    if re.match(r"[A-Za-z_]\w*$", text):
        return "name"
    return "other"


for token in ["42", "-7", "3.14", ".5e3", "x_1", "9lives", ""]:
    print(repr(token), classify(token))
pattern = re.compile(r"\d+")
print(pattern.search("ab 12 34", 4), pattern.match("12ab"), pattern.match("ab12", 2))
print(pattern, pattern.pattern, pattern.groups, re.compile(r"(?P<x>a)(b)").groupindex)
