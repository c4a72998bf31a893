# A chain of 100,000 map objects consumed at once.
# python3: crashes with SIGSEGV (C stack overflow); we must not crash.
# run: RecursionError
g = [1]
for i in range(10**5):
    g = map(abs, g)
print(list(g))
