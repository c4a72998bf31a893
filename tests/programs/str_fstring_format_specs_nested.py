# f-strings with nested format specs, conversions before specs, and dates-free tables.
rows = [("closure", 3, 0.5), ("cell", 12, 0.25), ("frame", 101, 1 / 3)]
width = max(len(name) for name, _, _ in rows)
for name, count, ratio in rows:
    print(f"{name:<{width}} | {count:>4d} | {ratio:6.2%} | {name!r:>10} | {count:#06x}")
print(f"{'total':<{width}} | {sum(c for _, c, _ in rows):>4d} |")
value = 1234.5
for spec in ["", "10", "<10", "^10.1f", "+,.2f", "e", ".3g", "010.2f"]:
    print(f"[{value:{spec}}]", spec)
