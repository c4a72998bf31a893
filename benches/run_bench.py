#!/usr/bin/env python3
"""Times `cellscope run` against `python3` on the programs in benches/programs/.

Builds target/release/cellscope with `cargo build --release` (or the profile given
with --profile), runs every program under both (best of 3 wall-clock runs each),
checks that their stdout agrees, and prints a table with the time ratio
(cellscope / CPython; below 1.0 means cellscope is faster).
"""

import argparse
import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "benches" / "programs"
RUNS = 3
# Past the default step budget (about a second of `while True: pass`), so a benchmark
# that runs longer is timed to its end.
MAX_STEPS = "100000000000"


def build(profile):
    command = ["cargo", "build", "--bin", "cellscope"]
    command += ["--release"] if profile == "release" else ["--profile", profile]
    subprocess.run(command, cwd=ROOT, check=True)
    return ROOT / "target" / profile / "cellscope"


def best_time(command):
    best, output = float("inf"), b""
    for _ in range(RUNS):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True)
        best = min(best, time.perf_counter() - start)
        output = result.stdout
    return best, output


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", default="release", help="cargo profile to build and time")
    options = parser.parse_args()
    binary = build(options.profile)
    print(f"{'program':<22} {'cellscope s':>12} {'python3 s':>10} {'ratio':>7}  output")
    for program in sorted(PROGRAMS.glob("*.py")):
        ours, our_output = best_time([str(binary), "run", "--max-steps", MAX_STEPS, str(program)])
        theirs, their_output = best_time([sys.executable, str(program)])
        verdict = "same" if our_output == their_output else "DIFFERENT"
        print(f"{program.stem:<22} {ours:>12.3f} {theirs:>10.3f} {ours / theirs:>7.2f}  {verdict}")


if __name__ == "__main__":
    main()
