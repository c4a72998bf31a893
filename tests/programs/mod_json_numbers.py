# json numbers: ints of any size, floats as repr prints them, and parse hooks
import json

values = [0, -1, 10 ** 30, 0.5, 1 / 3, 2.5e-8, 1e22, 123456789.125, -0.0, 100.0]
text = json.dumps(values)
print(text)
print(json.loads(text) == values)
print(json.loads("[1e2, 1E-2, 0.0, -12, 3.000]"))
print(json.loads("[1.10, 2]", parse_float=lambda s: "float:" + s))
print(json.loads("123456789012345678901234567890"), type(json.loads("1.0")).__name__)
