# A class hierarchy 1000 levels deep.
# python3: prints 1001.
# run: ok
C = object
for i in range(1000):
    C = type("C", (C,), {})
print(len(C.__mro__))
