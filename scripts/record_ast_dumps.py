"""Regenerates the expected trees of tests/syntax/valid/NAME.py from python3:
NAME.dump holds ast.dump(ast.parse(src)), and NAME.positions the same with
include_attributes=True, so that every node's span is checked too.
"""
import ast
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent / "tests" / "syntax" / "valid"

if __name__ == "__main__":
    for program in sorted(HERE.glob("*.py")):
        tree = ast.parse(program.read_text(encoding="utf-8"))
        program.with_suffix(".dump").write_text(ast.dump(tree) + "\n", encoding="utf-8")
        positions = ast.dump(tree, include_attributes=True)
        program.with_suffix(".positions").write_text(positions + "\n", encoding="utf-8")
