def labelled(prefix, names):
    out = []
    for name in names:
        out.append((name, lambda: prefix.upper()))
    return out

print([(name, f()) for name, f in labelled("x", ["a", "b"])])
