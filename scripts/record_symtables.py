#!/usr/bin/env python3
"""Records what CPython 3.11 decides about every name in every scope.

For each tests/scope/*.py and tests/programs/*.py it writes a .symtable file next to
the program: the text that `cellscope scopes FILE` must print, built from Python's
symtable module and from the code objects compile() makes. For each
tests/scope/errors/*.py it writes a .error file: the SyntaxError compile() raises.

Usage: python3 scripts/record_symtables.py [FILE.py ...]

With no FILE, every program of tests/scope and tests/scope/errors is recorded, and of
tests/programs only those that already have a .symtable: the differential corpus grows
faster than its scope recordings, and a recording nobody asked for would be a new test.
"""

import pathlib
import symtable
import sys
import warnings

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCOPE_DIR = ROOT / "tests" / "scope"
CORPUS_DIR = ROOT / "tests" / "programs"
ERROR_DIR = ROOT / "tests" / "scope" / "errors"

SCOPE_OFFSET = 11
FLAG_NAMES = [
    (1, "declared_global"),
    (2, "assigned"),
    (4, "parameter"),
    (8, "declared_nonlocal"),
    (16, "referenced"),
    (64, "free_class"),
    (128, "imported"),
    (256, "annotated"),
    (512, "comp_iter"),
]
SCOPE_NAMES = {1: "local", 2: "global_explicit", 3: "global_implicit", 4: "free", 5: "cell"}
CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR = 0x04, 0x08, 0x20


def yes_no(value):
    return "yes" if value else "no"


def tuple_text(names):
    if len(names) == 1:
        return f"({names[0]},)"
    return "(" + ", ".join(names) + ")"


def code_children(code):
    return [const for const in code.co_consts if hasattr(const, "co_code")]


def co_name_of(table):
    name = table.get_name()
    if table.get_type() == "module":
        return "<module>"
    implicit = name == "lambda" or (table.get_type() == "function" and ".0" in table.get_parameters())
    if implicit and name in ("lambda", "listcomp", "setcomp", "dictcomp", "genexpr"):
        return f"<{name}>"
    return name


def match_code(table, codes, used):
    """The code object compiled from `table`, or None if the compiler made none: one
    of the same name whose locals, free variables and globals agree, preferring the
    same line and number of nested scopes (a comprehension nested in another's first
    iterable sits on the same line, and the compiler orders the two differently)."""
    name = co_name_of(table)
    candidates = [c for c in codes if c.co_name == name and id(c) not in used]
    if not candidates:
        return None
    symbols = table.get_symbols()
    local = {s.get_name() for s in symbols if s._Symbol__flags >> SCOPE_OFFSET & 7 == 1}
    free = {s.get_name() for s in symbols if s._Symbol__flags >> SCOPE_OFFSET & 7 == 4 or s._Symbol__flags & 64}
    implicit = {s.get_name() for s in symbols if s._Symbol__flags >> SCOPE_OFFSET & 7 == 3}

    params = table.get_parameters() if table.get_type() == "function" else ()

    def required(code):
        return (
            tuple(code.co_varnames[: len(params)]) == params,
            set(code.co_varnames) <= local | set(params),
            free == set(code.co_freevars),
        )

    def preferred(code):
        return (
            code.co_firstlineno == table.get_lineno(),
            implicit <= set(code.co_names),
            len(code_children(code)) == len(table.get_children()),
        )

    agreeing = [c for c in candidates if all(required(c))]
    if not agreeing:
        return None
    chosen = max(agreeing, key=preferred)
    used.add(id(chosen))
    return chosen


def symbol_lines(table):
    own, passing = [], []
    for symbol in table.get_symbols():
        flags = symbol._Symbol__flags
        scope = (flags >> SCOPE_OFFSET) & 7
        defs = flags & ((1 << SCOPE_OFFSET) - 1)
        names = ",".join(label for bit, label in FLAG_NAMES if defs & bit)
        line = f"  {symbol.get_name()}: {SCOPE_NAMES[scope]} [{names}]"
        (own if defs else passing).append((symbol.get_name(), line))
    passing.sort()
    return [line for _, line in own + passing]


def render_scope(table, code, out):
    kind = table.get_type()
    if code is None:
        # No code object: the scope sits in a local variable's annotation, which the
        # compiler never evaluates, or in dead code (after a return, say), whose code
        # objects the compiler drops and cellscope does not model.
        out.append(f"{kind} {co_name_of(table)} no_code line={table.get_lineno()}")
        out.extend(symbol_lines(table))
        for child in table.get_children():
            render_scope(child, None, out)
        return
    qualname = "<module>" if kind == "module" else code.co_qualname
    nested = yes_no(table.is_nested())
    out.append(f"{kind} {code.co_name} qualname={qualname} line={table.get_lineno()} nested={nested}")
    flags = code.co_flags if kind == "function" else 0
    class_cell = kind == "class" and "__class__" in code.co_cellvars
    out.append(
        f"  argcount={code.co_argcount} posonly={code.co_posonlyargcount} kwonly={code.co_kwonlyargcount}"
        f" varargs={yes_no(flags & CO_VARARGS)} varkeywords={yes_no(flags & CO_VARKEYWORDS)}"
        f" generator={yes_no(flags & CO_GENERATOR)} class_cell={yes_no(class_cell)}"
    )
    out.append(f"  varnames: {tuple_text(code.co_varnames)}")
    out.append(f"  cellvars: {tuple_text(code.co_cellvars)}")
    out.append(f"  freevars: {tuple_text(code.co_freevars)}")
    out.extend(symbol_lines(table))
    used = set()
    for child in table.get_children():
        render_scope(child, match_code(child, code_children(code), used), out)


def error_text(error):
    return (
        f"{type(error).__name__}: {error.msg}\n"
        f"line={error.lineno} col={error.offset} end_line={error.end_lineno} end_col={error.end_offset}\n"
    )


def scopes_text(path):
    source = path.read_text(encoding="utf-8")
    warnings.simplefilter("ignore", SyntaxWarning)
    try:
        code = compile(source, path.name, "exec", dont_inherit=True)
    except SyntaxError as error:
        return error_text(error)
    out = []
    render_scope(symtable.symtable(source, path.name, "exec"), code, out)
    return "\n".join(out) + "\n"


def record(path):
    if path.parent == ERROR_DIR:
        path.with_suffix(".error").write_text(scopes_text(path), encoding="utf-8")
    else:
        path.with_suffix(".symtable").write_text(scopes_text(path), encoding="utf-8")


def default_paths():
    paths = sorted(SCOPE_DIR.glob("*.py")) + sorted(ERROR_DIR.glob("*.py"))
    recorded = [path for path in sorted(CORPUS_DIR.glob("*.py")) if path.with_suffix(".symtable").exists()]
    return paths + recorded


def main(args):
    if sys.version_info[:2] != (3, 11):
        sys.exit("record_symtables.py must run under CPython 3.11, the reference")
    paths = [pathlib.Path(arg).resolve() for arg in args]
    if not paths:
        paths = default_paths()
    for path in paths:
        record(path)
    print(f"recorded {len(paths)} programs")


if __name__ == "__main__":
    main(sys.argv[1:])
