# a logger closure that writes to any file-like object, here an io.StringIO
import io


def make_logger(stream, prefix):
    count = 0

    def log(*parts):
        nonlocal count
        count += 1
        print(f"[{prefix} {count}]", *parts, file=stream)

    return log


sink = io.StringIO()
info = make_logger(sink, "info")
info("started")
info("loaded", 3, "items")
print(sink.getvalue(), end="")
print(len(sink.getvalue().splitlines()))
