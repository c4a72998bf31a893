# bisect.insort with key= keeps records ordered by a field; lookups by bisect_left
import bisect

records = []
for name, age in [("cy", 31), ("ann", 19), ("bob", 25), ("dee", 25), ("eve", 40)]:
    bisect.insort(records, (name, age), key=lambda record: record[1])
    print([r[0] for r in records])
ages = [r[1] for r in records]
print(ages, bisect.bisect_left(ages, 25), bisect.bisect_right(ages, 25))
print(records[bisect.bisect_left(ages, 30):])
