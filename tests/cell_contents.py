"""Runs programs of the corpus under sys.settrace and prints, for each trace event of
a program's own frames (as NAME.events records them, with those of code it runs
through exec or eval), the event and what the event
frame's cells and free variables hold, read through f_locals: one JSON object a line
on the real stdout, after a {"program": NAME} line, the programs' own output kept
apart. A value is its repr when it is an int, float, str, bool or None, and
"<object>" otherwise. A class body's f_locals is its namespace, without its free
variables: its cells are null (unknown). Each program runs in a forked child, with
its own stdin: starting python3 per program would be most of the time, and a child
leaves nothing behind for the next program (an exception raised under a tracer can
stop tracing in that process for good)."""

import io
import json
import os
import sys

out = sys.__stdout__
PLAIN = (int, float, str, bool, type(None))
CO_OPTIMIZED = 0x1


def cell_values(frame):
    if not frame.f_code.co_flags & CO_OPTIMIZED:
        return None
    names = frame.f_code.co_cellvars + frame.f_code.co_freevars
    if not names:
        return {}
    bound = frame.f_locals
    values = {}
    for name in names:
        if name in bound:
            value = bound[name]
            values[name] = repr(value) if type(value) in PLAIN else "<object>"
    return values


def trace(program):
    with open(program, encoding="utf-8") as source_file:
        code = compile(source_file.read(), program, "exec")

    def note(frame, event):
        line = f"{event} {frame.f_lineno} {frame.f_code.co_name}"
        out.write(json.dumps({"event": line, "cells": cell_values(frame)}) + "\n")

    def local_trace(frame, event, arg):
        if event != "return" or frame.f_code is not code:
            note(frame, event)
        return local_trace

    # Code the program runs through exec or eval, and the functions defined in it, as
    # scripts/record_programs.py keeps them.
    program_strings = set()

    def keep_string_code(string_code):
        program_strings.add(string_code)
        for constant in string_code.co_consts:
            if isinstance(constant, type(string_code)):
                keep_string_code(constant)

    def is_program_code(frame):
        return frame.f_code.co_filename == program or frame.f_code in program_strings

    def global_trace(frame, event, arg):
        if not is_program_code(frame):
            run_by_program = frame.f_back is not None and is_program_code(frame.f_back)
            if frame.f_code.co_name != "<module>" or not run_by_program:
                return None
            keep_string_code(frame.f_code)
        if frame.f_code is not code:
            note(frame, event)
        return local_trace

    stdin_path = program[: -len(".py")] + ".stdin"
    stdin = open(stdin_path, encoding="utf-8").read() if os.path.exists(stdin_path) else ""
    sys.argv = [program]
    sys.stdin = io.StringIO(stdin)
    sys.stdout = io.StringIO()
    sys.stderr = io.StringIO()
    module_globals = {"__name__": "__main__", "__file__": program, "__builtins__": __builtins__}
    sys.settrace(global_trace)
    try:
        exec(code, module_globals)
    except BaseException:
        pass
    finally:
        sys.settrace(None)
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__


sys.path[0] = "."
for name in sys.argv[1:]:
    out.write(json.dumps({"program": name}) + "\n")
    out.flush()
    child = os.fork()
    if child == 0:
        trace(name)
        out.flush()
        os._exit(0)
    os.waitpid(child, 0)
