# json records loaded from text, filtered and summarised with closures
import json
from io import StringIO

source = StringIO('[{"name": "ann", "dept": "eng", "salary": 120}, '
                  '{"name": "bob", "dept": "ops", "salary": 90}, '
                  '{"name": "cy", "dept": "eng", "salary": 100}]')
people = json.load(source)


def by(field):
    def key(record):
        return record[field]
    return key


engineers = [p for p in people if p["dept"] == "eng"]
print(sorted(engineers, key=by("salary")))
totals = {}
for person in people:
    totals[person["dept"]] = totals.get(person["dept"], 0) + person["salary"]
out = StringIO()
json.dump(totals, out, sort_keys=True)
print(out.getvalue())
