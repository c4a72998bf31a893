def pairs(details):
    loaders = []
    for loader, suffixes in details:
        loaders.extend((suffix, loader) for suffix in suffixes)
    return loaders


def shorten(prefix, args):
    prefix = prefix.strip()
    return tuple(prefix + s for s in args)


print(pairs([("a", [".x", ".y"]), ("b", [".z"])]), shorten(" p ", ["1", "2"]))
