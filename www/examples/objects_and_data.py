class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

inventory = {"apples": 3, "pears": [1, 2]}
shapes = (Point(1, 2), {4, 5})
inventory["plums"] = None
print(len(inventory), shapes[0].x)
