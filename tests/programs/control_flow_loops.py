# for/while with else clauses, break, continue and nested loops.
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while ended normally")
while True:
    break
else:
    print("not printed")
