# str.format with positional, keyword, indexed and attribute fields and the full spec.
print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ada", age=36))
print("{0[1]} {0[0]} {d[key]}".format(["x", "y"], d={"key": "value"}))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "mid"))
print("{:+d} {: d} {:08.3f} {:,} {:_x} {:#o} {:e} {:%}".format(5, 5, 3.14159, 10 ** 7, 2 ** 20, 8, 12345.678, 0.125))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{:{width}.{prec}f}".format(2.71828, width=10, prec=3))
print("{{escaped}} {}".format("ok"))
print("{0:b} {0:o} {0:x} {0:X} {0:c}".format(65))
print("{:=+10.2f} {:g} {:G}".format(-3.5, 1e-7, 1e20))


class P:
    x = 7


print("{0.x} {p.x}".format(P(), p=P()))
