#!/usr/bin/env python3
"""Record python3's Unicode character database for `\\N{...}` and `unicodedata`.

    python3 scripts/record_unicode_names.py [NAME_PL]   # writes src/unicode_data/unicode_names.txt

The native binary embeds the file; the WebAssembly module does not: a page fetches it
(`modules/unicode_names.txt`) only for a program that needs it. It is ASCII text, in
sections that each start with a header line `<section> <count>`:

- `names`: every character name unicodedata knows but the algorithmic ones (HANGUL
  SYLLABLE ..., CJK UNIFIED IDEOGRAPH-...), in code point order, front-coded: a line is
  an optional `+<hex>;` (the distance from the previous code point when it is not 1),
  one character `chr(0x30 + n)` saying the name starts with the first n characters of
  the previous name, and the rest of the name.
- `aliases`: `<hex> <NAME>`, the formal aliases (NameAliases.txt) that `\\N{}` and
  `lookup` accept, sorted by name.
- `sequences`: `<hex> <hex>...;<NAME>`, the named sequences only `lookup` accepts,
  sorted by name.
- `ideographs`: `<hex>-<hex>`, the ranges named CJK UNIFIED IDEOGRAPH-<hex>.
- `categories`: `<hex><Xx>`, runs of the general category over U+0000..U+10FFFF: a run
  of <hex> code points of category Xx.
- `numerics`: `<hex> <count> <kind> <value>`, runs of code points whose numeric value
  rises by one from <value> (a Python float repr); kind `d` is a decimal (so a digit too),
  `g` a digit only, `n` numeric only.
- `decompositions`: `<hex> <tag> <hex>...`, every character's decomposition mapping as
  `unicodedata.decomposition` gives it (Hangul syllables decompose algorithmically and
  are not listed), in code point order; the tag is `=` for a canonical mapping, else the
  compatibility tag without its angle brackets (`compat`, `font`, `noBreak`, ...).
- `combining`: `<hex> <class>`, every character whose canonical combining class is not
  0, in code point order.
- `compositions`: `<hex> <hex> <hex>`, the primary composites: a pair of characters and
  the one canonical composition joins them into, sorted by the pair.

unicodedata cannot list aliases or named sequences, so their candidates come from Perl's
copy of the database (unicore/Name.pl, found with `perl -MConfig`, or the path given),
and only those python3 itself accepts are kept: an alias `\\N{}` decodes to one
character, a named sequence `lookup` returns as several and `\\N{}` refuses.
"""

import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "unicode_data" / "unicode_names.txt"
ALGORITHMIC = ("HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-")
SHARE_BASE = 0x30
SHARE_MAX = 0x7E - SHARE_BASE
FORMAT_VERSION = 2


def name_pl_path():
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    privlib = subprocess.run(
        ["perl", "-MConfig", "-e", "print $Config{privlib}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return Path(privlib) / "unicore" / "Name.pl"


def shared_prefix(a, b):
    n = 0
    while n < min(len(a), len(b), SHARE_MAX) and a[n] == b[n]:
        n += 1
    return n


def names_section():
    lines, previous_code, previous_name = [], -1, ""
    for code in range(0x110000):
        name = unicodedata.name(chr(code), None)
        if name is None or name.startswith(ALGORITHMIC):
            continue
        assert name.isascii() and "\n" not in name and ";" not in name
        share = shared_prefix(previous_name, name)
        delta = "" if code == previous_code + 1 else f"+{code - previous_code:x};"
        lines.append(f"{delta}{chr(SHARE_BASE + share)}{name[share:]}")
        previous_code, previous_name = code, name
    return lines


def escape_decodes(name):
    """What `"\\N{name}"` is in python3, or None when it is an error."""
    try:
        return eval(f'"\\N{{{name}}}"')
    except SyntaxError:
        return None


def aliases_and_sequences(path):
    """Candidates from Name.pl's `hex[ hex...]\\nNAME\\n\\n` entries."""
    text = path.read_text(encoding="utf-8")
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    aliases, sequences = set(), set()
    for entry in body.split("\n\n"):
        codes_text, _, name = entry.strip().partition("\n")
        if not name or name.startswith(ALGORITHMIC):
            continue
        codes = [int(code, 16) for code in codes_text.split()]
        try:
            found = unicodedata.lookup(name)
        except KeyError:
            continue
        if [ord(c) for c in found] != codes:
            continue
        if len(codes) == 1:
            if unicodedata.name(found, None) != name and escape_decodes(name) == found:
                aliases.add((codes[0], name))
        elif escape_decodes(name) is None:
            sequences.add((tuple(codes), name))
    # Sorted by name, which the engine searches by halves without sorting them itself.
    assert all(name == name.upper() for _, name in aliases | sequences)
    alias_lines = [f"{code:x} {name}" for code, name in sorted(aliases, key=lambda a: a[1])]
    sequence_lines = [
        " ".join(f"{code:x}" for code in codes) + f";{name}"
        for codes, name in sorted(sequences, key=lambda s: s[1])
    ]
    return alias_lines, sequence_lines


def ideograph_ranges():
    ranges = []
    for code in range(0x110000):
        if unicodedata.name(chr(code), "").startswith(ALGORITHMIC[1]):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return [f"{start:x}-{end:x}" for start, end in ranges]


def category_runs():
    runs = []
    for code in range(0x110000):
        category = unicodedata.category(chr(code))
        if runs and runs[-1][1] == category:
            runs[-1][0] += 1
        else:
            runs.append([1, category])
    return [f"{length:x}{category}" for length, category in runs]


def numeric_runs():
    runs = []  # [start, count, kind, first value]
    for code in range(0x110000):
        c = chr(code)
        value = unicodedata.numeric(c, None)
        if value is None:
            continue
        kind = (
            "d"
            if unicodedata.decimal(c, None) is not None
            else "g" if unicodedata.digit(c, None) is not None else "n"
        )
        if kind != "n":
            assert unicodedata.digit(c) == value
        last = runs[-1] if runs else None
        if (
            last
            and last[0] + last[1] == code
            and last[2] == kind
            and last[3] + last[1] == value
        ):
            last[1] += 1
        else:
            runs.append([code, 1, kind, value])
    return [f"{start:x} {count} {kind} {value!r}" for start, count, kind, value in runs]


def decompositions():
    lines = []
    for code in range(0x110000):
        mapping = unicodedata.decomposition(chr(code))
        if not mapping:
            continue
        parts = mapping.split()
        tag = parts[0][1:-1] if parts[0].startswith("<") else "="
        codes = parts[1:] if tag != "=" else parts
        lines.append(f"{code:x} {tag} " + " ".join(f"{int(c, 16):x}" for c in codes))
    return lines


def combining_classes():
    return [
        f"{code:x} {unicodedata.combining(chr(code))}"
        for code in range(0x110000)
        if unicodedata.combining(chr(code))
    ]


def primary_composites():
    """The canonical pairs that NFC joins again: those not excluded from composition."""
    pairs = []
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) != 2 or parts[0].startswith("<"):
            continue
        first, second = (int(part, 16) for part in parts)
        if unicodedata.normalize("NFC", chr(first) + chr(second)) == chr(code):
            pairs.append((first, second, code))
    return [f"{a:x} {b:x} {c:x}" for a, b, c in sorted(pairs)]


def main():
    aliases, sequences = aliases_and_sequences(name_pl_path())
    sections = [
        ("names", names_section()),
        ("aliases", aliases),
        ("sequences", sequences),
        ("ideographs", ideograph_ranges()),
        ("categories", category_runs()),
        ("numerics", numeric_runs()),
        ("decompositions", decompositions()),
        ("combining", combining_classes()),
        ("compositions", primary_composites()),
    ]
    out = [f"cellscope-unicode {FORMAT_VERSION} {unicodedata.unidata_version}"]
    for title, lines in sections:
        out.append(f"{title} {len(lines)}")
        out.extend(lines)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(out) + "\n", encoding="ascii")
    for title, lines in sections:
        print(f"{title}: {len(lines)}")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
