# Iterating over dicts and their views; views reflect later changes.
scores = {"ada": 3, "alan": 5, "grace": 4}
for name in scores:
    print(name, scores[name])
for name, score in sorted(scores.items(), key=lambda kv: kv[1]):
    print(name, score)
keys = scores.keys()
scores["linus"] = 1
print(list(keys), len(keys))
print(dict(sorted(scores.items())))
print(scores.keys() & {"ada", "zed"})
try:
    for name in scores:
        scores[name + "!"] = 0
except RuntimeError as error:
    print(error)
