def power(exponent):
    def raise_to(base):
        return base ** exponent
    return raise_to

square = power(2)
print(square(5))
