# json.dumps: types, indent, sort_keys, separators, ensure_ascii and CPython's float text
import json

record = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "active": True,
          "manager": None, "score": 97.5, "ratio": 0.1 + 0.2, "big": 1e16,
          "tiny": 1e-7, "note": "caf\u00e9 \u2615 \U0001F600", "quote": 'say "hi"\\n'}
print(json.dumps(record))
print(json.dumps(record, indent=2, sort_keys=True))
print(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, [2, []], {}, ()], indent=4))
print(json.dumps({"a": 1}, indent=0))
print(json.dumps({"a": [1, 2]}, indent="\t"))
print(json.dumps({3: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("inf"), float("nan"), -float("inf"), 10 ** 20, -0.0]))
print(json.dumps("tab\there\x07"), json.dumps((1, "two")), json.dumps(3.0))
print(json.dumps({"b": 1, "a": {"d": 4, "c": 3}}, sort_keys=True))
print(json.dumps({"z": 1, "y": 2}, separators=(", ", " = ")))
