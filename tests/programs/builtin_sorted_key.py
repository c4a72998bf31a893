# sorted with key functions: len, str.lower, lambda on tuples, and a closure-made key.
def by_field(index):
    def key(record):
        return record[index]
    return key


records = [("b", 2, "x"), ("a", 3, "z"), ("c", 1, "y")]
print(sorted(records, key=by_field(0)))
print(sorted(records, key=by_field(1)))
print(sorted(records, key=by_field(2), reverse=True))
print(sorted(["Bb", "aa", "C"], key=str.lower), sorted(["ccc", "a", "bb"], key=len))
