# An infinite generator consumed with itertools.islice and a manual break.
import itertools


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(naturals(), 10, 20, 3)))
for n in naturals():
    if n * n > 50:
        print("first square above 50:", n)
        break
