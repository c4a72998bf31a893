# groups, backreferences, lazy and bounded quantifiers, lookahead and lookbehind
import re

print(re.match(r"<.*>", "<a><b>").group(), re.match(r"<.*?>", "<a><b>").group())
print(re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2}", "aaaaa"), re.findall(r"a{,2}b", "aaab"))
print(re.search(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(a*)*b", "aaab").groups(), re.match(r"(a|b)*c", "abac").group(1))
print(re.findall(r"(\w)\1", "aabbcdd"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group())
print(re.sub(r"\b(\w+) \1\b", r"\1", "the the cat sat sat down"))
print(re.search(r"(?<=\$)\d+", "cost $42").group(), re.findall(r"\w+(?=!)", "hi! yo! no"))
print(re.findall(r"(?<!-)\b\d", "-1 2 -3 4"), re.findall(r"\d+(?!px)\b", "10px 20em 30"))
print(re.match(r"(?:ab)+", "ababc").group(), re.match(r"(?:ab)+?", "ababc").group())
print(re.findall(r"(\d+)-(\d+)?", "1-2 3-"), re.match(r"(?#comment)x", "x").group())
password = re.compile(r"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$")
for candidate in ["weak", "Str0ngPass", "nodigitsHere", "SHORT1a"]:
    print(candidate, bool(password.match(candidate)))
date = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)")
m = date.search("Released on 2023-07-14, patched 2023-08-01")
print(m.group("year"), m["month"], m.groupdict(), date.sub(r"\g<day>/\g<month>/\g<year>", m.string))
