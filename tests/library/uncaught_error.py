import math

values = [4.0, 1.0, 0.0]
for value in values:
    print(value, math.sqrt(value), math.log(value))
