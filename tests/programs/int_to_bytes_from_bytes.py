# int.to_bytes and the class method int.from_bytes: defaults, byte orders, two's complement, CPython's OverflowError, ValueError and TypeError messages
print(type(b""), bytes([1, 2]))
cases = [
    lambda: (1024).to_bytes(2, 'big'),
    lambda: (1024).to_bytes(2, byteorder='little'),
    lambda: (1024).to_bytes(length=4, byteorder='big'),
    lambda: (-1).to_bytes(2, 'big', signed=True),
    lambda: (-129).to_bytes(1, 'big', signed=True),
    lambda: (256).to_bytes(1, 'big'),
    lambda: (-1).to_bytes(2, 'big'),
    lambda: (0).to_bytes(0, 'big'),
    lambda: (1).to_bytes(0, 'big'),
    lambda: (5).to_bytes(-1, 'big'),
    lambda: (5).to_bytes(2, 'middle'),
    lambda: (5).to_bytes(2, 3),
    lambda: (5).to_bytes('2', 'big'),
    lambda: (5).to_bytes(),
    lambda: (5).to_bytes(1),
    lambda: (5).to_bytes(2, 'big', True),
    lambda: (2**70).to_bytes(9, 'little'),
    lambda: (True).to_bytes(1, 'big'),
    lambda: (127).to_bytes(1, 'big', signed=True),
    lambda: (128).to_bytes(1, 'big', signed=True),
    lambda: (-128).to_bytes(1, 'little', signed=True),
]
cases += [
    lambda: int.from_bytes(b'\x04\x00', 'big'),
    lambda: int.from_bytes(b'\x04\x00', 'little'),
    lambda: int.from_bytes(b'\xff\xff', 'big', signed=True),
    lambda: int.from_bytes(b'\xff\xff', byteorder='big'),
    lambda: int.from_bytes(b'', 'big'),
    lambda: int.from_bytes(b'', 'big', signed=True),
    lambda: int.from_bytes([1, 2], 'big'),
    lambda: int.from_bytes(bytes=b'\x01', byteorder='big'),
    lambda: int.from_bytes(b'\x01', 'sideways'),
    lambda: int.from_bytes(5, 'big'),
    lambda: int.from_bytes(b'\x01'),
    lambda: int.from_bytes(b'\x01\x00'),
    lambda: (258).to_bytes(2),
    lambda: int.from_bytes(b'\x80' + bytes(9), 'big', signed=True),
    lambda: bool.from_bytes(b'\x01', 'big'),
    lambda: (3).from_bytes(b'\x02', 'big'),
    lambda: int.from_bytes(b'\x01', 'big', signed=1),
    lambda: int.from_bytes(b'\x01', 'big', foo=1),
    lambda: int.from_bytes("ab", 'big'),
    lambda: (1).to_bytes(2**63, 'big'),
    lambda: int.from_bytes(range(3), 'big'),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except Exception as e:
        print(i, type(e).__name__, e)
class MyInt(int):
    pass
x = MyInt.from_bytes(b'\x01', 'big')
print(type(x).__name__, x)
more = [
    lambda: (5).to_bytes(1, 'big', signed=True, foo=1),
    lambda: (5).to_bytes(1, 'big', sign=True),
    lambda: (5).to_bytes(1, length=2),
    lambda: (5).to_bytes(byteorder=None),
    lambda: int.from_bytes(),
    lambda: int.from_bytes(b'\x01', 'big', True),
    lambda: int.from_bytes(b'\x01', byteorder=b'big'),
    lambda: int.from_bytes(None),
    lambda: int.from_bytes(1.5),
    lambda: int.from_bytes([256]),
    lambda: int.from_bytes(['a']),
    lambda: int.from_bytes(iter([1, 2])),
    lambda: int.to_bytes(5, 2),
    lambda: int.to_bytes('x'),
    lambda: (2**64 - 1).to_bytes(8, 'little'),
    lambda: (-2**63).to_bytes(8, 'big', signed=True),
    lambda: (-2**63 - 1).to_bytes(8, 'big', signed=True),
    lambda: (-1).to_bytes(0, 'big', signed=True),
    lambda: int.from_bytes((-12345).to_bytes(4, 'little', signed=True), 'little', signed=True),
    lambda: (5).from_bytes(b'\x09'),
    lambda: (65).to_bytes(1).decode(),
]
for i, c in enumerate(more):
    try:
        print(i, c())
    except Exception as e:
        print(i, type(e).__name__, e)
class Flag(int):
    def __new__(cls, v):
        print("Flag new", v)
        return super().__new__(cls, v)
print(type(Flag.from_bytes(b'\x02')).__name__)
