#!/usr/bin/env python3
"""Record python3's `dir()` of the built-in types for Cellscope's `dir`.

    python3 scripts/record_dir_tables.py   # writes src/runtime/dir_tables.rs

Each type is stored as the names its `dir` adds to its base's (`dir(bool)` beyond
`dir(int)`), one space-separated string, so the shared names of `object` are stored
once; the interpreter joins a type's chain of strings and sorts the result.
"""

import itertools
import re
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPES_RS = ROOT / "src" / "runtime" / "types.rs"
OUT = ROOT / "src" / "runtime" / "dir_tables.rs"


def _generator():
    yield


# Types that are not built-in names, by Cellscope's TypeId variant.
SPECIAL = {
    "NoneType": type(None),
    "Function": types.FunctionType,
    "BuiltinFunction": types.BuiltinFunctionType,
    "Method": types.MethodType,
    "Cell": types.CellType,
    "Module": types.ModuleType,
    "Code": types.CodeType,
    "ListIterator": type(iter([])),
    "TupleIterator": type(iter(())),
    "RangeIterator": type(iter(range(1))),
    "LongRangeIterator": type(iter(range(2**64))),
    "StrIterator": type(iter("")),
    "DictKeyIterator": type(iter({})),
    "SetIterator": type(iter(set())),
    "CallableIterator": type(iter(int, 1)),
    "Count": itertools.count,
    "Cycle": itertools.cycle,
    "Repeat": itertools.repeat,
    "Chain": itertools.chain,
    "Islice": itertools.islice,
    "Accumulate": itertools.accumulate,
    "Compress": itertools.compress,
    "ZipLongest": itertools.zip_longest,
    "Generator": types.GeneratorType,
    "Frame": types.FrameType,
    "Traceback": types.TracebackType,
    "DictKeys": type({}.keys()),
    "DictValues": type({}.values()),
    "DictItems": type({}.items()),
    "NotImplementedType": type(NotImplemented),
    "Ellipsis": type(...),
}


def variants():
    """(variant, name, base variant) from the builtin_types! table."""
    pattern = re.compile(r"^\s+(\w+) => \"(\w+)\": (\w+),$", re.M)
    return pattern.findall(TYPES_RS.read_text())


def python_type(variant, name):
    if variant in SPECIAL:
        return SPECIAL[variant]
    found = getattr(__builtins__, name, None)
    return found if isinstance(found, type) else None


def main():
    table = variants()
    by_variant = {v: python_type(v, n) for v, n, _ in table}
    rows = []
    for variant, _, base in table:
        ty = by_variant[variant]
        if ty is None:
            continue
        names = set(dir(ty))
        if variant != "Object":
            inherited = set(dir(by_variant[base] or object))
            if not inherited <= names:
                sys.exit(f"{variant}: dir of its base {base} is not part of its own")
            names -= inherited
        if names:
            rows.append((variant, " ".join(sorted(names))))
    lines = [
        "//! The names `dir()` lists for each built-in type, beyond those of its base,",
        "//! recorded from CPython 3.11 by scripts/record_dir_tables.py (do not edit).",
        "",
        "use crate::runtime::types::TypeId;",
        "",
        "/// A type's own `dir()` names, space-separated; a type not listed adds none.",
        "pub const DIR_NAMES: &[(TypeId, &str)] = &[",
    ]
    for variant, names in rows:
        lines.append(f"    (TypeId::{variant}, \"{names}\"),")
    lines.append("];")
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} types", file=sys.stderr)


if __name__ == "__main__":
    main()
