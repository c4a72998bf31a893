# capturing what a function prints by handing it a StringIO, and json.dump/load through one
import io
import json


def report(items, out):
    print("Report", file=out)
    for name, count in items:
        print(f"  {name:<8}{count:>4}", file=out)
    print("total", sum(count for _, count in items), file=out)


captured = io.StringIO()
report([("apples", 3), ("pears", 12)], captured)
text = captured.getvalue()
print(text.upper(), end="")
print(len(text.splitlines()))


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, piece):
        self.calls.append(piece)


recorder = Recorder()
print("a", "b", 3, sep=", ", end="!\n", file=recorder)
print(recorder.calls)

stream = io.StringIO()
json.dump({"saved": [1, 2, 3], "ok": True}, stream)
print(stream.getvalue())
stream.seek(0)
print(json.load(stream))
