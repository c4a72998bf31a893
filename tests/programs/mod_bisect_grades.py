# bisect: grade lookup, insertion points, insort keeping a list sorted, and key=
import bisect


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

scores = [10, 20, 20, 20, 30]
for x in [5, 20, 25, 35]:
    print(x, bisect.bisect_left(scores, x), bisect.bisect_right(scores, x))
print(bisect.bisect_left(scores, 20, 2), bisect.bisect_right(scores, 20, 0, 3))

ordered = []
for value in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(ordered, value)
print(ordered)
bisect.insort_left(ordered, 4)
bisect.insort_right(ordered, 4)
print(ordered)

people = [("ann", 19), ("bob", 25), ("cy", 31)]
position = bisect.bisect(people, 25, key=lambda person: person[1])
print(position)
bisect.insort(people, ("dee", 27), key=lambda person: person[1])
print(people)

try:
    bisect.bisect([1, 2], 1, -1)
except ValueError as error:
    print("ValueError:", error)


def index_of(items, x):
    i = bisect.bisect_left(items, x)
    if i != len(items) and items[i] == x:
        return i
    raise ValueError(f"{x} not found")


print(index_of(scores, 30))
try:
    index_of(scores, 15)
except ValueError as error:
    print(error)
