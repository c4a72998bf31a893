# unicodedata.normalize, is_normalized, decomposition and combining over every character that decomposes or combines in the BMP, the math letters and the CJK compatibility ideographs, alone and between combining marks
import unicodedata as u

RANGES = [(0, 0x3400), (0xA000, 0xAC10), (0xD7A0, 0xD800), (0xF900, 0x10000), (0x1D400, 0x1D800), (0x2F800, 0x2FA20)]
MARKS = "\u0323\u0301\u0308"
PRIME = 2305843009213693951

# Native calls only (filter, map, join), so the program reports few trace events.
found = set()
for start, stop in RANGES:
    found |= set(filter(u.decomposition, map(chr, range(start, stop))))
    found |= set(filter(u.combining, map(chr, range(start, stop))))
found |= set(map(chr, range(0xAC00, 0xAC40)))
chars = sorted(found)
print(len(chars), "characters")
samples = ["".join(chars), MARKS.join(chars), (MARKS[::-1] + "a").join(chars), "\u1100\u1161\u11a8".join(chars[:50])]
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    for sample in samples:
        normal = u.normalize(form, sample)
        digest = int.from_bytes(normal.encode("utf-8", "surrogatepass"), "big") % PRIME
        print(form, len(sample), len(normal), digest, u.is_normalized(form, sample), u.is_normalized(form, normal))
print(int.from_bytes(" ".join(map(u.decomposition, chars)).encode(), "big") % PRIME, sum(map(u.combining, chars)))
print(u.decomposition("\ufb01"), u.decomposition("\u00e9"), repr(u.decomposition("\uac00")))
for bad in [lambda: u.normalize("NFX", "a"), lambda: u.normalize(1, "a"), lambda: u.normalize("NFC", b"a"), lambda: u.combining("ab"), lambda: u.is_normalized("NFC")]:
    try:
        bad()
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
