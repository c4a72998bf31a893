#!/usr/bin/env python3
"""Runs every Cellscope benchmark in turn and prints their figures.

Each benchmark compares against `python3` on the same work where there is a CPython
equivalent, and prints its own table:

- parse_bench.py   parsing a 10,000-line program vs python3's compile()
- run_bench.py     `cellscope run` vs `python3` on five programs (time ratios)
- step_bench.sh    recording a million steps natively and in wasm: steps/s, memory,
                   random goto latency, snapshot build time
- browser_bench.mjs  the playground in Chromium: first diagram, step latency, page weight
- import_bench.mjs   wasm: a new Session to the first step after importing datetime, json, re

Usage: python3 benches/bench.py [parse|run|step|browser|import ...]   (default: all)
`make bench` builds the wasm and the front end first, then runs this.
"""

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BENCHES = {
    "parse": ["python3", "benches/parse_bench.py"],
    "run": ["python3", "benches/run_bench.py"],
    "step": ["sh", "benches/step_bench.sh"],
    "browser": ["node", "benches/browser_bench.mjs"],
    "import": ["node", "benches/import_bench.mjs"],
}


def main(names):
    unknown = [name for name in names if name not in BENCHES]
    if unknown:
        sys.exit(f"unknown benchmark {unknown[0]!r}; choose from {', '.join(BENCHES)}")
    failed = []
    for name in names or BENCHES:
        print(f"\n=== {name} ===", flush=True)
        if subprocess.run(BENCHES[name], cwd=ROOT).returncode != 0:
            failed.append(name)
    if failed:
        sys.exit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main(sys.argv[1:])
