# Power functions from a factory, used with map and sorted keys.
def power(exponent):
    def raise_to(base):
        return base ** exponent
    return raise_to


square, cube = power(2), power(3)
print(list(map(square, range(6))), list(map(cube, range(4))))
print(sorted([-3, 2, -1, 4], key=square), power(100)(2))
print(power(0.5)(2), power(-1)(4))
