# A closure as a sort key, and a lambda that map calls: each call runs inside the
# built-in, and its frame shows its parameter and return value like any other call.
def by_distance_from(origin):
    def distance(point):
        return abs(point - origin)
    return distance

points = [9, 2, 7]
key = by_distance_from(5)
print(sorted(points, key=key))
print(list(map(lambda p: p * 2, points)))
