"""Where the engine's bytes go: the wasm module's code per area, its data, and the gzipped
total, from a build that keeps function names.

    python3 scripts/wasm_sizes.py [--top N]

Run after `make wasm`: it reads the linked module cargo left in target/ (names intact, before
wasm-opt strips them), passes it through wasm-bindgen --keep-debug as `make wasm` does, and
asks twiggy (installed here with cargo at a pinned version if missing) for every item's size.
An area is a crate, or for Cellscope's own code its module two levels down
(`runtime::library`), since that is where a cut is decided.
"""

import argparse
import collections
import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINKED = ROOT / "target" / "wasm32-unknown-unknown" / "wasm-release" / "cellscope.wasm"
SHIPPED = ROOT / "pkg" / "cellscope_bg.wasm"
TWIGGY_VERSION = "0.8.0"


def ensure_twiggy():
    if shutil.which("twiggy"):
        return "twiggy"
    print(f"wasm_sizes: installing twiggy {TWIGGY_VERSION} (cargo install, once)", file=sys.stderr)
    subprocess.run(["cargo", "install", "twiggy", "--version", TWIGGY_VERSION, "--locked"], check=True)
    return "twiggy"


def named_module(workdir):
    """The module as wasm-bindgen emits it, with the name section kept."""
    subprocess.run(["wasm-bindgen", "--target", "web", "--keep-debug", "--out-dir", workdir, LINKED],
                   check=True)
    return Path(workdir) / "cellscope_bg.wasm"


def twiggy_items(twiggy, module):
    out = subprocess.run([twiggy, "top", "--format", "json", "-n", "100000", module],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def area_of(name):
    """The crate of an item, or `cellscope::a::b` for Cellscope's own code."""
    if name.startswith("data segment"):
        return "(data: string constants, tables, vtables)"
    if name.startswith('"') or name.startswith("type[") or name.startswith("import "):
        return "(module sections)"
    name = re.sub(r"\[[0-9a-f]+\]", "", name)
    # `<path as Trait>::method` and `<T as Trait>`: the implementing type's path decides.
    path = re.split(r"[ <>(]", name.lstrip("<&"), maxsplit=1)[0]
    parts = [part for part in path.split("::") if part]
    if not parts:
        return "(unnamed)"
    if parts[0] == "cellscope":
        return "::".join(parts[:3])
    if parts[0] in ("T", "str", "[T]"):
        return "core/alloc generic impls"
    return parts[0]


def report(items, top):
    by_area = collections.Counter()
    count = collections.Counter()
    for item in items:
        name = item["name"]
        if name == '"function names" subsection' or name.startswith("Σ") or name.startswith("..."):
            continue
        area = area_of(name)
        by_area[area] += item["shallow_size"]
        count[area] += 1
    total = sum(by_area.values())
    print(f"{'bytes':>9}  {'share':>6}  {'items':>5}  area")
    for area, size in by_area.most_common(top):
        print(f"{size:>9}  {100 * size / total:5.1f}%  {count[area]:>5}  {area}")
    print(f"{total:>9}  100.0%  {sum(count.values()):>5}  total before wasm-opt, without names")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=30, help="how many areas to list")
    args = parser.parse_args()
    if not LINKED.exists():
        sys.exit(f"wasm_sizes: {LINKED.relative_to(ROOT)} is missing; run `make wasm` first")
    twiggy = ensure_twiggy()
    with tempfile.TemporaryDirectory() as workdir:
        report(twiggy_items(twiggy, named_module(workdir)), args.top)
    if SHIPPED.exists():
        shipped = SHIPPED.read_bytes()
        print(f"shipped {SHIPPED.relative_to(ROOT)}: {len(shipped)} B raw, "
              f"{len(gzip.compress(shipped, 9))} B gzip -9")


if __name__ == "__main__":
    main()
