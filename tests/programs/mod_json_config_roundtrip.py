# json as a tutorial config file: defaults merged with loaded settings, saved back
import json

DEFAULTS = {"theme": "light", "font": {"size": 12, "family": "mono"}, "recent": []}
saved = '{"theme": "dark", "font": {"size": 14}, "recent": ["a.py", "b.py"]}'


def merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


settings = merge(DEFAULTS, json.loads(saved))
print(settings)
settings["recent"].insert(0, "c.py")
text = json.dumps(settings, indent=2, sort_keys=True)
print(text)
print(json.loads(text) == settings, DEFAULTS["recent"])
compact = json.dumps(settings, separators=(",", ":"))
print(len(compact), compact)
