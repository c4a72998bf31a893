# datetime: storing dates in JSON as ISO text with default= and reading them back with fromisoformat
import json
from datetime import date, datetime


def encode(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


record = {"name": "launch", "day": date(2024, 9, 1), "at": datetime(2024, 9, 1, 14, 30)}
text = json.dumps(record, default=encode, sort_keys=True)
print(text)
loaded = json.loads(text)
loaded["day"] = date.fromisoformat(loaded["day"])
loaded["at"] = datetime.fromisoformat(loaded["at"])
print(loaded["day"] == record["day"], loaded["at"] - datetime(2024, 9, 1), repr(loaded["at"]))
print(json.dumps({"when": str(date(2024, 1, 2))}), json.dumps(record, default=str, indent=1))
try:
    json.dumps(record)
except TypeError as error:
    print("TypeError:", error)
