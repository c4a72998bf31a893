# string module helpers in a tutorial: random-free password alphabet, caesar cipher, titles
import string


def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
print(string.capwords("  the  lord of   the rings "), string.capwords("x-y-z", sep="-"))
alphabet = string.ascii_letters + string.digits + "!@#"
print(len(alphabet), [c for c in "a1!Z?" if c in alphabet])
print(sorted(set(string.hexdigits.lower())))
