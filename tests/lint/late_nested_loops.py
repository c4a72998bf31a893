def grid():
    cells = []
    for row in range(2):
        for col in range(2):
            cells.append(lambda: (row, col))
    return cells

print([cell() for cell in grid()])
