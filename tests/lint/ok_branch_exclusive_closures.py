def encoder(upper):
    if upper:
        convert = str.upper
        def encode(text):
            return convert(text)
    else:
        convert = str.lower
        def encode(text):
            return convert(text)
    return encode

print(encoder(True)("a"), encoder(False)("B"))
