powers = []
for exponent in range(3):
    powers.append(lambda base: base ** exponent)

print([power(2) for power in powers])
