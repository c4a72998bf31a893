a = 0x_ff + 0o17 + 0b1010 + 1_000_000 + 123456789012345678901234567890
b = 1.5e-3 + 2. + .5 + 1e100 + 3j + 1.5J + 0.1
c = "s" 't' """triple
quoted""" '''x'''
d = r"\d+" + b"bytes\x00" + rb"\n" + Br"raw"
e = "\n\t\\\x41\u00e9\U0001F600\101\q"
f = ...
g = None, True, False
h = "é→日本" \
    "joined"
i = 1e16 + 1e-5 + 123.456e10
