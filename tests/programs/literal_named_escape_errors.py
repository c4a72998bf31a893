# Bad \N escapes are SyntaxErrors with the unicode-escape codec's message and positions.
cases = [
    '"\\N{NO SUCH NAME}"',
    '"ab\\N"',
    '"\\Nx"',
    '"\\N{}"',
    '"\\N{SNOWMAN"',
    '"\u00e9\\N{SNOWMAN}\\N{\u00e9}"',
    '"\\N{ SNOWMAN}"',
    '"\\N{SNOWMAN }"',
    '"\\N{LATIN SMALL LETTER A WITH MACRON AND GRAVE}"',
    '"\\N{hangul syllable ga}"',
    '"\\N{HANGUL SYLLABLE gA}"',
    '"\\N{HANGUL SYLLABLE}"',
    '"\\N{cjk unified ideograph-4E00}"',
    '"\\N{CJK UNIFIED IDEOGRAPH-4e00}"',
    '"\\N{CJK UNIFIED IDEOGRAPH-A000}"',
    '"\\N{CJK UNIFIED IDEOGRAPH-4E0}"',
    '"\\N{TANGUT IDEOGRAPH-17000}"',
    'f"{1}ab\\N{NOPE}"',
    'f"\\N{}{1}"',
    'f"\\N}"',
    'f"{1:\\N{NOPE}}"',
]
for source in cases:
    try:
        value = eval(source)
    except SyntaxError as error:
        print(ascii(source), "->", error.msg)
    else:
        print(ascii(source), "=", ascii(value))
