# A chain of 100,000 generators consumed at once.
# python3: crashes with SIGSEGV (C stack overflow); we must not crash.
# run: any
g = iter([1])
for i in range(10**5):
    g = (x for x in g)
print(list(g))
