# The math module: constants, roots, logs, trig, floor and ceil, gcd, isclose.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1))
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.fabs(-3), math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan))
print(math.isinf(-math.inf), math.copysign(2, -0.0), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.degrees(math.pi), math.radians(180), math.exp(0), math.prod([1, 2, 3, 4]))
try:
    math.sqrt(-1)
except ValueError as error:
    print("ValueError:", error)
