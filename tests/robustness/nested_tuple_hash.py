# Hashing a tuple nested 100,000 deep.
# python3: prints True (hashing is iterative enough for this depth).
# run: ok
t = ()
for i in range(10**5):
    t = (t,)
print(hash(t) == hash(t))
print(len({t: 1}))
