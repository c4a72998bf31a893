# json.loads: objects to dicts, arrays to lists, numbers, escapes and hooks
import json

text = """
{
    "users": [
        {"id": 1, "name": "Ann", "tags": ["admin", "dev"], "balance": 10.50},
        {"id": 2, "name": "Bo\\u00e9", "tags": [], "balance": -3e2}
    ],
    "active": true, "deleted": false, "parent": null,
    "emoji": "\\ud83d\\ude00", "path": "C:\\\\temp\\/x"
}
"""
data = json.loads(text)
print(data)
for user in data["users"]:
    print(user["id"], user["name"], len(user["tags"]), user["balance"])
print(type(data["users"][0]["balance"]).__name__, type(data["users"][0]["id"]).__name__)
print(json.loads("[1, 2.0, 1E3, -0, 12345678901234567890]"))
print(json.loads('"plain"'), json.loads(" 42 "), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads(b'{"bytes": true}'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: sorted(d)))
print(json.loads('[{"k": 1}]', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
round_trip = json.loads(json.dumps(data))
print(round_trip == data)
