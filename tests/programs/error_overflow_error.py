# OverflowError from float arithmetic and conversions.
import math

try:
    print(math.pow(10, 400))
except OverflowError as error:
    print(error)
try:
    math.exp(1000)
except OverflowError as error:
    print(error)
try:
    float(10 ** 400)
except OverflowError as error:
    print(error)
print(10 ** 40)
int(float("inf"))
