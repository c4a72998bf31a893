"""Regenerates tests/syntax/valid/NAME.dump: ast.dump(ast.parse(src)) of NAME.py."""
import ast
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent / "tests" / "syntax" / "valid"

if __name__ == "__main__":
    for program in sorted(HERE.glob("*.py")):
        tree = ast.parse(program.read_text(encoding="utf-8"))
        program.with_suffix(".dump").write_text(ast.dump(tree) + "\n", encoding="utf-8")
