"""Records what python3 says about each program in tests/syntax/invalid/*.py.

For every NAME.py it writes NAME.expected: the exception type, the message, then
"line column end_line end_column" from compile(src, "x.py", "exec"), a line "---",
and the text `python3 x.py` prints to stderr. tests/syntax_invalid.rs compares both.
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent.parent / "tests" / "syntax" / "invalid"


def record(path: pathlib.Path) -> None:
    source = path.read_text(encoding="utf-8")
    try:
        compile(source, "x.py", "exec")
    except SyntaxError as error:
        header = f"{type(error).__name__}\n{error.msg}\n{error.lineno} {error.offset} {error.end_lineno} {error.end_offset}\n"
    else:
        sys.exit(f"{path.name} compiles; an invalid program must not")
    with tempfile.TemporaryDirectory() as directory:
        shutil.copy(path, pathlib.Path(directory) / "x.py")
        run = subprocess.run([sys.executable, "x.py"], cwd=directory, capture_output=True, text=True)
    # python3 shows the script's absolute path; the test renders it as plain "x.py".
    rendered = run.stderr.replace(str(pathlib.Path(directory).resolve()) + "/", "").replace(directory + "/", "")
    path.with_suffix(".expected").write_text(header + "---\n" + rendered, encoding="utf-8")


if __name__ == "__main__":
    for program in sorted(HERE.glob("*.py")):
        record(program)
