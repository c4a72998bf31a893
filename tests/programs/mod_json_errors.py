# json errors: JSONDecodeError's message, pos, lineno and colno; what dumps refuses
import json

documents = ['', '   ', '{"a" 1}', '[1, 2', '{"a": 1,}', '[1,]', 'tru', '"abc']
documents += ['{"a": 1} x', "{'a': 1}", '"\\q"', '01', '-', '[1 2]']
documents += ['{"a":1 "b":2}', '{\n  "a": 1,\n  "b": \n}', '"bad \\u12"', '"tab\tinside"']
for document in documents:
    try:
        json.loads(document)
    except json.JSONDecodeError as error:
        print(repr(document), "->", error)
        print("   ", error.msg, error.pos, error.lineno, error.colno)

print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("{oops}")
except ValueError as error:
    print(type(error).__name__, error)

for value in [{1, 2}, {(1, 2): "tuple key"}, object, b"bytes"]:
    try:
        json.dumps(value)
    except TypeError as error:
        print("TypeError:", error)

loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as error:
    print("ValueError:", error)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as error:
    print("ValueError:", error)
try:
    json.loads(42)
except TypeError as error:
    print("TypeError:", error)
print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))
