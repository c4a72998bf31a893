# __iter__ written as a generator method.
class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c


grid = Range2D(2, 3)
print(list(grid))
print(sum(r * c for r, c in grid), len(list(grid)))
