# json with default= and a JSONEncoder subclass, serialising objects a tutorial defines
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode_point(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    raise TypeError(f"cannot encode {type(obj).__name__}")


shapes = {"triangle": [Point(0, 0), Point(4, 0), Point(0, 3)]}
print(json.dumps(shapes, default=encode_point))
print(json.dumps(shapes, default=lambda o: o.__dict__, indent=1))


class SetEncoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, set):
            return sorted(obj)
        if isinstance(obj, Point):
            return [obj.x, obj.y]
        return super().default(obj)


print(json.dumps({"tags": {"b", "a", "c"}, "at": Point(1, 2)}, cls=SetEncoder))
print(SetEncoder(indent=2).encode({"nums": {3, 1}}))
try:
    json.dumps({"when": complex(1, 2)}, cls=SetEncoder)
except TypeError as error:
    print(error)


def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d


loaded = json.loads('{"start": {"x": 1, "y": 2}, "label": "A"}', object_hook=as_point)
print(type(loaded["start"]).__name__, loaded["start"].x, loaded["label"])
decoder = json.JSONDecoder()
print(decoder.decode('[true]'), decoder.raw_decode('{"a": 1} trailing'))
