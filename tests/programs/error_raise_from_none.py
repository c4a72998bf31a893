# raise ... from None suppresses the context in the traceback.
def lookup(key):
    try:
        return {"a": 1}[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r}") from None


print(lookup("a"))
lookup("b")
