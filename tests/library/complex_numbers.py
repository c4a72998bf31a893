# Complex numbers: literals, arithmetic with ints and floats, repr, hash and errors.
print((-8) ** (1 / 3), (-8) ** (1 / 3) == pow(-8, 1 / 3))
z = 3 + 4j
print(z, -z, +z, abs(z), z.real, z.imag, z.conjugate(), z * 2, z / 2, z - 1, 1j ** 2, z ** 0.5)
print(type(z).__name__, z == 3 + 4j, (1 + 0j) == 1, hash(1 + 0j) == hash(1), {1j: 2}[1j], bool(0j))
print(complex(1, 2), complex(), complex(2.5), 2j, -1j, 1 / (1 + 1j), repr(1e16j))
try:
    1 / 0j
except ZeroDivisionError as error:
    print(error)
try:
    1j < 2j
except TypeError as error:
    print(error)
try:
    1j // 2
except TypeError as error:
    print(error)
print(complex(real=1, imag=-0.0), complex(1j, 1j), (2 + 3j) ** 2, (1 + 1j) ** -1, 0j ** 0)
print((1 + 2j) * 1.5, 2 - 1j, True + 1j, 10 ** 0.5j)
for bad in [lambda: 0j ** -1, lambda: complex("x"), lambda: complex(1, 2, 3)]:
    try:
        bad()
    except (ZeroDivisionError, TypeError, ValueError) as error:
        print(type(error).__name__, error)
print(complex("1+2j"), complex(" (3-j) "), complex("2.5"), complex("-J"), complex(imag=2))
for bad in [lambda: complex("1 + 2j"), lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([])]:
    try:
        bad()
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
