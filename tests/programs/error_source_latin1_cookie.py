# -*- coding: latin-1 -*-
# A PEP 263 latin-1 cookie decodes each byte of the file as one character.
s = "café à la crème"
print(s, len(s), [hex(ord(c)) for c in s if ord(c) > 127])
