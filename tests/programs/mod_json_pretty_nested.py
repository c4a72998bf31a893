# json.dumps(indent=...) on deeply nested data, with empty containers and tuples
import json

tree = {"name": "root", "children": [{"name": "a", "children": []},
                                     {"name": "b", "children": [{"name": "c", "children": [], "size": (1, 2)}]}],
        "meta": {}}
print(json.dumps(tree, indent=3))
print(json.dumps([[], {}, [[]], {"x": {}}], indent=1))
print(json.dumps({"a": [1, {"b": None}]}, indent=2, separators=(",", " -> ")))
