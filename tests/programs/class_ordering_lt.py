# __lt__ makes instances sortable; comparisons with > reflect to __lt__.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


versions = [Version("1.10"), Version("1.2"), Version("0.9.9"), Version("1.2.1")]
print(sorted(versions))
print(max(versions), min(versions), Version("2.0") > Version("1.9"))
try:
    Version("1") <= Version("2")
except TypeError as error:
    print(error)
