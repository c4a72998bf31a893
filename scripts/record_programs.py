#!/usr/bin/env python3
"""Record what CPython does with each program in tests/programs/.

For every tests/programs/NAME.py (or the names given on the command line) this runs
`python3 NAME.py` in tests/programs/, feeding NAME.stdin when it exists, and writes:

  NAME.stdout   standard output (always written, possibly empty)
  NAME.stderr   standard error, omitted when empty
  NAME.exit     the exit code, omitted when it is 0
  NAME.events   the sys.settrace event sequence, one `event line function` a line

The programs' directory is removed from paths, so tracebacks say `File "NAME.py"`, and
addresses (`at 0x` followed by hex digits) are masked to `at 0x…` in every recorded file, so
a repr such as `<function f at 0x7f…>` compares equal across runs and implementations.

Events are recorded in a second run under a tracer that compiles the program with the
filename NAME.py and keeps only frames whose co_filename is the program (library code such
as functools.py is skipped), without the module frame's own call and return events, and
the frames of code the program runs through exec or eval (co_filename "<string>" or the
name given to compile()) with the functions defined in it. The
script checks that tracing leaves the program's stdout unchanged.

Options:
  --check    record nothing; re-run every program with another PYTHONHASHSEED and report
             any that differ from the recorded files (nondeterminism, or output that
             depends on str hashing) or take more than a second
  -j N       how many programs to run at once (default: number of CPUs)

Files are only rewritten when their content changes, so running the script twice is a
no-op for git. A full run also deletes recorded files whose program no longer exists.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import time
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parent.parent / "tests" / "programs"
# An address is the hex number after "at " in a repr such as `<cell at 0x7f…: int object at
# 0x7f…>`; other hex text, such as the output of hex(), is kept and compared.
ADDRESS = re.compile(r"(?<=at )0x[0-9a-f]+")
MASKED_ADDRESS = "0x\u2026"
RECORDED_SUFFIXES = ("stdout", "stderr", "exit", "events")
TIMEOUT_SECONDS = 20
SLOW_SECONDS = 1.0

# Runs inside the child python3: trace the program and write its events to a file.
TRACER = r'''
import sys
program, events_path = sys.argv[1], sys.argv[2]
with open(program, encoding="utf-8") as source_file:
    code = compile(source_file.read(), program, "exec")
events = []

# Code the program itself ran through exec or eval (file "<string>", or the name it gave
# compile()), with the functions defined in it; code that library modules run through
# exec or eval (namedtuple, dataclasses) is not.
program_strings = set()

def keep_string_code(string_code):
    program_strings.add(string_code)
    for constant in string_code.co_consts:
        if isinstance(constant, type(string_code)):
            keep_string_code(constant)

def is_program_code(frame):
    return frame.f_code.co_filename == program or frame.f_code in program_strings

def run_by_program(frame):
    started_by_program = frame.f_back is not None and is_program_code(frame.f_back)
    return frame.f_code.co_name == "<module>" and started_by_program

def local_trace(frame, event, arg):
    if event != "return" or frame.f_code is not code:
        events.append(f"{event} {frame.f_lineno} {frame.f_code.co_name}")
    return local_trace

def global_trace(frame, event, arg):
    if not is_program_code(frame):
        if not run_by_program(frame):
            return None
        keep_string_code(frame.f_code)
    if frame.f_code is not code:
        events.append(f"{event} {frame.f_lineno} {frame.f_code.co_name}")
    return local_trace

def write_events():
    with open(events_path, "w", encoding="utf-8") as events_file:
        events_file.write("".join(line + "\n" for line in events))

sys.argv = [program]
sys.path[0] = "."
module_globals = {"__name__": "__main__", "__file__": program, "__builtins__": __builtins__}
sys.settrace(global_trace)
try:
    exec(code, module_globals)
except SystemExit:
    sys.settrace(None)
    write_events()
    raise
except BaseException:
    sys.settrace(None)
    write_events()
    sys.exit(1)
sys.settrace(None)
write_events()
'''


# --check runs with another seed, so output that depends on str hashing (set order, say),
# which Cellscope cannot reproduce, shows up as a difference.
RECORDING_HASH_SEED = "0"
CHECKING_HASH_SEED = "1"
hash_seed = RECORDING_HASH_SEED


def child_environment():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = hash_seed
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    return env


def mask(text):
    # python3 reports the script's absolute path; the programs' own directory is dropped so
    # that tracebacks read `File "name.py"` wherever the repository lives.
    text = text.replace(f"{PROGRAMS}{os.sep}", "")
    return ADDRESS.sub(MASKED_ADDRESS, text)


def stdin_bytes(name):
    stdin_path = PROGRAMS / f"{name}.stdin"
    return stdin_path.read_bytes() if stdin_path.exists() else b""


def run_python(args, name):
    started = time.monotonic()
    completed = subprocess.run(
        [sys.executable, *args],
        cwd=PROGRAMS,
        input=stdin_bytes(name),
        capture_output=True,
        env=child_environment(),
        timeout=TIMEOUT_SECONDS,
    )
    elapsed = time.monotonic() - started
    return completed, elapsed


def record_plain(name):
    """The expected files for one program: {suffix: text or None}."""
    completed, elapsed = run_python([f"{name}.py"], name)
    stdout = mask(completed.stdout.decode("utf-8", "replace"))
    stderr = mask(completed.stderr.decode("utf-8", "replace"))
    return {
        "stdout": stdout,
        "stderr": stderr or None,
        "exit": f"{completed.returncode}\n" if completed.returncode else None,
    }, elapsed


def record_events(name, plain_stdout):
    """The trace events, or None with a warning when tracing changes the output."""
    events_path = PROGRAMS / f".{name}.events.tmp"
    try:
        completed, _ = run_python(["-c", TRACER, f"{name}.py", str(events_path)], name)
        traced_stdout = mask(completed.stdout.decode("utf-8", "replace"))
        events = events_path.read_text(encoding="utf-8") if events_path.exists() else ""
    finally:
        events_path.unlink(missing_ok=True)
    if traced_stdout != plain_stdout:
        return None, f"{name}: tracing changed stdout; events not recorded"
    return mask(events), None


def record(name):
    files, elapsed = record_plain(name)
    if elapsed > SLOW_SECONDS:
        # Other work on the machine can stall one run; only a second slow run counts.
        files, elapsed = record_plain(name)
    events, warning = record_events(name, files["stdout"])
    files["events"] = events
    return name, files, elapsed, warning


def write_if_changed(path, content):
    if content is None:
        if path.exists():
            path.unlink()
            return True
        return False
    if path.exists() and path.read_text(encoding="utf-8") == content:
        return False
    path.write_text(content, encoding="utf-8")
    return True


def recorded_files(name):
    files = {}
    for suffix in RECORDED_SUFFIXES:
        path = PROGRAMS / f"{name}.{suffix}"
        files[suffix] = path.read_text(encoding="utf-8") if path.exists() else None
    return files


def remove_orphans():
    """Deletes recorded files whose program is gone; returns how many were deleted."""
    recorded = [path for suffix in RECORDED_SUFFIXES for path in PROGRAMS.glob(f"*.{suffix}")]
    orphans = [path for path in recorded if not path.with_suffix(".py").exists()]
    for path in orphans:
        path.unlink()
    return len(orphans)


def program_names(requested):
    if requested:
        return [Path(arg).name.removesuffix(".py") for arg in requested]
    return sorted(path.stem for path in PROGRAMS.glob("*.py"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("programs", nargs="*")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("-j", type=int, default=os.cpu_count() or 1)
    options = parser.parse_args()
    global hash_seed
    hash_seed = CHECKING_HASH_SEED if options.check else RECORDING_HASH_SEED
    names = program_names(options.programs)
    problems = 0
    changed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=options.j) as pool:
        for name, files, elapsed, warning in pool.map(record, names):
            if warning:
                print(f"warning: {warning}", file=sys.stderr)
            if elapsed > SLOW_SECONDS:
                problems += 1
                print(f"slow: {name} took {elapsed:.2f}s", file=sys.stderr)
            if options.check:
                if files != recorded_files(name):
                    problems += 1
                    print(f"differs from the recording: {name}", file=sys.stderr)
                continue
            for suffix, content in files.items():
                changed += write_if_changed(PROGRAMS / f"{name}.{suffix}", content)
    if not options.check and not options.programs:
        changed += remove_orphans()
    verb = "checked" if options.check else f"recorded ({changed} files changed)"
    print(f"{len(names)} programs {verb}; {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
