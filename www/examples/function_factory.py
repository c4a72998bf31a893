def power(exponent):
    def raise_to(base):
        return base ** exponent
    return raise_to

square = power(2)
cube = power(3)
print(square(5), cube(5))
print(square.__closure__[0].cell_contents, cube.__closure__[0].cell_contents)
