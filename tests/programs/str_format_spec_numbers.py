# Format specs for numbers: width, alignment, sign, grouping, precision and types.
for value in [0, 7, -42, 1234567]:
    print(f"[{value:8d}] [{value:<8}] [{value:^8}] [{value:+d}] [{value: d}] [{value:_}]")
for value in [3.14159, -0.5, 1e10, 123456.789]:
    print(f"[{value:10.3f}] [{value:e}] [{value:.3g}] [{value:,.2f}] [{value:+.1f}]")
print(format(255, "x"), format(255, "X"), format(255, "o"), format(255, "#b"), format(65, "c"))
print(format(0.000123, "g"), format(1e-10, ".2e"), format(2.5, "%"), format(42, "=+8"))
print(format(1.0, ""), format(1e100, ""), format(12.0, "g"), format(-0.0, ".1f"))
print(format("text", "*^10"), format("abc", ".2"), format("x", "<3") + "|")
