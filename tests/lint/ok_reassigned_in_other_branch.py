def make_selector(kind, key):
    if kind == "attr":
        def select(item):
            return getattr(item, key)
        return select
    key = key.lower()
    return lambda item: item[key]

print(make_selector("item", "A")({"a": 1}))
