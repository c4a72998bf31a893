# chr, ord, hex, bin and oct round trips.
for code in [65, 97, 48, 233, 8364, 128512]:
    print(code, repr(chr(code)), ord(chr(code)), hex(code), bin(code), oct(code))
print(hex(0), bin(0), hex(-1), bin(2 ** 65))
try:
    ord("ab")
except TypeError as error:
    print(error)
