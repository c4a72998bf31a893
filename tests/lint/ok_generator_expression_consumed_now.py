def totals(rows):
    return [sum(cell * factor for cell in row) for factor, row in enumerate(rows)]

print(totals([[1, 2], [3, 4]]))
print(any((lambda: n > 2)() for n in range(5)))
