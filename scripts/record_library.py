#!/usr/bin/env python3
"""Record what python3 does with each program in tests/library/.

For every tests/library/NAME.py (or the names given on the command line) this runs
`python3 NAME.py` inside tests/library/ and writes NAME.stdout, NAME.stderr (only when
not empty) and NAME.exit (only when not 0). Addresses in reprs (`at 0x` and hex digits)
are masked to `at 0x…` and the directory is dropped from paths, as tests/library_programs.rs masks Cellscope's output.
"""

import re
import subprocess
import sys
from pathlib import Path

LIBRARY = Path(__file__).resolve().parent.parent / "tests" / "library"
ADDRESS = re.compile(r"at 0x[0-9a-fA-F]+")


def mask(text):
    """Masks addresses, and drops the directory so tracebacks say `File "NAME.py"`."""
    return ADDRESS.sub("at 0x…", text.replace(f"{LIBRARY}/", ""))


def write_or_remove(path, text, keep):
    if keep:
        path.write_text(text, encoding="utf-8")
    elif path.exists():
        path.unlink()


def record(program):
    run = subprocess.run([sys.executable, program.name], cwd=LIBRARY, capture_output=True,
                         text=True, timeout=60)
    stem = program.with_suffix("")
    Path(f"{stem}.stdout").write_text(mask(run.stdout), encoding="utf-8")
    write_or_remove(Path(f"{stem}.stderr"), mask(run.stderr), bool(run.stderr))
    write_or_remove(Path(f"{stem}.exit"), f"{run.returncode}\n", run.returncode != 0)
    print(f"{program.name}: exit {run.returncode}")


def main():
    names = sys.argv[1:]
    programs = sorted(LIBRARY.glob("*.py"))
    for program in programs:
        if not names or program.stem in names or program.name in names:
            record(program)


if __name__ == "__main__":
    main()
