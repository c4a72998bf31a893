def f(rows):
    return [cell for row in rows for cell in row if cell]
