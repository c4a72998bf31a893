# re.fullmatch for form validation: emails, postcodes, dates, and strong passwords
import re

RULES = {
    "email": r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
    "zip": r"\d{5}(-\d{4})?",
    "date": r"(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])",
    "password": r"(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}",
}


def validate(kind, value):
    return re.fullmatch(RULES[kind], value) is not None


cases = [("email", "a.b+c@mail.example.org"), ("email", "bad@"), ("zip", "12345"),
         ("zip", "12345-678"), ("date", "2024-02-29"), ("date", "2024-13-01"),
         ("password", "Secr3t!!"), ("password", "secret12")]
for kind, value in cases:
    print(f"{kind:<9}{value:<24}{validate(kind, value)}")
m = re.fullmatch(RULES["date"], "1999-12-31")
print(m.groups(), m.group(0))
