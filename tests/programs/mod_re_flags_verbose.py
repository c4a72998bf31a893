# re flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, inline (?i), and combinations
import re

print(re.findall("hello", "Hello HELLO hello", re.IGNORECASE))
print(re.findall(r"^\w+", "one\ntwo\nthree"), re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.findall(r"\w+$", "one\ntwo\nthree", re.MULTILINE), re.search(r"o$", "two\n"))
print(re.findall(r"a.c", "abc a\nc"), re.findall(r"a.c", "abc a\nc", re.DOTALL))
print(re.findall(r"(?i)[a-c]+", "ABCabcXYZ"), re.match(r"(?s).+", "a\nb").group())
print(re.findall(r"^[a-z]+$", "Apple\nbanana\nCherry", re.I | re.M))
phone = re.compile(r"""
    \(?(\d{3})\)?   # area code, maybe in parentheses
    [-.\s]?         # separator
    (\d{3})         # exchange
    [-.\s]?
    (\d{4})         # line number
""", re.VERBOSE)
for number in ["(555) 123-4567", "555.123.4567", "5551234567", "55-1234"]:
    m = phone.search(number)
    print(number, "->", m.groups() if m else None)
print(re.compile("a+", re.IGNORECASE), re.compile(r"\d", re.I | re.M), re.compile("x"))
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"), re.findall(r"\Bcat", "cat concat"))
print(re.findall(r"\d", "١٢3"), re.findall(r"\d", "١٢3", re.ASCII), re.findall(r"\w+", "naïve café"))
