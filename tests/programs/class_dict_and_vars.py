# Instance __dict__, vars(), and adding attributes dynamically.
class Record:
    def __init__(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)


r = Record(b=2, a=1)
print(vars(r), r.__dict__ is vars(r))
r.c = 3
r.__dict__["d"] = 4
print(r.d, sorted(vars(r).items()))
print(sorted(k for k in Record.__dict__ if not k.startswith("__")), "__init__" in Record.__dict__)
