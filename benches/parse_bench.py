"""Times python3's compile() against `cellscope check` on a 10,000-line program.

Generates ordinary code (defs, closures, loops, expressions, strings), times compile()
in-process (best of 5) and target/release/cellscope check (best of 5, process start
included), and prints both times and their ratio.
"""
import pathlib
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = ROOT / "target" / "release" / "cellscope"

CHUNK = '''def make_counter_{n}(start, step=1, *extra, label="c{n}", **options):
    total = start
    names = [str(i) for i in range(step) if i % 2 == 0]
    def increment(amount=step):
        nonlocal total
        total += amount * 2 - (amount // 3) ** 2
        return f"{{label}}: {{total:>8}} {{names!r}}"
    for index, value in enumerate(extra):
        if value > index and not options.get("skip"):
            total = total + value if value else total - 1
        elif value == 0:
            continue
        else:
            break
    while total < 100:
        total += {{"a": 1, "b": 2}}.get(label, 3)
    return increment
'''


def program() -> str:
    lines = []
    n = 0
    chunk_lines = len(CHUNK.splitlines())
    while len(lines) + chunk_lines <= 10_000:
        lines.extend(CHUNK.format(n=n).splitlines())
        n += 1
    # Whole functions only; top up with plain statements to exactly 10,000 lines.
    lines.extend(f"value_{i} = {i} * 2 + len('{i}')" for i in range(10_000 - len(lines)))
    return "\n".join(lines) + "\n"


def best_of(times: int, action) -> float:
    best = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    if not BINARY.exists():
        subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    source = program()
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(source)
        path = handle.name
    python = best_of(5, lambda: compile(source, path, "exec"))
    ours = best_of(5, lambda: subprocess.run([str(BINARY), "check", path], check=True))
    print(f"python3 compile(): {python * 1000:.1f} ms")
    print(f"cellscope check:   {ours * 1000:.1f} ms")
    print(f"ratio (cellscope / python3): {ours / python:.2f}")


if __name__ == "__main__":
    main()
