import math
print(math.pi, math.e, math.tau, math.inf, math.nan, math.sqrt(2), math.floor(-0.5), math.ceil(2.1), math.trunc(-1.5), math.fabs(-2))
print(math.factorial(20), math.gcd(12, 18, 4), math.gcd(), math.lcm(4, 6), math.isqrt(10**20 + 1), math.comb(50, 25), math.perm(5), math.perm(5, 2))
print(math.log(8, 2), math.log(10**400), math.log2(8), math.log10(1000), math.log(math.e), math.exp(1), math.pow(2, 0.5), math.atan2(1, 1))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.degrees(math.pi), math.radians(180), math.isinf(math.inf), math.isnan(1), math.copysign(1, -0.0))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.prod([1, 2, 3]), math.prod([1.5, 2], start=2), math.fsum([0.1] * 10), math.fsum([1e100, 1, -1e100]), sum([0.1] * 10))
print(math.sin(0), math.cos(0), math.tan(0), math.floor(10**20), math.sqrt(16))
for expr in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.exp(1000), lambda: math.pow(0, -1),
             lambda: math.sqrt("a"), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.ceil(float("inf")), lambda: math.isclose(1, 1.1, rel_tol=-1),
             lambda: math.log(1, 1), lambda: math.sqrt(), lambda: math.atan2(1), lambda: math.sin(math.inf), lambda: math.floor(math.nan)]:
    try:
        print(expr())
    except Exception as e:
        print(type(e).__name__, e)
print(math.sqrt, repr(math.floor))
